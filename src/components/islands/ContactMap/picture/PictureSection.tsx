import { useId, useState } from 'react';
import { formatDay } from '../../../../i18n/dates';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import type { Goal, Person } from '../../../../lib/contacts/types';
import type { Purpose } from '../../../../lib/quiz/types';
import { today } from '../../../../stores/contacts';
import { datedFilename, downloadBlob, downloadText } from '../../shared/download';
import { goalText } from '../PrintView';
import './picture.css';
import { Section } from '../labelled';

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  goal: Goal;
  people: Person[];
  purposeNames: Record<Purpose, string>;
}

/**
 * The map as a picture: SVG or PNG (at twice the map's size, for print), made from the map as drawn above,
 * with names or only initials. The code that makes it loads when a button is pressed.
 */
export default function PictureSection({ strings, lang, goal, people, purposeNames }: Props) {
  const s = strings.picture;
  const [initials, setInitials] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  if (people.length === 0) return null;

  async function download(kind: 'svg' | 'png') {
    const map = document.querySelector<SVGSVGElement>('svg.cm-map');
    if (!map) return setMessage(s.noMap);
    setBusy(true);
    setMessage(s.working);
    try {
      const { makePicture, pictureToPng } = await import('./makePicture');
      const words = goalText(strings, goal, purposeNames);
      const text = {
        title: s.fileTitle,
        legend: { ...strings.roles, none: strings.legendNone, connector: strings.legendConnector, count: strings.legendCount },
        goal: words ? fill(s.goal, { goal: words }) : '',
        date: fill(s.date, { date: formatDay(today(), lang) }),
      };
      const picture = makePicture(map, text, initials ? new Map(people.map((p) => [p.id, p.name])) : null);
      const file = datedFilename(lang === 'da' ? 'netvaerkskort' : 'contact-map', kind);
      if (kind === 'svg') downloadText(file, picture.svg, 'image/svg+xml');
      else downloadBlob(file, await pictureToPng(picture));
      setMessage(fill(s.done, { file }));
    } catch {
      setMessage(s.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="cm-picture" level={3} className="cm-picture no-print" title={s.title}>
      <p>{s.intro}</p>
      <div className="cm-picture__option">
        <input
          id="cm-picture-initials"
          type="checkbox"
          checked={initials}
          onChange={(e) => setInitials(e.currentTarget.checked)}
          aria-describedby={hintId}
        />
        <label htmlFor="cm-picture-initials">{s.initials}</label>
        <p id={hintId} className="cm-muted">
          {s.initialsHint}
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="secondary" disabled={busy} onClick={() => void download('svg')}>
          {s.svg}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void download('png')}>
          {s.png}
        </button>
      </div>
      <p role="status" className="cm-picture__status">
        {message}
      </p>
    </Section>
  );
}
