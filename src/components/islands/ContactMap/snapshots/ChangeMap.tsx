import { useMemo } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { layoutMap, ringKeys } from '../../../../lib/contacts/layout';
import { markerPaths } from '../../../../lib/contacts/marker-paths';
import type { PersonChanges } from '../../../../lib/contacts/snapshots/changes';
import type { Snapshot } from '../../../../lib/contacts/snapshots/take';
import { contexts, emptyDraft, type Person } from '../../../../lib/contacts/types';
import { MapFrame, MARKER_RADIUS, ringName } from '../MapParts';

/**
 * The later snapshot drawn as a map (without interaction), with a ring round everyone something changed for:
 * where the changes sit among the reader's circles. The list beside it names them.
 */
export function ChangeMap({ strings: s, later, changed }: { strings: ContactStrings; later: Snapshot; changed: readonly PersonChanges[] }) {
  const { layout, byId } = useMemo(() => {
    const people: Person[] = later.people.map((p) => ({ ...emptyDraft(p.name), ...p, updatedAt: '' }));
    const names = {
      sectorNames: Object.fromEntries([...contexts.map((c) => [c, s.contextsShort[c]]), ['none', s.noContext]]),
      ringNames: Object.fromEntries(ringKeys.map((k) => [k, ringName(s, k)])),
    };
    return { layout: layoutMap(people, { markerRadius: MARKER_RADIUS, ...names }), byId: new Map(people.map((p) => [p.id, p])) };
  }, [later, s]);
  const paths = useMemo(() => markerPaths(layout.people, layout.cells, byId, layout.markerRadius), [layout, byId]);
  const marked = new Set(changed.map((c) => c.id));
  const rings = layout.people.filter((pl) => marked.has(pl.id));
  return (
    <figure className="cm-change-map">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={fill(s.snapshots.mapLabel, { n: rings.length })}>
        <MapFrame layout={layout} strings={s} />
        {paths.counts && <path className="cm-count" d={paths.counts} />}
        {Object.entries(paths.kinds).map(([kind, d]) => (
          <path key={kind} className={`cm-marker cm-marker--${kind}`} d={d} />
        ))}
        {paths.connectors && <path className="cm-connector" d={paths.connectors} />}
        {rings.map((pl) => (
          <circle key={pl.id} className="cm-change-ring" data-id={pl.id} cx={pl.x} cy={pl.y} r={layout.markerRadius + 4} />
        ))}
        {layout.people.map((pl) => (
          <text key={pl.id} className="cm-label" x={pl.labelX} y={pl.labelY} textAnchor={pl.anchor} fontSize={layout.fontSize}>
            {pl.label}
          </text>
        ))}
      </svg>
      <figcaption className="cm-muted">{s.snapshots.mapCaption}</figcaption>
    </figure>
  );
}
