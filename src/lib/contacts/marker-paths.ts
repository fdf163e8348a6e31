import type { CellCount, PlacedPerson } from './map-types';
import type { ContactRole, Person } from './types';

/**
 * The contact map's markers as SVG path data. A map of thousands draws one `<path>` per marker kind
 * (and one for the connectors' rings, one for the count badges) instead of an element per marker: the
 * page stays within its DOM budget and the browser has far fewer nodes to style, lay out and paint.
 */

/** The role a marker's shape and colour show: the strongest one the person has for the goal. */
export type MarkerKind = ContactRole | 'none';
export const markerKinds: readonly MarkerKind[] = ['access', 'goBetween', 'information', 'none'];

export const markerKind = (p: Pick<Person, 'roles'>): MarkerKind =>
  p.roles.includes('access')
    ? 'access'
    : p.roles.includes('goBetween')
      ? 'goBetween'
      : p.roles.includes('information')
        ? 'information'
        : 'none';

/** One decimal is finer than a screen pixel at any zoom step, and keeps the path data short. */
const n = (v: number) => String(Math.round(v * 10) / 10);

/** A circle as path data: two arcs from its leftmost point. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
}

/** A marker's shape centred on x, y with "radius" r: never colour alone (WCAG 1.4.1). */
export function shapePath(kind: MarkerKind, x: number, y: number, r: number): string {
  switch (kind) {
    case 'access':
      return `M${n(x)} ${n(y - r * 1.25)}L${n(x + r * 1.25)} ${n(y)}L${n(x)} ${n(y + r * 1.25)}L${n(x - r * 1.25)} ${n(y)}Z`;
    case 'goBetween':
      return `M${n(x)} ${n(y - r * 1.2)}L${n(x + r * 1.1)} ${n(y + r * 0.8)}L${n(x - r * 1.1)} ${n(y + r * 0.8)}Z`;
    case 'information':
      return `M${n(x - r * 0.9)} ${n(y - r * 0.9)}h${n(r * 1.8)}v${n(r * 1.8)}h${n(-r * 1.8)}Z`;
    default:
      return circlePath(x, y, r);
  }
}

export interface MarkerPaths {
  /** Path data per marker kind; a kind nobody drawn has is absent. */
  kinds: Partial<Record<MarkerKind, string>>;
  /** The rings around connectors' markers, or '' when none is drawn. */
  connectors: string;
  /** The count badges (counts and mixed mode), or ''. */
  counts: string;
}

/**
 * The path data for everyone placed (`byId` gives their roles and connector mark; a placed id it does
 * not hold is skipped) and every count badge. `markerRadius` is the layout's; shapes are drawn 1.5
 * units smaller, so their outline stays inside it, and a connector's ring on it.
 */
export function markerPaths(
  placed: readonly PlacedPerson[],
  cells: readonly CellCount[],
  byId: ReadonlyMap<string, Pick<Person, 'roles' | 'connector'>>,
  markerRadius: number,
): MarkerPaths {
  const parts: Partial<Record<MarkerKind, string[]>> = {};
  const rings: string[] = [];
  for (const pl of placed) {
    const p = byId.get(pl.id);
    if (!p) continue;
    const kind = markerKind(p);
    (parts[kind] ??= []).push(shapePath(kind, pl.x, pl.y, markerRadius - 1.5));
    if (p.connector) rings.push(circlePath(pl.x, pl.y, markerRadius));
  }
  const kinds: Partial<Record<MarkerKind, string>> = {};
  for (const k of markerKinds) if (parts[k]) kinds[k] = parts[k].join('');
  // A cell's "+n" beside a marker-sized badge (mixed mode) is a hair smaller than a lone count badge.
  const counts = cells.map((c) => circlePath(c.x, c.y, c.label ? c.radius - 1 : c.radius)).join('');
  return { kinds, connectors: rings.join(''), counts };
}

/**
 * The person whose marker is nearest to x, y within `reach` (the marker's radius and a little more), or
 * null: how a click or tap on the markers' shared paths finds its person.
 */
export function personAt(placed: readonly PlacedPerson[], x: number, y: number, reach: number): PlacedPerson | null {
  let best: PlacedPerson | null = null;
  let bestSq = reach * reach;
  for (const pl of placed) {
    const d = (pl.x - x) ** 2 + (pl.y - y) ** 2;
    if (d <= bestSq) {
      best = pl;
      bestSq = d;
    }
  }
  return best;
}
