import { fill } from '../../../i18n/fill';
import type { FirstScreenStrings } from './firstScreenStrings';
import { goalKinds, limits, type Goal } from '../../../lib/contacts/types';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import { useQuizPurposeInUrl } from '../shared/useClientValue';
import { setGoal } from '../../../stores/contacts';
import { TextField } from './TextField';
import { Section } from './labelled';

interface Props {
  strings: FirstScreenStrings;
  goal: Goal;
  live: boolean;
  purposeNames: Record<Purpose, string>;
  quizHref: string;
}

/** 1. The goal: a kind (radio buttons) and the reader's own words; the quiz's purpose when they came from it. */
export function GoalSection({ strings: s, goal, live, purposeNames, quizHref }: Props) {
  const fromQuiz = useQuizPurposeInUrl(purposes);
  const ownMissing = goal.kind === 'own' && goal.text.trim() === '';

  return (
    <Section id="cm-goal" title={s.goalTitle}>
      <p>{s.goalIntro}</p>
      <fieldset className="choice">
        <legend>{s.goalKindLegend}</legend>
        {goalKinds.map((kind) => (
          <label className="choice__option" key={kind}>
            <input
              type="radio"
              name="cm-goal-kind"
              value={kind}
              checked={goal.kind === kind}
              disabled={!live}
              onChange={() => setGoal({ kind })}
            />
            {s.goalKinds[kind]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="cm-goal-text">{s.goalText}</label>
        <p className="field-hint" id="cm-goal-hint">
          {s.goalTextHint}
        </p>
        {ownMissing && (
          <p className="field-error" id="cm-goal-error">
            {s.goalTextRequired}
          </p>
        )}
        <TextField
          id="cm-goal-text"
          value={goal.text}
          disabled={!live}
          describedBy={ownMissing ? 'cm-goal-hint cm-goal-error' : 'cm-goal-hint'}
          invalid={ownMissing}
          maxLength={limits.goalText}
          onCommit={(text) => setGoal({ text })}
        />
      </div>
      {goal.purpose ? (
        <p>
          {fill(s.quizPurpose, { purpose: purposeNames[goal.purpose].toLowerCase() })}{' '}
          <button type="button" className="link-button" disabled={!live} onClick={() => setGoal({ purpose: null })}>
            {s.undo}
          </button>
        </p>
      ) : fromQuiz ? (
        <p>
          {fill(s.quizPurpose, { purpose: purposeNames[fromQuiz].toLowerCase() })}{' '}
          <button type="button" className="secondary" disabled={!live} onClick={() => setGoal({ purpose: fromQuiz })}>
            {s.useQuizPurpose}
          </button>
        </p>
      ) : (
        <p className="cm-muted">
          <a href={quizHref}>{s.takeQuiz}</a>
        </p>
      )}
    </Section>
  );
}
