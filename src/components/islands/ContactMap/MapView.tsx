import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { layoutMap, ringKeys, type MapLayout, type PlacedPerson } from '../../../lib/contacts/layout';
import { contexts, type Person } from '../../../lib/contacts/types';
import { ChosenPerson } from './ChosenPerson';
import { Legend, MapFrame, MarkerShape, MARKER_RADIUS, markerKind, ringName, type Drawn, type MarkerKind } from './MapParts';
import { MapZoom, ZOOM_STEPS } from './MapZoom';
import './map.css';

export { Legend, MapFrame, MarkerShape, markerKind, ringName, sectorName, type MarkerKind } from './MapParts';

const EMPTY_LAYOUT: MapLayout = {
  mode: 'labels',
  width: 0,
  height: 0,
  centre: { x: 0, y: 0, radius: 0 },
  fontSize: 12,
  markerRadius: MARKER_RADIUS,
  rings: [],
  sectors: [],
  people: [],
  cells: [],
  total: 0,
};

interface Props {
  strings: ContactStrings;
  /** The people to draw (after the page's filter). */
  people: Person[];
  onShowInTable(id: string): void;
  /** Print-only lines above the map (title, goal, date). */
  header?: ReactNode;
  /** The section's heading; the exercise page numbers its steps, the results page does not. */
  title?: string;
  headingLevel?: 2 | 3;
  /** The intro says the table above is the text alternative: true only where that table is. */
  intro?: boolean;
  /** Draw only when the page is idle and the map near the screen (the exercise page); false draws at once (my results). */
  deferred?: boolean;
}

/**
 * Lay out the map only once the page is idle after hydration (the map is below the first screen, and a
 * thousand people take a while on a phone); after that, at once on every change.
 */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(() => setIdle(true), { timeout: 300 });
    else setTimeout(() => setIdle(true), 50);
  }, []);
  return idle;
}

/**
 * Whether the map's section is near the screen (within a screen's height), or the page is being
 * printed: the map is drawn only then, so a page with a thousand people draws its first screen first
 * and the map when the reader gets to it. Stays true once true.
 */
function useNearScreen(target: RefObject<HTMLElement | null>): boolean {
  // Without IntersectionObserver (old browsers, tests) the map is drawn as soon as the page is idle.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver !== 'function');
  useEffect(() => {
    const el = target.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const now = () => flushSync(() => setNear(true));
    const onPrintMedia = () => {
      if (print?.matches) now();
    };
    addEventListener('beforeprint', now);
    print?.addEventListener('change', onPrintMedia);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', now);
      print?.removeEventListener('change', onPrintMedia);
    };
  }, [near, target]);
  return near;
}

/**
 * 4. The map: an SVG drawn from `layoutMap`. Markers are buttons with one tab stop for the whole map
 * (arrow keys move between them); choosing one shows the person's card beside the map (under it on a
 * phone) and moves focus there. Zoom and pan by buttons; nothing is dragged.
 */
export function MapView({ strings: s, people, onShowInTable, header, title, headingLevel = 2, intro = true, deferred = true }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const names = useMemo(
    () => ({
      sectorNames: Object.fromEntries([...contexts.map((c) => [c, s.contextsShort[c]]), ['none', s.noContext]]),
      ringNames: Object.fromEntries(ringKeys.map((k) => [k, ringName(s, k)])),
    }),
    [s],
  );
  const idle = useIdle();
  const section = useRef<HTMLElement>(null);
  const near = useNearScreen(section);
  const layout = useMemo(
    () => (((idle && near) || !deferred) && people.length ? layoutMap(people, { markerRadius: MARKER_RADIUS, ...names }) : EMPTY_LAYOUT),
    [idle, near, deferred, people, names],
  );
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const [selected, setSelected] = useState<{ id: string; focus: boolean } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [zoom, setZoom] = useState(0);
  const focusNext = useRef<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const placed = layout.people;
  const current = selected !== null && byId.has(selected.id) ? selected.id : null;
  // One tab stop for the whole map: the person last moved to with the arrow keys, else the chosen one, else the first.
  const tabStop = (active !== null && byId.has(active) ? active : null) ?? current ?? placed[0]?.id ?? null;
  const scale = ZOOM_STEPS[zoom] ?? 0;

  // Zooming keeps the middle of what the reader sees in the middle.
  const centreAt = useRef<{ x: number; y: number } | null>(null);
  const changeZoom = (step: number) => {
    const el = scroller.current;
    if (el && el.scrollWidth > 0) {
      centreAt.current = {
        x: (el.scrollLeft + el.clientWidth / 2) / el.scrollWidth,
        y: (el.scrollTop + el.clientHeight / 2) / el.scrollHeight,
      };
    }
    setZoom(Math.max(0, Math.min(ZOOM_STEPS.length - 1, step)));
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    const at = centreAt.current ?? { x: 0.5, y: 0.5 };
    if (el && scale > 0) {
      el.scrollLeft = at.x * el.scrollWidth - el.clientWidth / 2;
      el.scrollTop = at.y * el.scrollHeight - el.clientHeight / 2;
    }
    centreAt.current = null;
  }, [scale]);
  const pan = (dx: number, dy: number) => {
    const el = scroller.current;
    if (el) el.scrollBy({ left: dx * el.clientWidth * 0.6, top: dy * el.clientHeight * 0.6 });
  };

  useLayoutEffect(() => {
    if (focusNext.current) {
      svg.current?.querySelector<SVGGElement>(`[data-id="${focusNext.current}"]`)?.focus();
      focusNext.current = null;
    }
    if (layout.total > 0 && typeof performance !== 'undefined') performance.mark('contact-map:drawn');
  });

  const move = (from: PlacedPerson, delta: number | 'first' | 'last') => {
    const i = placed.findIndex((p) => p.id === from.id);
    const next = delta === 'first' ? 0 : delta === 'last' ? placed.length - 1 : (i + delta + placed.length) % placed.length;
    const target = placed[next];
    if (!target) return;
    focusNext.current = target.id;
    setActive(target.id);
  };
  const choose = (id: string) => {
    setActive(id);
    setSelected(current === id ? null : { id, focus: true });
  };

  const person = current ? byId.get(current) : undefined;
  const describe = (p: Person) =>
    fill(s.markerLabel, {
      name: p.name,
      closeness: p.closeness ? s.closeness[p.closeness] : s.notRated,
      context: p.contexts[0] ? s.contextsShort[p.contexts[0]] : s.noContext,
      roles: p.roles.length ? fill(s.markerRoles, { roles: p.roles.map((r) => s.roles[r].toLowerCase()).join(', ') }) : '',
      connector: p.connector ? s.markerConnector : '',
    });
  const drawn = useMemo<Drawn>(() => {
    const kinds = new Set<MarkerKind>();
    let connector = false;
    for (const pl of layout.people) {
      const p = byId.get(pl.id);
      if (!p) continue;
      kinds.add(markerKind(p));
      connector ||= p.connector;
    }
    return { kinds, connector, counts: layout.cells.length > 0 };
  }, [layout, byId]);
  const counted = layout.cells.reduce((sum, c) => sum + c.count, 0);

  return (
    <section ref={section} className="cm-section cm-map-section" aria-labelledby="cm-map-heading">
      {header}
      <Heading id="cm-map-heading">{title ?? s.mapTitle}</Heading>
      {intro && <p className="no-print">{s.mapIntro}</p>}
      {people.length === 0 ? (
        <p className="cm-muted">{s.mapEmpty}</p>
      ) : (
        <>
          {counted > 0 && <p>{fill(s.mapMixedNote, { counted })}</p>}
          <MapZoom strings={s} step={zoom} onStep={changeZoom} onPan={pan} />
          <div className={current ? 'cm-map-layout cm-map-layout--chosen' : 'cm-map-layout'}>
            <div
              ref={scroller}
              className={scale ? 'cm-map-scroll cm-map-scroll--zoomed' : 'cm-map-scroll'}
              tabIndex={scale ? 0 : undefined}
              role={scale ? 'region' : undefined}
              aria-label={scale ? s.mapScroll : undefined}
            >
              <svg
                ref={svg}
                className="cm-map"
                viewBox={`0 0 ${layout.width} ${layout.height}`}
                width={Math.round(layout.width * (scale || 1))}
                height={Math.round(layout.height * (scale || 1))}
                role={layout.mode === 'counts' ? 'img' : 'group'}
                aria-label={fill(s.mapLabel, { n: people.length })}
                data-people={layout.mode === 'counts' ? layout.total : placed.length}
              >
                <MapFrame layout={layout} strings={s} />
                {layout.cells.map((cell) =>
                  cell.label ? (
                    <g key={`${cell.sector}-${cell.ring}`} aria-hidden="true">
                      <circle className="cm-count" cx={cell.x} cy={cell.y} r={cell.radius - 1} />
                      <text
                        className="cm-label cm-count-label"
                        x={cell.label.x}
                        y={cell.label.y}
                        textAnchor={cell.label.anchor}
                        fontSize={layout.fontSize}
                      >
                        {cell.label.text}
                      </text>
                    </g>
                  ) : (
                    <g key={`${cell.sector}-${cell.ring}`} aria-hidden="true">
                      <circle className="cm-count" cx={cell.x} cy={cell.y} r={cell.radius} />
                      <text
                        className="cm-count-text"
                        x={cell.x}
                        y={cell.y + layout.fontSize * 0.35}
                        textAnchor="middle"
                        fontSize={layout.fontSize}
                      >
                        {cell.count}
                      </text>
                    </g>
                  ),
                )}
                {placed.map((pl) => {
                  const p = byId.get(pl.id);
                  if (!p) return null;
                  const isSelected = pl.id === current;
                  return (
                    <g
                      key={pl.id}
                      data-id={pl.id}
                      className={isSelected ? 'cm-person cm-person--selected' : 'cm-person'}
                      role="button"
                      tabIndex={pl.id === tabStop ? 0 : -1}
                      aria-label={describe(p)}
                      aria-pressed={isSelected}
                      onClick={() => choose(pl.id)}
                      onKeyDown={(e) => {
                        const keys: Record<string, number | 'first' | 'last'> = {
                          ArrowRight: 1,
                          ArrowDown: 1,
                          ArrowLeft: -1,
                          ArrowUp: -1,
                          Home: 'first',
                          End: 'last',
                        };
                        const delta = keys[e.key];
                        if (delta !== undefined) {
                          e.preventDefault();
                          move(pl, delta);
                        } else if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          choose(pl.id);
                        }
                      }}
                    >
                      <circle className="cm-hit" cx={pl.x} cy={pl.y} r={MARKER_RADIUS + 4} />
                      {p.connector && <circle className="cm-connector" cx={pl.x} cy={pl.y} r={MARKER_RADIUS} />}
                      <MarkerShape kind={markerKind(p)} x={pl.x} y={pl.y} />
                      <text
                        className="cm-label"
                        x={pl.labelX}
                        y={pl.labelY}
                        textAnchor={pl.anchor}
                        fontSize={layout.fontSize}
                        aria-hidden="true"
                      >
                        {pl.label}
                      </text>
                    </g>
                  );
                })}
              </svg>
            </div>
            <div className="cm-selected no-print">
              {person && (
                <ChosenPerson
                  strings={s}
                  person={person}
                  description={describe(person).slice(person.name.length + 2)}
                  takeFocus={selected?.focus ?? false}
                  onShowInTable={onShowInTable}
                  onClose={() => {
                    setSelected(null);
                    svg.current?.querySelector<SVGGElement>(`[data-id="${person.id}"]`)?.focus();
                  }}
                />
              )}
            </div>
          </div>
          <Legend strings={s} drawn={drawn} />
        </>
      )}
    </section>
  );
}
