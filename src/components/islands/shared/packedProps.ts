import { createElement, useMemo, type ComponentType } from 'react';

/** An island's props written as one JSON string (`packProps`), typed by the props it holds. */
export type PackedProps<P> = string & { readonly __props?: P };

/**
 * An island's props as one string prop. Astro writes each prop into the page as a tree of `[type, value]` pairs and
 * the browser rebuilds it in JavaScript, one pair at a time, before the island can hydrate: for the contact map's
 * texts (29 KB) that was about 38 ms of the page's thread in a profile at a phone's 4× slower CPU. One string is
 * rebuilt at once, and `JSON.parse` reads it natively. Only for props that are plain JSON (texts, numbers, links).
 */
export const packProps = <P extends object>(props: P): { packed: PackedProps<P> } => ({ packed: JSON.stringify(props) as PackedProps<P> });

/** The island Astro hydrates: reads the packed props and renders `Component` with them. */
export function fromPackedProps<P extends object>(Component: ComponentType<P>): ComponentType<{ packed: PackedProps<P> }> {
  function PackedIsland({ packed }: { packed: PackedProps<P> }) {
    const props = useMemo(() => JSON.parse(packed) as P, [packed]);
    return createElement(Component, props);
  }
  PackedIsland.displayName = `Packed(${Component.displayName ?? Component.name})`;
  return PackedIsland;
}
