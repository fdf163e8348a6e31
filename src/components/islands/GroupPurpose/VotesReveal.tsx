import { fill } from '../../../i18n/fill';
import { marks, type Vote } from '../../../lib/group/types';
import { talkFirst, voteSpread } from '../../../lib/group/votes';
import { num, SignDots } from './Charts';
import type { GroupProps } from './props';

/** The members' marks at one check-in: a dot plot per sign and which signs to talk about first. */
export function VotesReveal(props: GroupProps & { votes: readonly Vote[]; headingLevel?: 3 | 4; title?: string }) {
  const { strings: s, lang, marks: markInfo, votes, headingLevel = 4 } = props;
  const spread = voteSpread(votes);
  const first = talkFirst(spread);
  const H = `h${headingLevel}` as const;
  return (
    <div className="reveal">
      <H>{props.title ?? s.revealTitle}</H>
      <p className="group-section__help">{s.revealIntro}</p>
      <ul className="reveal__signs">
        {marks.map((m) => (
          <li key={m} className={spread[m].disagree ? 'reveal__sign reveal__sign--disagree' : 'reveal__sign'}>
            <strong>{markInfo[m].name}</strong>
            <SignDots spread={spread[m]} label={markInfo[m].name} lang={lang} strings={s} />
            <span>
              {spread[m].median === null ? '–' : fill(s.median, { n: num(spread[m].median!, lang) })}
              {spread[m].disagree && <strong className="reveal__flag"> · {s.disagree}</strong>}
            </span>
          </li>
        ))}
      </ul>
      <p className={first.length ? 'notice notice--warn' : undefined}>
        {first.length ? fill(s.talkFirst, { signs: first.map((m) => markInfo[m].name).join(', ') }) : s.noDisagreement}
      </p>
    </div>
  );
}
