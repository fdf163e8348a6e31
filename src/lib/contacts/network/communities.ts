/**
 * Groups of people who mostly know each other, found by modularity (Newman 2006) with the Louvain
 * method (Blondel et al. 2008): move each person to the neighbouring group that raises modularity most,
 * then treat the groups as people and repeat, until nothing moves. Deterministic (people are visited in
 * the order given, ties keep the current group), so the same map always gives the same groups.
 *
 * Written here rather than taken from graphology-communities-louvain: with graphology that is about
 * 19 KB gzip on a phone for maps of at most a few hundred people, where this is well under 2 KB.
 */

type Weights = Map<number, Map<number, number>>;

function addWeight(graph: Weights, a: number, b: number, w: number) {
  let row = graph.get(a);
  if (!row) graph.set(a, (row = new Map()));
  row.set(b, (row.get(b) ?? 0) + w);
}

/** One Louvain level: a group index for every node (0..count-1), and whether anything moved. */
function localMoves(size: number, graph: Weights): { group: number[]; moved: boolean } {
  const degree = Array.from({ length: size }, (_, i) => {
    // a folded group's self-loop already holds its inner ties twice (once from each end)
    let sum = 0;
    for (const w of graph.get(i)?.values() ?? []) sum += w;
    return sum;
  });
  const twoM = degree.reduce((a, b) => a + b, 0);
  const group = Array.from({ length: size }, (_, i) => i);
  const total = [...degree];
  let moved = false;
  if (twoM === 0) return { group, moved };
  for (let pass = 0, changed = true; changed && pass < 50; pass++) {
    changed = false;
    for (let i = 0; i < size; i++) {
      const own = group[i];
      const links = new Map<number, number>();
      for (const [j, w] of graph.get(i) ?? []) if (j !== i) links.set(group[j], (links.get(group[j]) ?? 0) + w);
      total[own] -= degree[i];
      const gain = (g: number) => (links.get(g) ?? 0) - (total[g] * degree[i]) / twoM;
      let best = own;
      let bestGain = gain(own);
      for (const g of links.keys()) {
        const value = gain(g);
        if (value > bestGain + 1e-12) [best, bestGain] = [g, value];
      }
      total[best] += degree[i];
      if (best !== own) {
        group[i] = best;
        changed = moved = true;
      }
    }
  }
  return { group, moved };
}

/**
 * The communities of an undirected graph given as neighbour lists (index → indices), as lists of
 * node indices: larger communities first, each in index order.
 */
export function communities(adjacency: readonly (readonly number[])[]): number[][] {
  let graph: Weights = new Map();
  adjacency.forEach((row, i) => row.forEach((j) => i < j && (addWeight(graph, i, j, 1), addWeight(graph, j, i, 1))));
  // members[g] = the original nodes inside node g of the current level
  let members: number[][] = adjacency.map((_, i) => [i]);
  for (;;) {
    const { group, moved } = localMoves(members.length, graph);
    if (!moved) break;
    const renumber = new Map<number, number>();
    for (const g of group) if (!renumber.has(g)) renumber.set(g, renumber.size);
    const next: number[][] = Array.from({ length: renumber.size }, () => []);
    group.forEach((g, i) => next[renumber.get(g)!].push(...members[i]));
    const folded: Weights = new Map();
    for (const [i, row] of graph) for (const [j, w] of row) addWeight(folded, renumber.get(group[i])!, renumber.get(group[j])!, w);
    graph = folded;
    members = next;
  }
  return members.map((m) => [...m].sort((a, b) => a - b)).sort((a, b) => b.length - a.length || a[0] - b[0]);
}
