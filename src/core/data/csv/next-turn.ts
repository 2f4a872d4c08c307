/**
 * Resolves on a later turn of the event loop, after the messages already waiting for the thread
 * (a worker's cancel), so that they are handled between two chunks of a long parse: a message to
 * itself through a `MessageChannel`, queued behind them. Not `setTimeout(0)`, which costs 4 ms a
 * turn once nested; not `scheduler.yield`, whose continuation Chromium runs before waiting tasks
 * of the same priority; not Node's `setImmediate`, which runs before messages that arrived.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    channel ??= makeChannel();
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Node's ports can be told not to keep the process alive (a message on its way still does). */
interface NodePort {
  unref?: () => void;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

function makeChannel(): MessageChannel {
  const made = new MessageChannel();
  made.port1.onmessage = () => {
    waiting.shift()?.();
    if (!waiting.length) (made.port1 as NodePort).unref?.();
  };
  return made;
}
