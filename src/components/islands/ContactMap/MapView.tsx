import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { MapLayout, PlacedPerson } from '../../../lib/contacts/layout';
import { tieLines } from '../../../lib/contacts/network/lines';
import type { MapPerson } from '../../../lib/contacts/map-types';
import type { Person, Tie } from '../../../lib/contacts/types';
import { ChosenPerson } from './ChosenPerson';
import { personAt } from '../../../lib/contacts/marker-paths';
import { Legend, MapFrame, MARKER_RADIUS, markerKind, type Drawn, type MarkerKind } from './MapParts';
import { MapMarks } from './MapMarks';
import { useDrawWhenNear } from './useDrawWhenNear';
import { markMapDrawn } from './firstDrawing';
import { useMapLayout } from './layout/useMapLayout';
import { mapLayoutOptions } from './layout/mapOptions';
import { useLinkedInView } from './useLinkedInView';
import { TiesSwitch } from './ties/TiesSwitch';
import { MapZoom, ZOOM_STEPS } from './MapZoom';
import './map.css';

export { Legend, MapFrame, MarkerShape, markerKind, ringName, sectorName, type MarkerKind } from './MapParts';
export { layOutEarly } from './layout/layOutEarly';

const NO_TIES: readonly Tie[] = [];

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
  /** Who knows whom: drawn as lines between the people drawn, when the reader switches them on. */
  ties?: readonly Tie[];
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
 * 4. The map: an SVG drawn from `layoutMap`. Markers are buttons with one tab stop for the whole map
 * (arrow keys move between them); choosing one shows the person's card beside the map (under it on a
 * phone) and moves focus there. Zoom and pan by buttons; nothing is dragged.
 */
export function MapView({
  strings: s,
  people,
  ties = NO_TIES,
  onShowInTable,
  header,
  title,
  headingLevel = 2,
  intro = true,
  deferred = true,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const options = mapLayoutOptions(s);
  const section = useRef<HTMLElement>(null);
  const layout = useMapLayout(people, options, useDrawWhenNear(section, deferred), EMPTY_LAYOUT);
  useLinkedInView(section, layout.total > 0);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const [selected, setSelected] = useState<{ id: string; focus: boolean } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [zoom, setZoom] = useState(0);
  // Off until the reader switches it on: with the lines off, an edit costs nothing more than before.
  const [showTies, setShowTies] = useState(false);
  const lines = useMemo(() => (showTies ? tieLines(layout.people, ties) : null), [showTies, layout, ties]);
  const focusNext = useRef<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const placed = layout.people;
  const current = selected !== null && byId.has(selected.id) ? selected.id : null;
  // The chosen person's ties, drawn stronger over the others.
  const chosenLines = useMemo(
    () =>
      lines && current
        ? tieLines(
            placed,
            ties.filter((t) => t[0] === current || t[1] === current),
          ).d
        : '',
    [lines, current, placed, ties],
  );
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
    if (layout.total > 0) {
      markMapDrawn();
      if (typeof performance !== 'undefined') performance.mark('contact-map:drawn');
    }
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
  const describe = useCallback(
    (p: MapPerson) =>
      fill(s.markerLabel, {
        name: p.name,
        closeness: p.closeness ? s.closeness[p.closeness] : s.notRated,
        context: p.contexts[0] ? s.contextsShort[p.contexts[0]] : s.noContext,
        roles: p.roles.length ? fill(s.markerRoles, { roles: p.roles.map((r) => s.roles[r].toLowerCase()).join(', ') }) : '',
        connector: p.connector ? s.markerConnector : '',
      }),
    [s],
  );
  const keys: Record<string, number | 'first' | 'last'> = {
    ArrowRight: 1,
    ArrowDown: 1,
    ArrowLeft: -1,
    ArrowUp: -1,
    Home: 'first',
    End: 'last',
  };
  const idOf = (target: EventTarget) => (target instanceof Element ? target.closest('[data-id]')?.getAttribute('data-id') : null) ?? null;
  /** A click on a label chooses its person; one on the markers' shared paths, the person whose marker it hit. */
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const id = idOf(e.target);
    if (id) return choose(id);
    const m = svg.current?.getScreenCTM();
    if (!m) return;
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    const hit = personAt(placed, at.x, at.y, MARKER_RADIUS + 4);
    if (hit) choose(hit.id);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const id = idOf(e.target);
    const from = id ? placed.find((p) => p.id === id) : undefined;
    if (!from) return;
    const delta = keys[e.key];
    if (delta !== undefined) {
      e.preventDefault();
      move(from, delta);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(from.id);
    }
  };
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
  const legendDrawn = useMemo(() => ({ ...drawn, ties: (lines?.drawn ?? 0) > 0 }), [drawn, lines]);
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
          {ties.length > 0 && placed.length > 1 && (
            <TiesSwitch strings={s} on={showTies} onChange={setShowTies} drawn={lines?.drawn ?? null} total={ties.length} />
          )}
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
                className={lines?.d ? 'cm-map cm-map--ties' : 'cm-map'}
                viewBox={`0 0 ${layout.width} ${layout.height}`}
                width={Math.round(layout.width * (scale || 1))}
                height={Math.round(layout.height * (scale || 1))}
                role={layout.mode === 'counts' ? 'img' : 'group'}
                aria-label={fill(s.mapLabel, { n: people.length })}
                data-people={layout.mode === 'counts' ? layout.total : placed.length}
                onClick={onClick}
                onKeyDown={onKeyDown}
              >
                <MapFrame layout={layout} strings={s} />
                {lines?.d && <path className="cm-tie-lines" d={lines.d} aria-hidden="true" />}
                {chosenLines && <path className="cm-tie-lines cm-tie-lines--chosen" d={chosenLines} aria-hidden="true" />}
                <MapMarks layout={layout} byId={byId} current={current} tabStop={tabStop} describe={describe} />
              </svg>
            </div>
            <div className="cm-selected no-print">
              {person && (
                <ChosenPerson
                  strings={s}
                  person={person}
                  description={describe(person).slice(person.name.length + 2)}
                  takeFocus={selected?.focus ?? false}
                  withTies={ties !== NO_TIES}
                  onShowInTable={onShowInTable}
                  onClose={() => {
                    setSelected(null);
                    svg.current?.querySelector<SVGGElement>(`[data-id="${person.id}"]`)?.focus();
                  }}
                />
              )}
            </div>
          </div>
          <Legend strings={s} drawn={legendDrawn} />
        </>
      )}
    </section>
  );
}
