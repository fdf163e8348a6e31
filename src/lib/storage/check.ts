import type { UpgradeResult } from './envelope';
import { dataIssuesFrom } from './issues';

/** A checked file's result with what the reader is told (`problems`) made from the schema's failures. */
export function withProblems<T>(result: UpgradeResult<T>): UpgradeResult<T> {
  if (result.ok || !result.failures) return result;
  return { ...result, problems: dataIssuesFrom(result.failures).slice(0, 20) };
}
