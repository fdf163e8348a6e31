import { circlePath, markerKinds, shapePath } from '../../../../lib/contacts/marker-paths';
import { initialsOf } from '../../../../lib/contacts/picture/initials';
import { legendLayout, type LegendItem } from '../../../../lib/contacts/picture/legend';
import { pictureStyle, pngSize } from '../../../../lib/contacts/picture/palette';
import { titleBlock } from '../../../../lib/contacts/picture/title';

/**
 * The drawn map (`svg.cm-map`) as a file that looks right on its own: a copy with the map's style rules and
 * the site's light colours inside it, a title block with the goal and the date above it, and nothing of the
 * page's controls (no buttons, focus, names for screen readers). Loaded on demand, when a button is pressed.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes of the page's map that do not belong in a picture (some would carry the full names). */
const DROPPED = ['role', 'tabindex', 'aria-label', 'aria-pressed', 'aria-hidden', 'data-id', 'data-kind', 'data-people', 'style'];

/** The page's style rules that apply to something in the map (screen rules only: the picture is drawn in light colours). */
function mapRules(map: SVGSVGElement): string[] {
  const rules: string[] = [];
  const applies = (selector: string) => {
    try {
      // Rules for the map's own box (its size on the page) are left out: the picture sets its size itself.
      return map.querySelector(selector) !== null;
    } catch {
      return false;
    }
  };
  const visit = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSStyleRule) {
        if (rule.selectorText.includes('.cm-') && !rule.selectorText.includes(':focus') && applies(rule.selectorText))
          rules.push(rule.cssText);
      } else if (typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule) visit(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // a sheet from elsewhere cannot be read; the map's own rules are the site's
    }
  }
  return rules;
}

export interface PictureText {
  title: string;
  /** The goal line, worded ("Mål: …"), or empty. */
  goal: string;
  date: string;
  /** What each kind of mark means: `access`, `goBetween`, `information`, `none`, `connector`, `count`. */
  legend: Record<string, string>;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** The picture of `map`, with initials in place of names when `names` maps each person's id to theirs. */
export function makePicture(map: SVGSVGElement, text: PictureText, names: ReadonlyMap<string, string> | null): Picture {
  const [, , w = 0, h = 0] = (map.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const copy = map.cloneNode(true) as SVGSVGElement;
  if (names) {
    for (const label of Array.from(copy.querySelectorAll<SVGTextElement>('text[data-id]'))) {
      const name = names.get(label.getAttribute('data-id') ?? '');
      label.textContent = initialsOf(name ?? label.textContent ?? '');
    }
  }
  for (const el of Array.from(copy.querySelectorAll('title, desc, .cm-chosen'))) el.remove();
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) for (const attr of DROPPED) el.removeAttribute(attr);
  copy.removeAttribute('class');

  const block = titleBlock(text, w);
  const width = w;
  const fontSize = Number(map.querySelector('.cm-sector-name')?.getAttribute('font-size')) || 12;
  const key = legendLayout(drawnKinds(map, text.legend), w, fontSize, block.x);
  const height = Math.ceil(h + block.height + key.height);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = [text.title, text.goal, text.date].filter(Boolean).join('. ');
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = pictureStyle(mapRules(map));
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) background.setAttribute(k, v);
  root.append(title, style, background);
  for (const line of block.lines) {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(block.x));
    t.setAttribute('y', String(line.y));
    t.setAttribute('font-size', String(line.fontSize));
    t.setAttribute('fill', 'var(--text)');
    if (line.bold) t.setAttribute('font-weight', '700');
    t.textContent = line.text;
    root.append(t);
  }
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(block.height));
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  root.append(copy, legend(key, block.height + h));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

/** The kinds of mark the map draws, in the page legend's order, with their meaning. */
function drawnKinds(map: SVGSVGElement, words: Record<string, string>): LegendItem[] {
  const kinds = [...markerKinds.filter((k) => k !== 'none').reverse(), 'none'].filter((k) => map.querySelector(`.cm-marker--${k}`));
  if (map.querySelector('.cm-connector')) kinds.push('connector');
  if (map.querySelector('.cm-count')) kinds.push('count');
  return kinds.map((k) => ({ key: k, text: words[k] ?? k }));
}

/** The key under the map: each mark drawn as on the map, then its meaning. */
function legend(layout: ReturnType<typeof legendLayout>, top: number): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(0 ${top})`);
  const r = layout.fontSize * 0.4;
  const add = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    g.append(el);
  };
  for (const item of layout.items) {
    if (item.key === 'connector') {
      add('path', { class: 'cm-connector', d: circlePath(item.x, item.y, r + 2.5) });
      add('path', { class: 'cm-marker cm-marker--none', d: shapePath('none', item.x, item.y, r * 0.8) });
    } else if (item.key === 'count') add('path', { class: 'cm-count', d: circlePath(item.x, item.y, r + 1) });
    else
      add('path', { class: `cm-marker cm-marker--${item.key}`, d: shapePath(item.key as (typeof markerKinds)[number], item.x, item.y, r) });
    add('text', { x: item.textX, y: item.y + layout.fontSize * 0.35, 'font-size': layout.fontSize, fill: 'var(--text)' }, item.text);
  }
  return g;
}

/** The picture drawn on a canvas at `scale` (2: sharp in print), as a PNG file. */
export async function pictureToPng(picture: Picture, scale = 2): Promise<Blob> {
  // A data: address: the site's content security policy allows images from it, not from blob: addresses.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  await image.decode();
  const size = pngSize(picture.width, picture.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
}
