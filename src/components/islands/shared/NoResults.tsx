/**
 * The "my results" page's plain line for an exercise without results, and a link to start it. The
 * classes matter: the page's print rules break pages between sections by them.
 */
export function NoResults({ text, href, link }: { text: string; href: string; link: string }) {
  return (
    <div className="results results--empty">
      <p className="results__none">{text}</p>
      <p className="no-print">
        <a href={href}>{link}</a>
      </p>
    </div>
  );
}

/** Shown on "my results" while an exercise's stored data is read and checked. */
export const ResultsChecking = ({ text }: { text: string }) => <p className="results results--checking">{text}</p>;
