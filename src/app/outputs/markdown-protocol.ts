/**
 * The messages between the page and its markdown worker (`markdown.worker.ts`): the page asks
 * for a source's HTML under a number; the worker answers with the same number. Its HTML is not
 * sanitised: the page sanitises it like any HTML it did not make.
 */
export interface MarkdownRequest {
  id: number;
  source: string;
}

export type MarkdownReply = { id: number; html: string } | { id: number; error: string };

/** Whether `data` is a reply in this protocol: anything else from the worker is dropped. */
export function isMarkdownReply(data: unknown): data is MarkdownReply {
  if (typeof data !== 'object' || data === null) return false;
  const reply = data as Record<string, unknown>;
  if (!Number.isSafeInteger(reply.id)) return false;
  return typeof reply.html === 'string' || typeof reply.error === 'string';
}
