import { memo, useMemo } from 'react';
import type { MapLayout } from '../../../lib/contacts/layout';
import { markerKind, markerPaths } from '../../../lib/contacts/marker-paths';
import type { MapPerson } from '../../../lib/contacts/map-types';

interface Props {
  layout: MapLayout;
  byId: ReadonlyMap<string, MapPerson>;
  /** The chosen person's id, or null. */
  current: string | null;
  /** The one person in the tab order (the map is one tab stop; arrow keys move on). */
  tabStop: string | null;
  /** A person's accessible name: name, closeness, context, roles. */
  describe(p: MapPerson): string;
}

/**
 * The people and count badges on the map. Every kind of marker is one `<path>` (and the connectors'
 * rings and the count badges one each), so a named person costs a single element: their label, which
 * is also their button (name, rating and roles for a screen reader; one tab stop for the whole map).
 * Clicks and keys are handled once, on the map (see MapView). Memoised: choosing a person or zooming
 * re-renders only what changed.
 */
export const MapMarks = memo(function MapMarks({ layout, byId, current, tabStop, describe }: Props) {
  const paths = useMemo(() => markerPaths(layout.people, layout.cells, byId, layout.markerRadius), [layout, byId]);
  const chosen = current ? layout.people.find((pl) => pl.id === current) : undefined;
  return (
    <>
      <g aria-hidden="true">
        {paths.counts && <path className="cm-count" d={paths.counts} />}
        {Object.entries(paths.kinds).map(([kind, d]) => (
          <path key={kind} className={`cm-marker cm-marker--${kind}`} d={d} />
        ))}
        {paths.connectors && <path className="cm-connector" d={paths.connectors} />}
        {chosen && <circle className="cm-chosen" cx={chosen.x} cy={chosen.y} r={layout.markerRadius + 4} />}
        {layout.cells.map((cell) => (
          <text
            key={`${cell.sector}-${cell.ring}`}
            className={cell.label ? 'cm-label cm-count-label' : 'cm-count-text'}
            x={cell.label?.x ?? cell.x}
            y={cell.label?.y ?? cell.y + layout.fontSize * 0.35}
            textAnchor={cell.label?.anchor ?? 'middle'}
            fontSize={layout.fontSize}
          >
            {cell.label?.text ?? cell.count}
          </text>
        ))}
      </g>
      {layout.people.map((pl) => {
        const p = byId.get(pl.id);
        if (!p) return null;
        const isSelected = pl.id === current;
        return (
          <text
            key={pl.id}
            data-id={pl.id}
            data-kind={markerKind(p)}
            className={isSelected ? 'cm-label cm-person cm-person--selected' : 'cm-label cm-person'}
            x={pl.labelX}
            y={pl.labelY}
            textAnchor={pl.anchor}
            fontSize={layout.fontSize}
            role="button"
            tabIndex={pl.id === tabStop ? 0 : -1}
            aria-label={describe(p)}
            aria-pressed={isSelected}
          >
            {pl.label}
          </text>
        );
      })}
    </>
  );
});
