import { useMemo } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Insights, Suggestion } from '../../../lib/contacts/insights';
import { roles, type GoalKind, type Person, type Tie } from '../../../lib/contacts/types';
import { LazyNetworkInsights } from './ties/Lazy';
import { nameList, peopleCount } from './ties/names';
import { Section } from './labelled';

function suggestionText(s: ContactStrings, sg: Suggestion): string {
  switch (sg.code) {
    case 'addPeople':
      return fill(s.suggestions.addPeople, { count: peopleCount(s, sg.count), target: sg.target });
    case 'rateCloseness':
    case 'reconnect':
      return fill(s.suggestions[sg.code], { count: peopleCount(s, sg.count) });
    case 'roleGap':
      return fill(s.suggestions.roleGap, { role: s.roles[sg.role].toLowerCase() });
    case 'fewWeakTies':
      return fill(s.suggestions.fewWeakTies, { share: Math.round(sg.share * 100) });
    case 'fewContexts':
      return fill(s.suggestions.fewContexts, { used: sg.used });
    default:
      return s.suggestions[sg.code];
  }
}

/** 5. What the map shows, in plain words, and what to do next. */
export function InsightsView({
  strings: s,
  people,
  insights,
  order = [],
  ties = [],
  goal = null,
}: {
  strings: ContactStrings;
  people: Person[];
  insights: Insights;
  /** The map's ids in order and who knows whom among them: what the ties show, when any are marked. */
  order?: readonly string[];
  ties?: readonly Tie[];
  goal?: GoalKind | null;
}) {
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  return (
    <Section id="cm-insights" className="cm-insights" title={s.insightsTitle}>
      {insights.total === 0 ? (
        <p className="cm-muted">{s.insightsEmpty}</p>
      ) : (
        <>
          <p>
            {fill(s.insightTotal, {
              people: peopleCount(s, insights.total),
              contexts: insights.contexts.used === 1 ? s.contextsOne : fill(s.contextsMany, { n: insights.contexts.used }),
            })}
          </p>
          {insights.weakTies.shareOfRated !== null && (
            <p>
              {fill(s.insightWeak, { share: Math.round(insights.weakTies.shareOfRated * 100), count: insights.weakTies.count })}{' '}
              {s.insightWeakWhy}
            </p>
          )}
          <ul>
            {roles.map((r) => (
              <li key={r}>
                {insights.roles[r].length
                  ? fill(s.insightRole, { role: s.roles[r], names: nameList(s, insights.roles[r], byId) })
                  : fill(s.insightRoleNone, { role: s.roles[r] })}
              </li>
            ))}
            {insights.connectors.length > 0 && <li>{fill(s.insightConnectors, { names: nameList(s, insights.connectors, byId) })}</li>}
          </ul>
          {insights.suggestions.length > 0 && (
            <>
              <h3>{s.suggestionsTitle}</h3>
              <ul>
                {insights.suggestions.map((sg, i) => (
                  <li key={i}>{suggestionText(s, sg)}</li>
                ))}
              </ul>
            </>
          )}
          {ties.length > 0 && <LazyNetworkInsights strings={s} people={people} order={order} ties={ties} goal={goal} />}
        </>
      )}
    </Section>
  );
}
