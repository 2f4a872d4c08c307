/**
 * Resolves when the page is next idle (`requestIdleCallback`, at most `timeout` ms later), else
 * after a short timer: for work that must not compete with the first outputs (issue 15).
 */
export function whenIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}
