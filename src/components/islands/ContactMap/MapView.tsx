import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import {
  LABEL_LIMIT,
  layoutMap,
  sectorBoundary,
  type MapLayout,
  type PlacedPerson,
  type RingKey,
  type SectorKey,
} from '../../../lib/contacts/layout';
import { contexts, roles, type ContactRole, type Person } from '../../../lib/contacts/types';
import './map.css';

/** The role a marker's shape and colour show: the strongest one the person has for the goal. */
export type MarkerKind = ContactRole | 'none';
export const markerKind = (p: Pick<Person, 'roles'>): MarkerKind =>
  p.roles.includes('access')
    ? 'access'
    : p.roles.includes('goBetween')
      ? 'goBetween'
      : p.roles.includes('information')
        ? 'information'
        : 'none';

const MARKER_RADIUS = 6;
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

/** A marker's shape, centred on x, y: never colour alone (WCAG 1.4.1). */
export function MarkerShape({ kind, x, y, r = MARKER_RADIUS - 1.5 }: { kind: MarkerKind; x: number; y: number; r?: number }) {
  const cls = `cm-marker cm-marker--${kind}`;
  switch (kind) {
    case 'access':
      return <path className={cls} d={`M${x} ${y - r * 1.25}L${x + r * 1.25} ${y}L${x} ${y + r * 1.25}L${x - r * 1.25} ${y}Z`} />;
    case 'goBetween':
      return <path className={cls} d={`M${x} ${y - r * 1.2}L${x + r * 1.1} ${y + r * 0.8}L${x - r * 1.1} ${y + r * 0.8}Z`} />;
    case 'information':
      return <rect className={cls} x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} />;
    default:
      return <circle className={cls} cx={x} cy={y} r={r} />;
  }
}

export function sectorName(s: ContactStrings, key: SectorKey): string {
  return key === 'none' ? s.noContext : s.contextsShort[key];
}
export function ringName(s: ContactStrings, key: RingKey): string {
  return key === 'notRated' ? s.notRated : s.closeness[key];
}

/** The rings, sector lines and names, and the reader at the centre: shared by the map and the blank sheet. */
/** Ring names are written only on the blank sheet: on a map with people they would cross the labels (the legend names the rings there). */
export function MapFrame({ layout, strings: s, ringNames = false }: { layout: MapLayout; strings: ContactStrings; ringNames?: boolean }) {
  const { x: cx, y: cy } = layout.centre;
  const outer = layout.rings.at(-1)?.outer ?? layout.centre.radius;
  return (
    <g aria-hidden="true">
      {layout.rings
        .slice()
        .reverse()
        .map((ring, i) => (
          <circle
            key={ring.key}
            className={`cm-ring cm-ring--${(layout.rings.length - 1 - i) % 2 ? 'odd' : 'even'}`}
            cx={cx}
            cy={cy}
            r={ring.outer}
          />
        ))}
      {layout.sectors.length > 1 &&
        layout.sectors.map((sector) => {
          const line = sectorBoundary(cx, cy, layout.centre.radius, outer, sector.start);
          return <line key={sector.key} className="cm-sector-line" {...line} />;
        })}
      {ringNames &&
        layout.rings.map((ring) => {
          // The ring's name at the top of the band, just inside its outer edge and beside the 12 o'clock line.
          const y = cy - ring.outer + layout.fontSize * 1.05;
          return (
            <text
              key={ring.key}
              className="cm-ring-name"
              x={cx + layout.fontSize * 0.4}
              y={y}
              textAnchor="start"
              fontSize={layout.fontSize * 0.8}
            >
              {ringName(s, ring.key)}
            </text>
          );
        })}
      {layout.sectors.map((sector) => (
        <text
          key={sector.key}
          className="cm-sector-name"
          x={sector.label.x}
          y={sector.label.y}
          textAnchor={sector.label.anchor}
          fontSize={layout.fontSize}
        >
          {sectorName(s, sector.key)}
        </text>
      ))}
      <circle className="cm-centre" cx={cx} cy={cy} r={layout.centre.radius} />
      <text className="cm-centre-name" x={cx} y={cy + layout.fontSize * 0.35} textAnchor="middle" fontSize={layout.fontSize}>
        {s.you}
      </text>
    </g>
  );
}

interface Props {
  strings: ContactStrings;
  people: Person[];
  onShowInTable(id: string): void;
  /** Print-only lines above the map (title, goal, date). */
  header?: ReactNode;
  /** The section's heading; the exercise page numbers its steps, the results page does not. */
  title?: string;
  headingLevel?: 2 | 3;
  /** The intro says the table above is the text alternative: true only where that table is. */
  intro?: boolean;
}

/**
 * 4. The map: an SVG drawn from `layoutMap`. Markers are buttons with one tab stop for the whole map
 * (arrow keys move between them); choosing one shows the person below the map. Nothing is dragged.
 */
export function MapView({ strings: s, people, onShowInTable, header, title, headingLevel = 2, intro = true }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const sectorNames = useMemo(() => Object.fromEntries([...contexts.map((c) => [c, s.contextsShort[c]]), ['none', s.noContext]]), [s]);
  // An empty map is not drawn, so it is not laid out either (this runs while the page hydrates).
  const layout = useMemo(
    () => (people.length ? layoutMap(people, { markerRadius: MARKER_RADIUS, sectorNames }) : EMPTY_LAYOUT),
    [people, sectorNames],
  );
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const [selected, setSelected] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [zoomed, setZoomed] = useState(false);
  const focusNext = useRef<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Enlarged on a narrow screen, the map opens at its centre (the reader), not at its left edge.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (zoomed && el) {
      el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    }
  }, [zoomed]);
  const placed = layout.people;
  const current = selected !== null && byId.has(selected) ? selected : null;
  // One tab stop for the whole map: the person last moved to with the arrow keys, else the chosen one, else the first.
  const tabStop = (active !== null && byId.has(active) ? active : null) ?? current ?? placed[0]?.id ?? null;

  useLayoutEffect(() => {
    if (focusNext.current) {
      svg.current?.querySelector<SVGGElement>(`[data-id="${focusNext.current}"]`)?.focus();
      focusNext.current = null;
    }
    if (people.length > 0 && typeof performance !== 'undefined') performance.mark('contact-map:drawn');
  });

  const move = (from: PlacedPerson, delta: number | 'first' | 'last') => {
    const i = placed.findIndex((p) => p.id === from.id);
    const next = delta === 'first' ? 0 : delta === 'last' ? placed.length - 1 : (i + delta + placed.length) % placed.length;
    const target = placed[next];
    if (!target) return;
    focusNext.current = target.id;
    setActive(target.id);
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

  return (
    <section className="cm-section cm-map-section" aria-labelledby="cm-map-heading">
      {header}
      <Heading id="cm-map-heading">{title ?? s.mapTitle}</Heading>
      {intro && <p className="no-print">{s.mapIntro}</p>}
      {people.length === 0 ? (
        <p className="cm-muted">{s.mapEmpty}</p>
      ) : (
        <>
          {layout.mode === 'counts' && <p>{fill(s.mapCountsNote, { n: LABEL_LIMIT })}</p>}
          <div className="no-print button-row cm-map-tools">
            <button type="button" className="secondary" aria-pressed={zoomed} onClick={() => setZoomed(!zoomed)}>
              {s.zoom}
            </button>
          </div>
          <div
            ref={scroller}
            className={zoomed ? 'cm-map-scroll cm-map-scroll--zoomed' : 'cm-map-scroll'}
            tabIndex={zoomed ? 0 : undefined}
            role={zoomed ? 'region' : undefined}
            aria-label={zoomed ? s.mapTitle : undefined}
          >
            <svg
              ref={svg}
              className="cm-map"
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              width={Math.round(layout.width)}
              height={Math.round(layout.height)}
              role={layout.mode === 'labels' ? 'group' : 'img'}
              aria-label={fill(s.mapLabel, { n: people.length })}
              data-people={layout.mode === 'labels' ? placed.length : layout.total}
            >
              <MapFrame layout={layout} strings={s} />
              {layout.mode === 'counts' &&
                layout.cells.map((cell) => (
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
                ))}
              {placed.map((pl) => {
                const p = byId.get(pl.id);
                if (!p) return null;
                const kind = markerKind(p);
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
                    onClick={() => {
                      setActive(pl.id);
                      setSelected(isSelected ? null : pl.id);
                    }}
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
                        setSelected(isSelected ? null : pl.id);
                      }
                    }}
                  >
                    <circle className="cm-hit" cx={pl.x} cy={pl.y} r={MARKER_RADIUS + 4} />
                    {p.connector && <circle className="cm-connector" cx={pl.x} cy={pl.y} r={MARKER_RADIUS} />}
                    <MarkerShape kind={kind} x={pl.x} y={pl.y} />
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
          <Legend strings={s} />
          <div className="cm-selected no-print" role="status">
            {person && (
              <div className="cm-selected__card">
                <p>
                  <strong>{fill(s.selected, { name: person.name })}</strong>
                </p>
                <p>{describe(person).slice(person.name.length + 2)}</p>
                {person.lastContact && (
                  <p>
                    {s.col.lastContact}: {person.lastContact}
                  </p>
                )}
                {person.nextStep && (
                  <p>
                    {s.col.nextStep}: {person.nextStep}
                  </p>
                )}
                <button type="button" className="secondary" onClick={() => onShowInTable(person.id)}>
                  {s.showInTable}
                </button>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** What the shapes mean. */
export function Legend({ strings: s }: { strings: ContactStrings }) {
  const items: { kind: MarkerKind; text: string }[] = [
    ...roles.map((r) => ({ kind: r as MarkerKind, text: `${s.roles[r]}: ${s.roleHelp[r]}` })),
    { kind: 'none', text: s.legendNone },
  ];
  return (
    <div className="cm-legend">
      <p className="cm-legend__title">{s.legendTitle}</p>
      <ul>
        {items.map((item) => (
          <li key={item.kind}>
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <MarkerShape kind={item.kind} x={9} y={9} r={5} />
            </svg>
            {item.text}
          </li>
        ))}
        <li>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <circle className="cm-connector" cx={9} cy={9} r={7} />
            <MarkerShape kind="none" x={9} y={9} r={4} />
          </svg>
          {s.legendConnector}
        </li>
      </ul>
      <p className="cm-legend__rings">{s.legendRings}</p>
    </div>
  );
}
