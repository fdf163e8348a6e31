/**
 * Resolves in a task of its own, after the one running now. For work that is started early but not needed at once
 * (fetching a chunk, loading a schema): started from a module's top level, it would otherwise lengthen the task that
 * evaluates the island's code, the longest of a returning reader's load.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
