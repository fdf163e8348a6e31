import { useStore } from '@nanostores/react';
import { useDeferredValue } from 'react';
import { $pendingEdits } from '../../../stores/editing';
import { CHECKING_STATUS, type PersistentDoc } from '../../../stores/persist';
import type { StorageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import { fill } from '../../../i18n/fill';
import { formatClock, formatDayMonth } from '../../../i18n/dates';

interface Props {
  strings: StorageStrings;
  lang: Locale;
  /** Name used in downloaded file names, e.g. `quiz`. */
  name: string;
  /** The exercise's stored doc: its status is the save line, its data is "download your answers", its set-aside unreadable value the backup. */
  doc: Pick<PersistentDoc<unknown>, '$data' | '$status' | 'corruptBackup' | 'dismissBackup'>;
  /** Indentation of the downloaded JSON (a large map is written more tightly). */
  jsonIndent?: number;
}

/** The save state line ("Gemt kl. 14.32") and, when something is wrong, a plain-words notice with a way out. */
export function StorageStatus({ strings: s, lang, name, doc, jsonIndent = 2 }: Props) {
  const status = useStore(doc.$status, { ssr: () => CHECKING_STATUS });
  const pendingEdits = useStore($pendingEdits);
  // The line in words a moment later, in a render of its own, so the task that puts a large stored map on the page stays short.
  const shown = useDeferredValue(status);
  const line = (() => {
    if (pendingEdits > 0 && (shown.save === 'saved' || shown.save === 'empty')) return s.saving;
    switch (shown.save) {
      case 'saved': {
        const at = new Date(shown.savedAt ?? '');
        const time = formatClock(at, lang);
        const today = at.toDateString() === new Date().toDateString();
        return today ? fill(s.savedAt, { time }) : fill(s.savedOn, { time, date: formatDayMonth(at, lang) });
      }
      case 'unsaved':
        return s.unsaved;
      case 'memory':
        return s.memory;
      case 'readonly':
        return s.readonly;
      case 'checking':
        return s.checking;
      default:
        return s.notSavedYet;
    }
  })();
  // These buttons show only when the browser's storage failed: their code is fetched then (the service worker has it).
  const download = (file: string, ext: string, text: string, type?: string) =>
    void import('./download').then(({ datedFilename, downloadText }) => downloadText(datedFilename(file, ext), text, type));
  const downloadAnswers = () => download(name, 'json', JSON.stringify(doc.$data.get(), null, jsonIndent));

  return (
    <div className="storage-status no-print" data-pagefind-ignore="all">
      <p role="status" className={`save-line save-line--${shown.save}`}>
        {line}
      </p>
      {status.recovered && (
        <Notice title={s.recoveredTitle} text={s.recoveredText}>
          <button type="button" onClick={() => download(`${name}-gamle-data`, 'txt', doc.corruptBackup() ?? '', 'text/plain')}>
            {s.downloadBackup}
          </button>
          <button type="button" className="secondary" onClick={() => doc.dismissBackup()}>
            {s.dismissBackup}
          </button>
        </Notice>
      )}
      {status.save === 'memory' && (
        <Notice title={s.memoryTitle} text={s.memoryText} action={s.downloadAnswers} onAction={downloadAnswers} />
      )}
      {status.save === 'unsaved' && (
        <Notice title={s.quotaTitle} text={s.quotaText} action={s.downloadAnswers} onAction={downloadAnswers} />
      )}
      {status.save === 'readonly' && (
        <Notice title={s.readonlyTitle} text={s.readonlyText} action={s.reload} onAction={() => location.reload()} />
      )}
    </div>
  );
}

interface NoticeProps {
  title: string;
  text: string;
  action?: string;
  onAction?: () => void;
  children?: React.ReactNode;
}

/**
 * A problem with storage, said in plain words, with what the reader can do about it: one button (`action`,
 * `onAction`), or the buttons given as children.
 */
function Notice({ title, text, action, onAction, children }: NoticeProps) {
  return (
    <div role="alert" className="notice notice--warn">
      <h2>{title}</h2>
      <p>{text}</p>
      <p className="notice__actions">
        {children ?? (
          <button type="button" onClick={onAction}>
            {action}
          </button>
        )}
      </p>
    </div>
  );
}
