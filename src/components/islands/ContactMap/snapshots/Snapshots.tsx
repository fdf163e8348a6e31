import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { formatDay } from '../../../../i18n/dates';
import { fill } from '../../../../i18n/fill';
import { distinctLabels } from '../../../../lib/contacts/snapshots/list';
import { SNAPSHOT_LIMIT } from '../../../../lib/contacts/snapshots/types';
import { $snapshots, $snapshotsStatus, deleteSnapshot, saveSnapshot } from '../../../../stores/contactSnapshots';
import { Comparison } from './Comparison';
import { Shell, type SnapshotsProps } from './Shell';
import './snapshots.css';

/** Save the map as it is today, list and delete saved snapshots, and compare any two. */
export default function Snapshots({ strings, lang, live, people }: SnapshotsProps) {
  const s = strings.snapshots;
  const list = useStore($snapshots).snapshots;
  const status = useStore($snapshotsStatus);
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<{ earlier: string; later: string } | null>(null);
  const ready = live && status.save !== 'checking' && status.save !== 'readonly';
  const day = (iso: string) => formatDay(iso, lang);
  const labels = distinctLabels(
    list.map((snap) => fill(snap.people.length === 1 ? s.itemOne : s.item, { date: day(snap.date), n: snap.people.length })),
  );
  const ids = list.map((snap) => snap.id);
  // Until the reader chooses, the two newest are compared.
  const earlierId = chosen && ids.includes(chosen.earlier) ? chosen.earlier : ids.at(-2);
  const laterId = chosen && ids.includes(chosen.later) ? chosen.later : ids.at(-1);
  const earlier = list.find((snap) => snap.id === earlierId);
  const later = list.find((snap) => snap.id === laterId);
  const comparing = earlier && later && earlier !== later;

  function save() {
    const result = saveSnapshot();
    if (result.ok) return setMessage(fill(s.saved, { date: day(result.date) }));
    setMessage(result.reason === 'full' ? fill(s.full, { limit: SNAPSHOT_LIMIT }) : result.reason === 'noRoom' ? s.noRoom : s.locked);
  }
  const choose = (which: 'earlier' | 'later', id: string) => setChosen({ earlier: earlierId ?? '', later: laterId ?? '', [which]: id });

  return (
    <Shell title={s.title} printed={!!comparing}>
      <div className="no-print">
        <p>{s.intro}</p>
        <button type="button" onClick={save} disabled={!ready || people === 0}>
          {s.save}
        </button>
        {people === 0 && <p className="cm-muted">{s.noPeople}</p>}
        <p role="status" className="cm-snapshots__message">
          {message}
        </p>
        <h4>{s.listTitle}</h4>
        {list.length === 0 ? (
          <p className="cm-muted">{s.empty}</p>
        ) : (
          <>
            <p>{fill(s.count, { n: list.length, limit: SNAPSHOT_LIMIT })}</p>
            <ul className="cm-snapshots__list">
              {list.map((snap, i) => (
                <li key={snap.id}>
                  <span>{labels[i]}</span>
                  <button
                    type="button"
                    className="secondary"
                    disabled={!ready}
                    aria-label={fill(s.deleteLabel, { date: labels[i]! })}
                    onClick={() => {
                      deleteSnapshot(snap.id);
                      setMessage(fill(s.deleted, { date: labels[i]! }));
                    }}
                  >
                    {s.delete}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <h4>{s.compareTitle}</h4>
        {list.length < 2 ? (
          <p className="cm-muted">{s.compareNeedsTwo}</p>
        ) : (
          <div className="cm-snapshots__pick">
            {(['earlier', 'later'] as const).map((which) => (
              <div key={which}>
                <label htmlFor={`cm-snapshot-${which}`}>{s[which]}</label>
                <select
                  id={`cm-snapshot-${which}`}
                  value={(which === 'earlier' ? earlierId : laterId) ?? ''}
                  onChange={(e) => choose(which, e.currentTarget.value)}
                >
                  {list.map((snap, i) => (
                    <option key={snap.id} value={snap.id}>
                      {labels[i]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        )}
        {earlier && later && earlier === later && <p>{s.sameChosen}</p>}
      </div>
      {comparing && <Comparison strings={strings} lang={lang} earlier={earlier} later={later} />}
    </Shell>
  );
}
