/** The ties' code that waits until the page is in the browser (see `Lazy.tsx`): the picker and the network reading. */
export { TiesSection } from './TiesSection';
export { NetworkInsights } from './NetworkInsights';
