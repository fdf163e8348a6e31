import { startTransition, useEffect, useMemo, useState } from 'react';
import { layoutMap, type LayoutOptions, type MapLayout } from '../../../../lib/contacts/layout';
import type { MapPerson } from '../../../../lib/contacts/map-types';
import type { Person } from '../../../../lib/contacts/types';
import type { DrawWhen } from '../useDrawWhenNear';
import { currentPreview, hasLayoutWorker, layoutInWorker, type MapPreview } from './layoutWorker';

interface Answer {
  people: readonly Person[];
  options: LayoutOptions;
  layout: MapLayout;
}

export interface MapLayoutState {
  layout: MapLayout;
  /** While the layout is the stored map's preview (its people not yet checked): the people it shows. */
  preview: readonly MapPerson[] | null;
}

/**
 * The map's layout, or `empty` while it may not be drawn. The layout worker is asked as soon as there are people, so
 * the map is ready by the time the reader gets to it, and the page's own thread is free meanwhile; its first answer is
 * drawn in a transition (in slices), or at once when the page was opened at the map. After an edit the previous layout stays until the new one arrives (a few
 * milliseconds). With no worker, or when the map is needed `now` (printing; pages that draw at once) before the worker
 * has answered, the page lays it out itself.
 *
 * While `previewing` (the stored people are still being checked, so `people` is empty), the preview the island asked
 * for (`previewLayout`) is drawn once it arrives; the checked people replace it.
 */
export function useMapLayout(
  people: readonly Person[],
  options: LayoutOptions,
  when: DrawWhen,
  empty: MapLayout,
  previewing = false,
): MapLayoutState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [preview, setPreview] = useState<MapPreview | null>(null);
  const [workerFailed, setWorkerFailed] = useState(false);
  const fresh = answer !== null && answer.people === people && answer.options === options ? answer.layout : null;
  const byWorker = when !== 'now' && !workerFailed && people.length > 0 && hasLayoutWorker();
  const waitingForPreview = previewing && people.length === 0 && when !== 'later' && preview === null;
  useEffect(() => {
    const asked = waitingForPreview ? currentPreview() : undefined;
    if (!asked) return;
    let current = true;
    // Not in a transition: the preview is asked for only when the page was opened at the map, so the reader is looking
    // at it, and a transition would wait behind the page's own, which renders the checked people everywhere else.
    void asked.then((p) => current && p && setPreview(p));
    return () => {
      current = false;
    };
  }, [waitingForPreview]);
  useEffect(() => {
    if (!byWorker || fresh) return;
    let current = true;
    // The first drawing of a thousand people is a long task: in a transition (in slices, behind the page's own work)
    // unless the reader is looking at the map.
    const inSlices = answer === null && preview === null && when !== 'linked';
    layoutInWorker(people, options).then(
      (layout) => {
        if (!current) return;
        const take = () => setAnswer({ people, options, layout });
        if (inSlices) startTransition(take);
        else take();
      },
      () => current && setWorkerFailed(true),
    );
    return () => {
      current = false;
    };
    // `answer`, `preview` and `when` only tell how to draw the answer; a change of them must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byWorker, fresh, people, options]);
  const onPage = when !== 'later' && people.length > 0 && !fresh && !byWorker;
  const own = useMemo(() => (onPage ? layoutMap(people, options) : null), [onPage, people, options]);
  if (when === 'later') return { layout: empty, preview: null };
  if (people.length === 0)
    return previewing && preview ? { layout: preview.layout, preview: preview.people } : { layout: empty, preview: null };
  // Until the checked people's own layout is in, the preview stays on screen (the same people, as a rule).
  const layout = fresh ?? own ?? answer?.layout ?? preview?.layout ?? empty;
  return { layout, preview: layout === preview?.layout && !fresh ? preview.people : null };
}
