/**
 * Resolves on a later turn of the event loop, so that messages waiting for the thread (a
 * worker's cancel) are handled between two chunks of a long parse. In a browser, a message to
 * itself through a `MessageChannel`, queued behind them; not `setTimeout(0)`, which costs 4 ms a
 * turn once nested, nor `scheduler.yield`, whose continuation Chromium runs before waiting tasks
 * of the same priority. In Node, `setImmediate`: a port there drains the messages posted while
 * it runs its listener, so a channel to itself would starve every other port.
 */
export function nextTurn(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    channel ??= makeChannel();
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

function makeChannel(): MessageChannel {
  const made = new MessageChannel();
  made.port1.onmessage = () => waiting.shift()?.();
  return made;
}
