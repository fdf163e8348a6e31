import { startTransition, useEffect, useMemo, useState } from 'react';
import { layoutMap, type LayoutOptions, type MapLayout } from '../../../../lib/contacts/layout';
import type { Person } from '../../../../lib/contacts/types';
import type { DrawWhen } from '../useDrawWhenNear';
import { hasLayoutWorker, layoutInWorker } from './layoutWorker';

interface Answer {
  people: readonly Person[];
  options: LayoutOptions;
  layout: MapLayout;
}

/**
 * The map's layout, or `empty` while it may not be drawn. The layout worker is started and asked once the page is
 * idle (`ready`) or the map is near (`soon`), not while the page hydrates and renders the stored people: there,
 * starting it, copying every person to it and taking in its answer lengthened the page's long tasks. By the time the
 * reader scrolls to the map its layout is there. Its first answer is drawn in a transition (in slices). After an edit
 * the previous layout stays until the new one arrives (a few milliseconds). With no worker, or when the map is needed
 * `now` (printing; pages that draw at once) before the worker has answered, the page lays it out itself.
 */
export function useMapLayout(people: readonly Person[], options: LayoutOptions, when: DrawWhen, empty: MapLayout): MapLayout {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [workerFailed, setWorkerFailed] = useState(false);
  const fresh = answer !== null && answer.people === people && answer.options === options ? answer.layout : null;
  const drawn = when === 'soon' || when === 'now';
  const byWorker = (when === 'ready' || when === 'soon') && !workerFailed && people.length > 0 && hasLayoutWorker();
  useEffect(() => {
    if (!byWorker || fresh) return;
    let current = true;
    const firstDrawing = answer === null;
    layoutInWorker(people, options).then(
      (layout) => {
        if (!current) return;
        const take = () => setAnswer({ people, options, layout });
        if (firstDrawing) startTransition(take);
        else take();
      },
      () => current && setWorkerFailed(true),
    );
    return () => {
      current = false;
    };
    // `answer` only tells whether this is the first drawing; a new answer must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byWorker, fresh, people, options]);
  const onPage = drawn && people.length > 0 && !fresh && !byWorker;
  const own = useMemo(() => (onPage ? layoutMap(people, options) : null), [onPage, people, options]);
  if (!drawn || people.length === 0) return empty;
  return fresh ?? own ?? answer?.layout ?? empty;
}
