import { fill } from '../../../i18n/fill';
import { sortCheckIns, unansweredFields } from '../../../lib/group/state';
import { marks, sectionFields, type FieldSection, type Mark, type Worksheet } from '../../../lib/group/types';
import type { GroupProps } from './GroupPurpose';
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
      {latest && (
        <section>
          <Section className="group-print__section">{fill(s.latestTitle, { date: latest.date })}</Section>
          <VitalityProfile
            ratings={latest.ratings}
            names={names}
            title={s.profileTitle}
            id={visible ? `results-profile-${sheet.id}` : 'print-profile'}
          />
          <p>{marks.map((m) => `${names[m]}: ${latest.ratings[m] ?? '–'}`).join(' · ')}</p>
        </section>
      )}
    </div>
  );
}
