import { EditableText } from '../shared/EditableText';
import { fill } from '../../../i18n/fill';
import { groupFocuses, groupKinds, limits, opennessValues, textLimits, type FieldSection, type Worksheet } from '../../../lib/group/types';
import { purposes } from '../../../lib/quiz/types';
import * as actions from '../../../stores/group';
import type { GroupProps, SheetProps } from './props';

type Props = SheetProps;
type Strings = GroupProps['strings'];

/** One section's frame: heading, help text and the suggested workshop time. */
function Section({ id, strings: s, children }: { id: keyof Strings['sections']; strings: Strings; children: React.ReactNode }) {
  const meta = s.sections[id];
  return (
    <section className="group-section" aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`}>{meta.title}</h2>
      <p className="group-section__help">
        {meta.help} <span className="group-section__time">{fill(s.minutes, { n: meta.minutes })}</span>
      </p>
      {children}
    </section>
  );
}

/** A long-text answer, saved as the reader types. */
function TextField<K extends FieldSection>({
  sheet,
  section,
  field,
  strings: s,
  disabled,
}: Props & { section: K; field: keyof Worksheet[K] & string }) {
  const id = `${section}-${field}`;
  const max = (textLimits[section] as Record<string, number | undefined>)[field] ?? limits.longText;
  const value = (sheet[section] as unknown as Record<string, unknown>)[field];
  return (
    <div className="field">
      <label htmlFor={id}>{s.fields[field as keyof Strings['fields']]}</label>
      <EditableText
        id={id}
        multiline
        rows={max <= limits.shortText ? 1 : 3}
        limit={max}
        value={typeof value === 'string' ? value : ''}
        disabled={disabled}
        onSave={(text) => actions.updateSection(sheet.id, section, { [field]: text } as never)}
      />
    </div>
  );
}

/** A choice among fixed values, as radio buttons in a fieldset (with "not chosen"). */
function Choice<K extends FieldSection>({
  sheet,
  section,
  field,
  values,
  labels,
  strings: s,
  disabled,
}: Props & { section: K; field: keyof Worksheet[K] & string; values: readonly string[]; labels: Record<string, string> }) {
  const current = (sheet[section] as unknown as Record<string, unknown>)[field] ?? null;
  const name = `${section}-${field}`;
  return (
    <fieldset className="choice">
      <legend>{s.fields[field as keyof Strings['fields']]}</legend>
      {[...values, null].map((v) => (
        <label key={v ?? 'none'} className="choice__option">
          <input
            type="radio"
            name={name}
            checked={current === v}
            disabled={disabled}
            onChange={() => actions.updateSection(sheet.id, section, { [field]: v } as never)}
          />
          {v === null ? s.options.none : labels[v]}
        </label>
      ))}
    </fieldset>
  );
}

export function Sections(props: Props) {
  const { strings: s, sheet, purposeNames, disabled } = props;
  const options = s.options as Record<string, string>;
  return (
    <div className="group__sections">
      <Section id="purpose" strings={s}>
        <TextField {...props} section="purpose" field="text" />
        <Choice {...props} section="purpose" field="first" values={purposes} labels={purposeNames} />
        <Choice {...props} section="purpose" field="second" values={purposes} labels={purposeNames} />
        <TextField {...props} section="purpose" field="memberValue" />
        <TextField {...props} section="purpose" field="timeValue" />
      </Section>
      <Section id="boundaries" strings={s}>
        <Choice {...props} section="boundaries" field="openness" values={opennessValues} labels={options} />
        <Choice {...props} section="boundaries" field="kind" values={groupKinds} labels={options} />
        <Choice {...props} section="boundaries" field="focus" values={groupFocuses} labels={options} />
        <TextField {...props} section="boundaries" field="privateLine" />
      </Section>
      <Section id="members" strings={s}>
        <TextField {...props} section="members" field="who" />
        <TextField {...props} section="members" field="mix" />
        <TextField {...props} section="members" field="missing" />
      </Section>
      <Section id="content" strings={s}>
        <TextField {...props} section="content" field="shared" />
        <TextField {...props} section="content" field="passion" />
      </Section>
      <Section id="form" strings={s}>
        <TextField {...props} section="form" field="rhythm" />
        <TextField {...props} section="form" field="structure" />
        <TextField {...props} section="form" field="variation" />
        <TextField {...props} section="form" field="leadership" />
        <TextField {...props} section="form" field="giveReceive" />
      </Section>
      <Section id="contributions" strings={s}>
        <ul className="members">
          {sheet.contributions.map((m, i) => (
            <li key={m.id} className="members__row">
              <div className="field">
                <label htmlFor={`member-${m.id}-name`}>
                  {s.memberName} {i + 1}
                </label>
                <EditableText
                  id={`member-${m.id}-name`}
                  value={m.name}
                  limit={limits.name}
                  disabled={disabled}
                  onSave={(name) => actions.updateContribution(sheet.id, m.id, { name })}
                />
              </div>
              <div className="field">
                <label htmlFor={`member-${m.id}-contribution`}>{s.memberContribution}</label>
                <EditableText
                  id={`member-${m.id}-contribution`}
                  multiline
                  value={m.contribution}
                  limit={limits.note}
                  disabled={disabled}
                  onSave={(contribution) => actions.updateContribution(sheet.id, m.id, { contribution })}
                />
              </div>
              <button type="button" className="danger small" disabled={disabled} onClick={() => actions.removeContribution(sheet.id, m.id)}>
                {fill(s.removeMember, { name: m.name || `${s.memberFallback} ${i + 1}` })}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="secondary" disabled={disabled} onClick={() => actions.addContribution(sheet.id)}>
          {s.addMember}
        </button>
      </Section>
      <Section id="measure" strings={s}>
        <TextField {...props} section="measure" field="worth" />
        <TextField {...props} section="measure" field="revisit" />
      </Section>
    </div>
  );
}
