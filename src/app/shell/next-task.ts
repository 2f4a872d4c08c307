/**
 * Resolves in a later task of the event loop, so that the browser can paint and handle input
 * between two parts of a long piece of work (issue 15: no task over 50 ms during load).
 * `scheduler.yield()` where the browser has it (it keeps the work's priority), else a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}
