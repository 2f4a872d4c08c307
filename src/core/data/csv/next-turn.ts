/**
 * Resolves on a later turn of the event loop, so that messages waiting for the thread (a
 * worker's cancel) are handled between two chunks of a long parse. `setTimeout(0)` would cost
 * 4 ms a turn once nested: this takes `scheduler.yield` where the browser has it, `setImmediate`
 * in Node, else a message to itself.
 */
export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
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
