import { createElement, type ComponentProps } from 'react';
import { earlyModule } from '../../shared/earlyModule';
import { Section } from '../labelled';

/**
 * "Who knows whom?" and the network reading in a chunk of their own, fetched as soon as the island runs in the
 * browser: both are below the first screen, and the page's first load stays within its JavaScript budget.
 * The server and hydration draw the section's heading only (as the map does), so nothing mismatches.
 */
type Chunk = typeof import('./chunk');
const useChunk = earlyModule(() => import('./chunk'));

export function LazyTiesSection(props: ComponentProps<Chunk['TiesSection']>) {
  const code = useChunk();
  if (code) return createElement(code.TiesSection, props);
  // Until then, the section's heading, as the server drew it.
  return <Section id="cm-ties" className="cm-ties" title={props.strings.ties.title} />;
}

export function LazyNetworkInsights(props: ComponentProps<Chunk['NetworkInsights']>) {
  const code = useChunk();
  return code ? createElement(code.NetworkInsights, props) : null;
}
