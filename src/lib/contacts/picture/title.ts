import { estimateTextWidth } from '../text-measure';

/**
 * The title block above the map in a downloaded picture: what it is, the goal (wrapped to the map's width)
 * and the date, so the file says what it shows when it is opened on its own or printed.
 */
export interface TitleLine {
  text: string;
  /** The baseline, from the top of the picture. */
  y: number;
  fontSize: number;
  bold: boolean;
}

export interface TitleBlock {
  lines: TitleLine[];
  /** Where every line starts, from the left. */
  x: number;
  /** The block's height: the map is drawn below it. */
  height: number;
}

/** The goal is cut after this many lines (with "…"): a picture is not the place for a whole paragraph. */
export const GOAL_LINES = 3;

/** Words into lines no wider than `width` (a single word wider than that gets a line of its own). */
export function wrapText(text: string, width: number, fontSize: number, maxLines = GOAL_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s.,;:]+$/u, '')} …`;
  return kept;
}

/** The base font size for a picture this wide: readable at the map's own size, not huge on a wide map. */
export const titleFontSize = (width: number) => Math.round(Math.min(18, Math.max(13, width / 55)));

/**
 * The lines of the title block for a map `width` wide: `title` in bold, then the goal (when there is one,
 * already worded, e.g. "Mål: Et nyt job") and the date line, each line's baseline placed from the top.
 */
export function titleBlock(parts: { title: string; goal: string; date: string }, width: number): TitleBlock {
  const size = titleFontSize(width);
  const margin = size;
  const lines: TitleLine[] = [];
  let y = margin;
  const add = (text: string, fontSize: number, bold: boolean) => {
    y += fontSize;
    lines.push({ text, y, fontSize, bold });
    y += fontSize * 0.35;
  };
  add(parts.title, Math.round(size * 1.35), true);
  for (const line of parts.goal ? wrapText(parts.goal, width - 2 * margin, size) : []) add(line, size, false);
  add(parts.date, size, false);
  return { lines, x: margin, height: Math.ceil(y + margin * 0.5) };
}
