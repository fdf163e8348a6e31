import { useMemo } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { summariseNetwork, type NetworkInsight, type NetworkSummary } from '../../../../lib/contacts/network/insights';
import type { GoalKind, Person, Tie } from '../../../../lib/contacts/types';
import { clauseList, nameList, peopleCount, tieCount, wordList } from './names';

interface Props {
  strings: ContactStrings;
  people: Person[];
  /** The map's ids in order and its ties: the reading needs nothing else, so a person's edit does not read it again. */
  order: readonly string[];
  ties: readonly Tie[];
  goal: GoalKind | null;
  /** The printed copy (the screen's insights are not printed). */
  print?: boolean;
}

/** The screen and the printed copy show the same reading: read once per change of the ties. */
let last: { order: readonly string[]; ties: readonly Tie[]; summary: NetworkSummary | null } | null = null;
function readOnce(order: readonly string[], ties: readonly Tie[]): NetworkSummary | null {
  if (last?.order !== order || last.ties !== ties) last = { order, ties, summary: summariseNetwork(order, ties) };
  return last.summary;
}

/** A circle's number in the list of circles (1 for the main one). */
const circleNumber = (clusters: NetworkSummary['reading']['clusters'], members: readonly string[]) =>
  clusters.findIndex((c) => c.members[0] === members[0]) + 1;

/** A circle in a sentence: its number in the list of circles and its first people, "circle 2 (Bo, Eva and others)". */
function circleName(
  s: ContactStrings,
  clusters: NetworkSummary['reading']['clusters'],
  members: readonly string[],
  byId: Map<string, Person>,
) {
  const n = circleNumber(clusters, members);
  const first = members.slice(0, members.length > 3 ? 2 : 3).map((id) => byId.get(id)?.name ?? '');
  const names = members.length > 3 ? fill(s.ties.circleOthers, { names: first.join(', ') }) : first.join(', ');
  return fill(s.ties.circle, { n, names });
}

function insightText(s: ContactStrings, summary: NetworkSummary, insight: NetworkInsight, byId: Map<string, Person>): string {
  const t = s.ties;
  const { clusters } = summary.reading;
  const circle = (members: readonly string[]) => circleName(s, clusters, members, byId);
  switch (insight.kind) {
    case 'closeKnit':
      return fill(t.closeKnit, { names: nameList(s, insight.people, byId) });
    case 'scattered':
      return t.scattered;
    case 'broker': {
      const [only] = insight.links;
      if (insight.links.length === 1 && only.people.length === 1) {
        const person = byId.get(only.people[0])?.name ?? '';
        return fill(t.broker, { person, main: circle(insight.main), circle: circle(only.circle) });
      }
      const g = s.netGrouped;
      const links = insight.links.map((link) =>
        fill(g.link, {
          circle: fill(g.circle, { n: circleNumber(clusters, link.circle) }),
          people: wordList(
            s,
            link.people.map((id) => byId.get(id)?.name ?? ''),
          ),
        }),
      );
      return fill(g.broker, { main: fill(g.circle, { n: circleNumber(clusters, insight.main) }), links: clauseList(s, links) });
    }
    case 'ownBridge': {
      if (insight.circles.length === 1) return fill(t.ownBridge, { circle: circle(insight.circles[0]), main: circle(insight.main) });
      const g = s.netGrouped;
      const list = wordList(
        s,
        insight.circles.map((c) => String(circleNumber(clusters, c))),
        8,
      );
      return fill(g.ownBridge, { circles: fill(g.circles, { list }), main: fill(g.circle, { n: circleNumber(clusters, insight.main) }) });
    }
    case 'loners':
      return fill(t.loners, { names: nameList(s, insight.people, byId) });
  }
}

/**
 * What the ties show, in plain words: the density and what it means for the reader's goal, the circles,
 * and the insights (brokers, the reader's own bridges, people who know nobody), each with one suggestion.
 */
export function NetworkInsights({ strings: s, people, order, ties, goal, print = false }: Props) {
  const t = s.ties;
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const summary = useMemo(() => readOnce(order, ties), [order, ties]);
  if (!summary) return null;
  const { reading, insights } = summary;
  const Heading = print ? 'h2' : 'h3';
  return (
    <div className={print ? 'cm-net cm-net--print print-only' : 'cm-net'}>
      <Heading>{t.netTitle}</Heading>
      <p>{t.netIntro}</p>
      <p>
        {fill(t.density, {
          share: Math.round(reading.density * 100),
          ties: tieCount(s, reading.ties),
          people: peopleCount(s, reading.people),
        })}{' '}
        {t.densityLevel[reading.densityLevel]} {t.densityGoal[goal ?? 'own']}
      </p>
      {reading.clusters.length > 0 && (
        <>
          <p className="cm-net__label">{t.clustersTitle}</p>
          <ul>
            {reading.clusters.map((c, i) => (
              <li key={i}>{fill(t.cluster, { n: i + 1, names: nameList(s, c.members, byId, 5), share: Math.round(c.density * 100) })}</li>
            ))}
          </ul>
        </>
      )}
      {insights.length > 0 && (
        <ul className="cm-net__insights">
          {insights.map((insight, i) => (
            <li key={i} data-insight={insight.kind}>
              {insightText(s, summary, insight, byId)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
