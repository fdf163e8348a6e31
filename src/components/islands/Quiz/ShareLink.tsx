import { useState } from 'react';
import type { Scores } from '../../../lib/quiz/scoring';
import { encodeShareCode } from '../../../lib/quiz/share';
import { useClientValue } from '../shared/useClientValue';
import { Heading } from './ResultBody';
import type { QuizProps } from './types';

/** A link that carries the result in its fragment (nothing is sent anywhere), with a copy button. */
export function ShareLink({ strings: s, links, scores, level }: QuizProps & { scores: Scores; level: 3 | 4 }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const shareUrl = useClientValue(() => new URL(`${links.quiz}#${encodeShareCode(scores)}`, location.href).href, '');
  return (
    <div className="quiz__share no-print">
      <Heading level={level}>{s.shareTitle}</Heading>
      <p>{s.shareText}</p>
      <label htmlFor="quiz-share-url">{s.shareLabel}</label>
      <div className="share-row">
        <input id="quiz-share-url" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(shareUrl);
              setCopyState('copied');
            } catch {
              setCopyState('failed');
            }
          }}
        >
          {s.copy}
        </button>
      </div>
      <p role="status" className="share-status">
        {copyState === 'copied' ? s.copied : copyState === 'failed' ? s.copyFailed : ''}
      </p>
    </div>
  );
}
