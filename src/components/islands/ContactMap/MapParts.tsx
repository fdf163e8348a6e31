import type { ReactNode } from 'react';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { ringNamePoint, sectorBoundary, type MapLayout } from '../../../lib/contacts/layout';
import { shapePath, type MarkerKind } from '../../../lib/contacts/marker-paths';
import { roles } from '../../../lib/contacts/types';

/** The map's drawing pieces, shared by the map, its legend and the blank sheet. */

export { markerKind, type MarkerKind } from '../../../lib/contacts/marker-paths';

export { MARKER_RADIUS, ringName, sectorName } from './layout/mapOptions';
import { MARKER_RADIUS, ringName, sectorName } from './layout/mapOptions';

/** A marker's shape, centred on x, y: never colour alone (WCAG 1.4.1). The map draws all of a kind as one path. */
export function MarkerShape({ kind, x, y, r = MARKER_RADIUS - 1.5 }: { kind: MarkerKind; x: number; y: number; r?: number }) {
  return <path className={`cm-marker cm-marker--${kind}`} d={shapePath(kind, x, y, r)} />;
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
  /** Lines between people who know each other. */
  ties?: boolean;
}

/** What the shapes mean: only the shapes the map draws now. */
export function Legend({ strings: s, drawn }: { strings: ContactStrings; drawn: Drawn }) {
  const items: { key: string; icon: ReactNode; text: string }[] = [
    ...[...roles, 'none' as const]
      .filter((kind) => drawn.kinds.has(kind))
      .map((kind) => ({
        key: kind,
        icon: <MarkerShape kind={kind} x={9} y={9} r={5} />,
        text: kind === 'none' ? s.legendNone : `${s.roles[kind]}: ${s.roleHelp[kind]}`,
      })),
  ];
  if (drawn.connector)
    items.push({
      key: 'connector',
      icon: (
        <>
          <circle className="cm-connector" cx={9} cy={9} r={7} />
          <MarkerShape kind="none" x={9} y={9} r={4} />
        </>
      ),
      text: s.legendConnector,
    });
  if (drawn.ties) items.push({ key: 'ties', icon: <line className="cm-tie-lines" x1={2} y1={14} x2={16} y2={4} />, text: s.ties.legend });
  if (drawn.counts) items.push({ key: 'count', icon: <circle className="cm-count" cx={9} cy={9} r={5} />, text: s.legendCount });
  return (
    <div className="cm-legend">
      <p className="cm-legend__title">{s.legendTitle}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-legend={item.key}>
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              {item.icon}
            </svg>
            {item.text}
          </li>
        ))}
      </ul>
      <p className="cm-legend__rings">
        {s.legendRings} {s.legendRingNames}
      </p>
    </div>
  );
}
