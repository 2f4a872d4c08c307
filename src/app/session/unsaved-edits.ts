/**
 * The editor's last text, kept synchronously in this tab's sessionStorage when the page goes
 * away. Autosave writes to IndexedDB, which is asynchronous: a write started in `pagehide` is
 * abandoned when the page unloads, so an edit typed just before a reload was lost. sessionStorage
 * is written at once and survives a reload of the same tab, so the reopened editor takes it back.
 */
import * as v from 'valibot';

const Kept = v.object({ rev: v.number(), text: v.string(), title: v.string() });

const keyOf = (draftId: string) => `algobook:unsaved:${draftId}`;

/** Keeps the text the editor shows, based on revision `rev` of the stored draft. */
export function keepUnsaved(draftId: string, rev: number, text: string, title: string): void {
  try {
    sessionStorage.setItem(keyOf(draftId), JSON.stringify({ rev, text, title }));
  } catch {
    // Storage full or disabled: autosave's own write is all that is left to try.
  }
}

/**
 * The text kept for `draftId`, if it was based on revision `rev` (the one stored now) and differs
 * from `stored`; removed either way. A save that landed after all, or another tab's save, made
 * a newer revision, and then the kept text is stale.
 */
export function takeUnsaved(
  draftId: string,
  rev: number,
  stored: string,
): { text: string; title: string } | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(keyOf(draftId));
    sessionStorage.removeItem(keyOf(draftId));
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const kept = v.safeParse(Kept, parsed);
  if (!kept.success || kept.output.rev !== rev || kept.output.text === stored) return null;
  return { text: kept.output.text, title: kept.output.title };
}
