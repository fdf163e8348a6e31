import { useMemo } from 'react';
import { formatDay } from '../../../../i18n/dates';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { changesByPerson, insightChanges, type InsightChange, type PersonChange } from '../../../../lib/contacts/snapshots/changes';
import { compareSnapshots, type Snapshot } from '../../../../lib/contacts/snapshots/compare';
import type { Closeness, ContactRole } from '../../../../lib/contacts/types';
import { wordList } from '../ties/names';
import { ChangeMap } from './ChangeMap';

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  earlier: Snapshot;
  later: Snapshot;
}

/** What changed between two snapshots: by kind of change, naming the people, then person by person. */
export function Comparison({ strings, lang, earlier, later }: Props) {
  const s = strings.snapshots;
  const { changes, byPerson, insights } = useMemo(() => {
    const changes = compareSnapshots(earlier, later);
    return { changes, byPerson: changesByPerson(earlier, later, changes), insights: insightChanges(changes.before, changes.after) };
  }, [earlier, later]);
  const names = new Map([...earlier.people, ...later.people].map((p) => [p.id, p.name]));
  const name = (id: string) => names.get(id) ?? id;
  const ring = (c: Closeness | null) => (c ? strings.closeness[c].toLowerCase() : s.notRated);
  const roleNames = (list: readonly ContactRole[]) => list.map((r) => strings.roles[r].toLowerCase()).join(', ');
  const groups: { key: string; title: string; items: string[] }[] = [
    { key: 'added', title: s.added, items: changes.added.map(name) },
    {
      key: 'closer',
      title: s.closer,
      items: changes.closer.map((m) => fill(s.move, { name: name(m.id), from: ring(m.from), to: ring(m.to) })),
    },
    { key: 'revived', title: s.revived, items: changes.revived.map(name) },
    {
      key: 'further',
      title: s.further,
      items: changes.further.map((m) => fill(s.move, { name: name(m.id), from: ring(m.from), to: ring(m.to) })),
    },
    {
      key: 'gained',
      title: s.rolesGained,
      items: changes.roles.filter((r) => r.gained.length).map((r) => fill(s.roleList, { name: name(r.id), roles: roleNames(r.gained) })),
    },
    {
      key: 'lost',
      title: s.rolesLost,
      items: changes.roles.filter((r) => r.lost.length).map((r) => fill(s.roleList, { name: name(r.id), roles: roleNames(r.lost) })),
    },
    { key: 'removed', title: s.removed, items: changes.removed.map(name) },
    { key: 'insights', title: s.insights, items: insights.map((i) => insightText(strings, i, name)) },
  ].filter((g) => g.items.length > 0);
  const describe = (c: PersonChange): string => {
    switch (c.kind) {
      case 'added':
        return s.changeAdded;
      case 'removed':
        return s.changeRemoved;
      case 'revived':
        return s.changeRevived;
      case 'closer':
      case 'further':
        return fill(c.kind === 'closer' ? s.changeCloser : s.changeFurther, { from: ring(c.from), to: ring(c.to) });
      default:
        return fill(c.kind === 'gained' ? s.changeGained : s.changeLost, { roles: roleNames(c.roles) });
    }
  };

  return (
    <div className="cm-comparison">
      <h4 id="cm-comparison-heading">{fill(s.resultTitle, { from: formatDay(earlier.date, lang), to: formatDay(later.date, lang) })}</h4>
      <p className="cm-muted no-print">{s.printHint}</p>
      {groups.length === 0 ? (
        <p>{s.nothingChanged}</p>
      ) : (
        <>
          <div className="cm-comparison__groups">
            {groups.map((g) => (
              <div key={g.key} className="cm-comparison__group" data-change={g.key}>
                <h5>{g.title}</h5>
                <ul>
                  {g.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          {byPerson.length > 0 && (
            <>
              <div className="cm-comparison__per-person">
                <h5>{s.perPersonTitle}</h5>
                <ChangeMap strings={strings} later={later} changed={byPerson} />
              </div>
              <ul className="cm-comparison__people">
                {byPerson.map((p) => (
                  <li key={p.id} data-change={p.changes[0]?.kind}>
                    <strong>{p.name}</strong>: {p.changes.map(describe).join('; ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}

function insightText(strings: ContactStrings, change: InsightChange, name: (id: string) => string): string {
  const s = strings.snapshots;
  switch (change.kind) {
    case 'brokerNew':
    case 'brokerGone':
      return change.people.length === 1
        ? fill(s[change.kind], { name: name(change.people[0]) })
        : fill(strings.netGrouped[change.kind], { names: wordList(strings, change.people.map(name)) });
    case 'density':
      return fill(s.density, { from: s.densityLevels[change.from], to: s.densityLevels[change.to] });
    default:
      return fill(s[change.kind], { from: change.from, to: change.to });
  }
}
