import { fill } from '../../../i18n/fill';
import { formatDay } from '../../../lib/group/dates';
import { groupSpread } from '../../../lib/group/spread';
import { sortCheckIns, unansweredFields } from '../../../lib/group/state';
import { vitalityTrend } from '../../../lib/group/vitality';
import { purposes } from '../../../lib/quiz/types';
import { Trend } from './Trend';
import { VotesReveal } from './VotesReveal';
import { marks, sectionFields, type FieldSection, type Mark, type Worksheet } from '../../../lib/group/types';
import { verdictText } from './verdict';
import type { GroupProps } from './props';
import { VitalityProfile } from './VitalityProfile';

/**
 * The filled worksheet as a document. Empty answers say so. In the worksheet island it is shown only when
 * printing (the form is on screen); on the "my results" page it is `visible`, one per worksheet.
 */
export function PrintView(props: GroupProps & { sheet: Worksheet; visible?: boolean; headingLevel?: 2 | 3 }) {
  const { strings: s, sheet, purposeNames, visible = false, headingLevel = 2 } = props;
  const Name = `h${headingLevel}` as const;
  const Section = `h${headingLevel + 1}` as 'h3' | 'h4';
  const names = Object.fromEntries(marks.map((m) => [m, props.marks[m].name])) as Record<Mark, string>;
  const empty = unansweredFields(sheet);
  const options = s.options as Record<string, string>;
  const latest = sortCheckIns(sheet.checkIns).at(-1);
  const show = (section: FieldSection, field: string) => {
    if ((empty[section] as string[]).includes(field)) return <em className="unanswered">{s.unanswered}</em>;
    const value = (sheet[section] as unknown as Record<string, unknown>)[field];
    if (typeof value !== 'string') return '';
    return field === 'first' || field === 'second' ? purposeNames[value as keyof typeof purposeNames] : (options[value] ?? value);
  };
  return (
    <div className={visible ? 'group-print' : 'print-only group-print'} aria-hidden={visible ? undefined : 'true'}>
      <Name className="group-print__name">{sheet.name}</Name>
      {(['purpose', 'boundaries', 'members', 'content', 'form'] as const).map((section) => (
        <section key={section}>
          <Section className="group-print__section">{s.sections[section].title}</Section>
          <dl>
            {(sectionFields[section] as readonly string[]).map((field) => (
              <div key={field}>
                <dt>{s.fields[field as keyof typeof s.fields]}</dt>
                <dd>{show(section, field)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section>
        <Section className="group-print__section">{s.sections.contributions.title}</Section>
        {sheet.contributions.length === 0 ? (
          <p>
            <em className="unanswered">{s.unanswered}</em>
          </p>
        ) : (
          <dl>
            {sheet.contributions.map((m, i) => (
              <div key={m.id}>
                <dt>{m.name || `${s.memberName} ${i + 1}`}</dt>
                <dd>{m.contribution || <em className="unanswered">{s.unanswered}</em>}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section>
        <Section className="group-print__section">{s.sections.measure.title}</Section>
        <dl>
          {(sectionFields.measure as readonly string[]).map((field) => (
            <div key={field}>
              <dt>{s.fields[field as keyof typeof s.fields]}</dt>
              <dd>{show('measure', field)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {sheet.memberResults.length > 0 && <PrintMembers {...props} />}
      {latest && (
        <section>
          <Section className="group-print__section">{fill(s.latestTitle, { date: formatDay(latest.date, props.lang) })}</Section>
          <VitalityProfile
            ratings={latest.ratings}
            names={names}
            title={s.profileTitle}
            id={visible ? `results-profile-${sheet.id}` : 'print-profile'}
          />
          <p>{marks.map((m) => `${names[m]}: ${latest.ratings[m] ?? '–'}`).join(' · ')}</p>
          {latest.votes.length > 0 && (
            <VotesReveal
              {...props}
              votes={latest.votes}
              headingLevel={4}
              title={fill(s.latestSpreadTitle, { date: formatDay(latest.date, props.lang) })}
            />
          )}
        </section>
      )}
      {sheet.checkIns.length > 0 && (
        <section className="group-print__trend">
          <Section className="group-print__section">{s.trendTitle}</Section>
          <Trend {...props} trend={vitalityTrend(sheet.checkIns)} />
        </section>
      )}
    </div>
  );
}

/** The members' quiz results on paper: who wants what first, next to the chosen purpose. */
function PrintMembers(props: GroupProps & { sheet: Worksheet; headingLevel?: 2 | 3 }) {
  const { strings: s, sheet, purposeNames, headingLevel = 2 } = props;
  const Section = `h${headingLevel + 1}` as 'h3' | 'h4';
  const view = groupSpread(sheet.memberResults, sheet.purpose.first);
  const byId = new Map(view.members.map((m) => [m.id, m]));
  const verdict = verdictText(props, view);
  return (
    <section className="group-print__members">
      <Section className="group-print__section">{fill(s.membersTitle, { n: sheet.memberResults.length })}</Section>
      <p>
        {s.spreadPrimary}: {purposes.map((p) => `${purposeNames[p]} ${view.primaryCounts[p]}`).join(' · ')}
      </p>
      {verdict && <p>{verdict}</p>}
      <ol className="group-print__member-list">
        {sheet.memberResults.map((m, i) => (
          <li key={m.id}>
            <span className="user-text">{m.name.trim() || fill(s.memberNumber, { n: i + 1 })}</span>:{' '}
            {(byId.get(m.id)?.primary ?? []).map((p) => purposeNames[p]).join(', ')} <span className="group-print__code">({m.code})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
