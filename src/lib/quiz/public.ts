/**
 * What other exercises may read of the quiz: its share code and how a result is read from the four
 * scores. The group worksheet and the workshop room use this entry, never the quiz's other modules.
 */
import { quizItemIds } from './items';

export { decodeShareCode, encodeShareCode, shareCodeFromText, type ShareDecode } from './share';
export { emptyScores, interpretScores, type Scores } from './scoring';
export { MAX_ITEMS } from './types';

/** The number of items in the quiz: the bound on each score in a share code, and on their sum. */
export const SHARE_MAX_ITEMS: number = quizItemIds.length;
