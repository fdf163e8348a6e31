import { fill } from '../../../i18n/fill';
import { sortCheckIns, unansweredFields } from '../../../lib/group/state';
import { marks, sectionFields, type FieldSection, type Mark, type Worksheet } from '../../../lib/group/types';
import type { GroupProps } from './GroupPurpose';
import { VitalityProfile } from './VitalityProfile';

/** The filled worksheet as a document, shown only when printing. Empty answers say so. */
export function PrintView(props: GroupProps & { sheet: Worksheet }) {
  const { strings: s, sheet, purposeNames } = props;
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
    <div className="print-only group-print" aria-hidden="true">
      <h2>{sheet.name}</h2>
      {(['purpose', 'boundaries', 'members', 'content', 'form'] as const).map((section) => (
        <section key={section}>
          <h3>{s.sections[section].title}</h3>
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
        <h3>{s.sections.contributions.title}</h3>
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
        <h3>{s.sections.measure.title}</h3>
        <dl>
          {(sectionFields.measure as readonly string[]).map((field) => (
            <div key={field}>
              <dt>{s.fields[field as keyof typeof s.fields]}</dt>
              <dd>{show('measure', field)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {latest && (
        <section>
          <h3>{fill(s.latestTitle, { date: latest.date })}</h3>
          <VitalityProfile ratings={latest.ratings} names={names} title={s.profileTitle} id="print-profile" />
          <p>{marks.map((m) => `${names[m]}: ${latest.ratings[m] ?? '–'}`).join(' · ')}</p>
        </section>
      )}
    </div>
  );
}
