import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { GroupStrings } from '../../../i18n/islands/group';
import { addScannedMarks, type MarksScanOutcome } from '../../../lib/workshop/round';
import { ScannerPanel } from '../RoomScanner/ScannerPanel';
import type { Round } from './voteDrafts';

type Last = { outcome: MarksScanOutcome; text: string; seq: number } | null;

/**
 * The room scanner in a round of votes: the chair scans each member's QR code (or types its short code).
 * Loaded only when the chair asks for it, with the camera and its decoder; duplicates are ignored and counted.
 */
export default function MarksScanner({
  strings: s,
  total,
  currentRound,
  setRound,
}: {
  strings: GroupStrings;
  total: number;
  /** The round as it is stored now (a scan may come long after the last render). */
  currentRound: () => Round | null;
  setRound: (round: Round) => void;
}) {
  const [last, setLast] = useState<Last>(null);
  const [duplicates, setDuplicates] = useState(0);

  const add = (text: string, allowSame: boolean): MarksScanOutcome => {
    const round = currentRound();
    if (!round || round.revealed) return { outcome: 'invalid', reason: 'full' };
    const result = addScannedMarks(round.votes, text, { total: round.total, allowSame });
    if (result.outcome === 'added') setRound({ ...round, votes: result.votes });
    return result;
  };
  const take = (text: string, allowSame = false) => {
    const outcome = add(text, allowSame);
    if (outcome.outcome === 'duplicate') setDuplicates((n) => n + 1);
    setLast((prev) => ({ outcome, text, seq: (prev?.seq ?? 0) + 1 }));
    return outcome;
  };
  const message = (o: MarksScanOutcome) => {
    if (o.outcome === 'added') return fill(s.scanAdded, { n: o.votes.length });
    if (o.outcome === 'duplicate') return s.scanDuplicate;
    return o.reason === 'quiz' ? s.scanQuiz : o.reason === 'full' ? fill(s.scanFull, { total }) : s.scanInvalid;
  };

  return (
    <div className="marks-scan">
      <p className="group-section__help">{s.scanIntro}</p>
      <ScannerPanel strings={s.scanner} inputId="marks-code" live autoOpen onText={(text) => take(text).outcome !== 'invalid'} />
      <div className={`room__last room__last--${last?.outcome.outcome ?? 'none'}`} role="status" key={last?.seq}>
        {last && (
          <p>
            {message(last.outcome)}{' '}
            {last.outcome.outcome === 'duplicate' && (
              <button type="button" className="link-button" onClick={() => take(last.text, true)}>
                {s.scanAddAnyway}
              </button>
            )}
          </p>
        )}
      </div>
      {duplicates > 0 && (
        <p data-testid="marks-duplicates">{duplicates === 1 ? s.scanDuplicatesOne : fill(s.scanDuplicates, { n: duplicates })}</p>
      )}
    </div>
  );
}
