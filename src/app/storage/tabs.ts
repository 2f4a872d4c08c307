/**
 * Notices between the tabs of this browser about the drafts they edit, over the
 * `BroadcastChannel('algobook')`. They let a tab say at once that its draft is stale or open
 * elsewhere; the revision check in `saveDraft` remains what actually prevents overwrites.
 */
import { assertNever } from '../../core/runtime/outputs.ts';

/** The channel all algobook tabs share. */
export const CHANNEL_NAME = 'algobook';

/**
 * What tabs tell each other. `open` is sent when a tab opens a draft and answered with `here` by
 * every other tab that has it open, so both sides learn of each other; `closed` when it stops.
 */
export type TabMessage =
  | { type: 'saved'; id: string; rev: number; writer: string }
  | { type: 'open'; id: string; writer: string }
  | { type: 'here'; id: string; writer: string }
  | { type: 'closed'; id: string; writer: string };

/** Handlers of {@link watchDraft}; `writer` is the other tab's id. */
export interface DraftWatch {
  /** Another tab saved the draft as revision `rev`: this tab's copy is stale. */
  onRemoteSave?: (rev: number, writer: string) => void;
  /** Another tab has the draft open (it opened it after this one, or had it before). */
  onOtherTabOpen?: (writer: string) => void;
  /** Another tab closed the draft. */
  onOtherTabClose?: (writer: string) => void;
}

/** A new id for this tab, different in every tab and every page load. */
export function newTabId(): string {
  return crypto.randomUUID();
}

/** Whether `data` received on the channel is a {@link TabMessage}: other code may post too. */
export function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  if (!('type' in data && 'id' in data && 'writer' in data)) return false;
  if (typeof data.id !== 'string' || typeof data.writer !== 'string') return false;
  switch (data.type) {
    case 'saved':
      return 'rev' in data && typeof data.rev === 'number';
    case 'open':
    case 'here':
    case 'closed':
      return true;
    default:
      return false;
  }
}

/** Tells the other tabs that tab `writer` saved draft `id` as revision `rev`. */
export function announceSaved(
  id: string,
  rev: number,
  writer: string,
  channelName = CHANNEL_NAME,
): void {
  const channel = new BroadcastChannel(channelName);
  channel.postMessage({ type: 'saved', id, rev, writer } satisfies TabMessage);
  // Messages already posted are still delivered after the sender closes.
  channel.close();
}

/**
 * Listens for other tabs' notices about draft `id` while tab `tabId` has it open, and announces
 * that it is open. Returns the function that stops (and tells the others it closed); calling it again does nothing.
 */
export function watchDraft(
  id: string,
  tabId: string,
  handlers: DraftWatch,
  channelName = CHANNEL_NAME,
): () => void {
  const channel = new BroadcastChannel(channelName);
  const post = (message: TabMessage) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    // Another watcher in this same tab posts with this tab's id: not news.
    if (!isTabMessage(message) || message.id !== id || message.writer === tabId) return;
    switch (message.type) {
      case 'saved':
        return handlers.onRemoteSave?.(message.rev, message.writer);
      case 'open':
        post({ type: 'here', id, writer: tabId });
        return handlers.onOtherTabOpen?.(message.writer);
      case 'here':
        return handlers.onOtherTabOpen?.(message.writer);
      case 'closed':
        return handlers.onOtherTabClose?.(message.writer);
      default:
        return assertNever(message);
    }
  };
  post({ type: 'open', id, writer: tabId });
  let open = true;
  // Idempotent: both `pagehide` and the component's teardown may call it.
  return () => {
    if (!open) return;
    open = false;
    post({ type: 'closed', id, writer: tabId });
    channel.close();
  };
}
