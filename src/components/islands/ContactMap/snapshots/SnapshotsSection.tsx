import { lazy, Suspense } from 'react';
import { useHydrated } from '../../shared/useClientValue';
import { Shell, type SnapshotsProps } from './Shell';

/**
 * Change over time, loaded after hydration: the snapshots' store, schema and comparison are not in the
 * page's first-load JavaScript, and the server renders only the heading.
 */
const Snapshots = lazy(() => import('./Snapshots'));

export default function SnapshotsSection(props: SnapshotsProps) {
  const hydrated = useHydrated();
  const s = props.strings.snapshots;
  const loading = (
    <Shell title={s.title}>
      <p className="cm-muted">{s.loading}</p>
    </Shell>
  );
  return hydrated ? (
    <Suspense fallback={loading}>
      <Snapshots {...props} />
    </Suspense>
  ) : (
    loading
  );
}
