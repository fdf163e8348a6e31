import { useStore } from '@nanostores/react';
import { $pendingEdits } from '../../../stores/editing';
import type { DocStatus } from '../../../stores/persist';
import type { StorageStrings } from '../../../i18n/islands/storage';
import { intlLocale, type Locale } from '../../../i18n/locales';
import { fill } from '../../../i18n/fill';
import { datedFilename, downloadText } from './download';

interface Props {
  status: DocStatus;
  strings: StorageStrings;
  lang: Locale;
  /** Name used in downloaded file names, e.g. `quiz`. */
  name: string;
  /** The current data as JSON text, for "download your answers". */
  currentJson: () => string;
  backup: () => string | undefined;
  onDismissBackup: () => void;
}

/** The save state line ("Gemt kl. 14.32") and, when something is wrong, a plain-words notice with a way out. */
export function StorageStatus({ status, strings: s, lang, name, currentJson, backup, onDismissBackup }: Props) {
  const locale = intlLocale(lang);
  const pendingEdits = useStore($pendingEdits);
  const line = (() => {
    if (pendingEdits > 0 && (status.save === 'saved' || status.save === 'empty')) return s.saving;
    switch (status.save) {
      case 'saved': {
        const at = new Date(status.savedAt ?? '');
        const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
        const today = at.toDateString() === new Date().toDateString();
        return today
          ? fill(s.savedAt, { time })
          : fill(s.savedOn, { time, date: at.toLocaleDateString(locale, { day: 'numeric', month: 'long' }) });
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
  const downloadAnswers = () => downloadText(datedFilename(name, 'json'), currentJson());

  return (
    <div className="storage-status no-print" data-pagefind-ignore="all">
      <p role="status" className={`save-line save-line--${status.save}`}>
        {line}
      </p>
      {status.recovered && (
        <Notice title={s.recoveredTitle} text={s.recoveredText}>
          <button type="button" onClick={() => downloadText(datedFilename(`${name}-gamle-data`, 'txt'), backup() ?? '', 'text/plain')}>
            {s.downloadBackup}
          </button>
          <button type="button" className="secondary" onClick={onDismissBackup}>
            {s.dismissBackup}
          </button>
        </Notice>
      )}
      {status.save === 'memory' && (
        <Notice title={s.memoryTitle} text={s.memoryText}>
          <button type="button" onClick={downloadAnswers}>
            {s.downloadAnswers}
          </button>
        </Notice>
      )}
      {status.save === 'unsaved' && (
        <Notice title={s.quotaTitle} text={s.quotaText}>
          <button type="button" onClick={downloadAnswers}>
            {s.downloadAnswers}
          </button>
        </Notice>
      )}
      {status.save === 'readonly' && (
        <Notice title={s.readonlyTitle} text={s.readonlyText}>
          <button type="button" onClick={() => location.reload()}>
            {s.reload}
          </button>
        </Notice>
      )}
    </div>
  );
}

/** A problem with storage, said in plain words, with what the reader can do about it. */
function Notice({ title, text, children }: { title: string; text: string; children: React.ReactNode }) {
  return (
    <div role="alert" className="notice notice--warn">
      <h2>{title}</h2>
      <p>{text}</p>
      <p className="notice__actions">{children}</p>
    </div>
  );
}
