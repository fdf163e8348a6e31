import type { ContactStrings } from '../../../i18n/islands/contacts';
import { ringNamePoint, sectorBoundary, type MapLayout, type RingKey, type SectorKey } from '../../../lib/contacts/layout';
import { roles, type ContactRole, type Person } from '../../../lib/contacts/types';

/** The map's drawing pieces, shared by the map, its legend and the blank sheet. */

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

export const MARKER_RADIUS = 6;

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

/**
 * The rings, sector lines and names, the rings' names and the reader at the centre: shared by the map
 * and the blank sheet. The layout keeps every person's label clear of the ring names.
 */
export function MapFrame({ layout, strings: s, ringNames = true }: { layout: MapLayout; strings: ContactStrings; ringNames?: boolean }) {
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
        layout.mode !== 'counts' &&
        layout.rings.map((ring) => {
          const at = ringNamePoint(ring.outer, layout.fontSize);
          return (
            <text key={ring.key} className="cm-ring-name" x={cx + at.x} y={cy + at.y} textAnchor="start" fontSize={layout.fontSize * 0.8}>
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

export interface Drawn {
  kinds: ReadonlySet<MarkerKind>;
  connector: boolean;
  counts: boolean;
}

/** What the shapes mean: only the shapes the map draws now. */
export function Legend({ strings: s, drawn }: { strings: ContactStrings; drawn: Drawn }) {
  const items: { kind: MarkerKind; text: string }[] = [
    ...roles.map((r) => ({ kind: r as MarkerKind, text: `${s.roles[r]}: ${s.roleHelp[r]}` })),
    { kind: 'none' as MarkerKind, text: s.legendNone },
  ].filter((item) => drawn.kinds.has(item.kind));
  return (
    <div className="cm-legend">
      <p className="cm-legend__title">{s.legendTitle}</p>
      <ul>
        {items.map((item) => (
          <li key={item.kind} data-legend={item.kind}>
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <MarkerShape kind={item.kind} x={9} y={9} r={5} />
            </svg>
            {item.text}
          </li>
        ))}
        {drawn.connector && (
          <li data-legend="connector">
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <circle className="cm-connector" cx={9} cy={9} r={7} />
              <MarkerShape kind="none" x={9} y={9} r={4} />
            </svg>
            {s.legendConnector}
          </li>
        )}
        {drawn.counts && (
          <li data-legend="count">
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <circle className="cm-count" cx={9} cy={9} r={5} />
            </svg>
            {s.legendCount}
          </li>
        )}
      </ul>
      <p className="cm-legend__rings">
        {s.legendRings} {s.legendRingNames}
      </p>
    </div>
  );
}
