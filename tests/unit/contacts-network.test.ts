import { describe, expect, it } from 'vitest';
import { communities } from '../../src/lib/contacts/network/communities';
import { NETWORK_READING_FROM, networkInsights, type NetworkInsight } from '../../src/lib/contacts/network/insights';
import { readNetwork } from '../../src/lib/contacts/network/reading';
import { keepTiesAmong, knownNames, knows, markGroup, setKnown, tieOf, tiesOf, type Tie } from '../../src/lib/contacts/network/ties';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const clique = (group: string[]): Tie[] => markGroup([], group);

/** A seeded pseudo-random generator, so the planted networks are the same every run. */
function seeded(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('ties', () => {
  it('are pairs with the smaller id first, and nobody is tied to themself', () => {
    expect(tieOf('b', 'a')).toEqual(['a', 'b']);
    expect(tieOf('a', 'a')).toBeNull();
  });

  it('"knows these" replaces the ties among the people shown and keeps the others', () => {
    let ties = markGroup([], ['a', 'b', 'c']);
    ties = markGroup(ties, ['a', 'x']);
    // the picker showed b, c and d: a knows d now, no longer c; a–x (not shown) stays
    ties = setKnown(ties, 'a', ['b', 'd'], ['b', 'c', 'd']);
    expect(tiesOf(ties, 'a')).toEqual(['b', 'd', 'x']);
    expect(knows(ties, 'b', 'c')).toBe(true);
    expect(knows(ties, 'c', 'a')).toBe(false);
  });

  it('"know each other" ties every pair in the group once', () => {
    const group = ids('p', 5);
    const ties = markGroup(markGroup([], group), group.slice(0, 3));
    expect(ties).toHaveLength((group.length * (group.length - 1)) / 2);
  });

  it("a person's ties by name, alphabetically, the first few and how many more", () => {
    const ties = markGroup([], ['a', 'b', 'c', 'd', 'e']);
    const names: Record<string, string> = { b: 'Øjvind', c: 'Bo', d: 'Åse', e: 'Anna' };
    const all = knownNames(ties, 'a', (id) => names[id]);
    expect(all).toEqual({ names: ['Anna', 'Bo', 'Øjvind', 'Åse'], more: 0 });
    expect(knownNames(ties, 'a', (id) => names[id], 2)).toEqual({ names: all.names.slice(0, 2), more: all.names.length - 2 });
    // someone the map no longer holds is not named
    expect(knownNames(ties, 'b', (id) => (id === 'c' ? undefined : names[id])).names).not.toContain('Bo');
    expect(knownNames([], 'a', (id) => names[id])).toEqual({ names: [], more: 0 });
  });

  it('ties to someone removed from the map are dropped', () => {
    const ties = clique(['a', 'b', 'c']);
    expect(keepTiesAmong(ties, ['a', 'c'])).toEqual([['a', 'c']]);
  });
});

describe('communities', () => {
  it('finds two groups joined by one tie', () => {
    // 0–4 all know each other, 5–9 too, and 4 knows 5
    const n = 10;
    const adjacency = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => j).filter((j) => j !== i && i < 5 === j < 5));
    adjacency[4].push(5);
    adjacency[5].push(4);
    expect(communities(adjacency)).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
    ]);
  });
});

describe('reading the network', () => {
  const work = ids('w', 6);
  const sport = ids('s', 4);
  const family = ids('f', 4);

  it('names the one person between the main cluster and another as its broker', () => {
    // w1 is the only one from work who knows people from the sports club, and knows three of them
    const ties = [...clique(work), ...clique(sport), ['s1', 'w1'], ['s2', 'w1'], ['s3', 'w1']] as Tie[];
    const reading = readNetwork([...work, ...sport], ties);
    expect(reading.clusters.map((c) => c.members)).toEqual([work, sport]);
    expect(reading.brokers).toEqual([{ person: 'w1', cluster: 1 }]);
    expect(reading.ownBridges).toEqual([]);
  });

  it('with several links between two clusters names no broker', () => {
    const ties = [...clique(work), ...clique(sport), ['s1', 'w1'], ['s2', 'w2']] as Tie[];
    expect(readNetwork([...work, ...sport], ties).brokers).toEqual([]);
  });

  it('a circle nobody on the map links to is one the reader alone bridges', () => {
    const ties = [...clique(work), ...clique(family)];
    const reading = readNetwork([...work, ...family, 'x1'], ties);
    expect(reading.clusters[reading.ownBridges[0]].members).toEqual(family);
    expect(reading.loners).toEqual(['x1']);
  });

  it('says how dense the network is', () => {
    const everyone = [...work, ...sport];
    expect(readNetwork(everyone, clique(everyone))).toMatchObject({ density: 1, densityLevel: 'high' });
    expect(readNetwork(everyone, [])).toMatchObject({ density: 0, densityLevel: 'low', clusters: [] });
    expect(readNetwork(['a'], [])).toMatchObject({ density: 0, people: 1 });
  });

  it('is the same whatever order the ties come in', () => {
    const ties = [...clique(work), ...clique(sport), ['s1', 'w1']] as Tie[];
    const people = [...work, ...sport];
    expect(readNetwork(people, [...ties].reverse())).toEqual(readNetwork(people, ties));
  });

  describe('at the size of a full map', () => {
    // six circles of 25 who mostly know each other, and a few ties across
    const random = seeded(7);
    const circles = Array.from({ length: 6 }, (_, c) => ids(`c${c}-`, 25));
    const people = circles.flat();
    const ties: Tie[] = [];
    for (const circle of circles) for (const a of circle) for (const b of circle) if (a < b && random() < 0.4) ties.push([a, b]);
    for (let k = 0; k < 12; k++) {
      const [a, b] = [people[Math.floor(random() * people.length)], people[Math.floor(random() * people.length)]];
      const tie = tieOf(a, b);
      if (tie) ties.push(tie);
    }

    it('finds the planted circles', () => {
      const found = readNetwork(people, ties).clusters.map((c) => [...c.members].sort());
      for (const circle of circles) expect(found).toContainEqual([...circle].sort());
    });

    it(`reads ${people.length} people in under 50 ms`, () => {
      const times = Array.from({ length: 5 }, () => {
        const start = performance.now();
        readNetwork(people, ties);
        return performance.now() - start;
      });
      // the fastest of five, so a busy machine does not fail the test
      expect(Math.min(...times)).toBeLessThan(50);
    });
  });
});

describe('insights from the ties', () => {
  const work = ids('w', 6);
  const club = ids('s', 4);
  const family = ids('f', 3);

  it('names the broker with the circle they lead to, and the circle only the reader links', () => {
    const ties = [...clique(work), ...clique(club), ...clique(family), ['s1', 'w1']] as Tie[];
    const insights = networkInsights(readNetwork([...work, ...club, ...family], ties));
    // the one tie between work and the club: both its ends, in one finding
    expect(insights).toContainEqual({ kind: 'broker', main: work, links: [{ circle: club, people: ['s1', 'w1'] }] });
    expect(insights).toContainEqual({ kind: 'ownBridge', main: work, circles: [family] });
  });

  describe('on a map of many circles', () => {
    // A main circle, circles each reached through one person from it, and circles nobody on the map links to it.
    const main = ids('m', 8);
    const reached = Array.from({ length: 4 }, (_, c) => ids(`r${c}-`, 4));
    const apart = Array.from({ length: 3 }, (_, c) => ids(`a${c}-`, 3));
    const people = [...main, ...reached.flat(), ...apart.flat()];
    // each reached circle: its first member knows three people in the main circle, and nobody else there does
    const across = reached.flatMap((circle, c) => main.slice(c, c + 3).map((m) => tieOf(m, circle[0])!));
    const ties = [...clique(main), ...reached.flatMap(clique), ...apart.flatMap(clique), ...across];
    const insights = networkInsights(readNetwork(people, ties));
    const ofKind = <K extends NetworkInsight['kind']>(kind: K) =>
      insights.filter((i): i is Extract<NetworkInsight, { kind: K }> => i.kind === kind);

    it('says each kind of finding once', () => {
      const kinds = insights.map((i) => i.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
    });

    it('names every circle reached through one person, and that person, in the broker finding', () => {
      const [broker] = ofKind('broker');
      expect(broker.main).toEqual(main);
      expect(broker.links.map((l) => [...l.circle].sort())).toEqual(reached.map((c) => [...c].sort()));
      expect(broker.links.map((l) => l.people)).toEqual(reached.map((c) => [c[0]]));
    });

    it('names every circle only the reader links in one finding', () => {
      const [own] = ofKind('ownBridge');
      expect(own.circles.map((c) => [...c].sort())).toEqual(apart.map((c) => [...c].sort()));
    });
  });

  it('says a network where everyone knows everyone brings the same news twice', () => {
    const everyone = [...work, ...club];
    expect(networkInsights(readNetwork(everyone, clique(everyone)))).toEqual([{ kind: 'closeKnit', density: 1, people: everyone }]);
  });

  it('says nothing about a map too small to read', () => {
    const few = work.slice(0, NETWORK_READING_FROM.people - 1);
    expect(networkInsights(readNetwork(few, clique(few)))).toEqual([]);
  });
});
