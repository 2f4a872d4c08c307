/**
 * The messages between the page and its markdown worker (`markdown.worker.ts`): the worker says
 * once that it is ready (its grammar compiled); the page asks for a source's HTML under a number;
 * the worker answers with the same number. Its HTML is not sanitised: the page sanitises it like
 * any HTML it did not make.
 */
export interface MarkdownRequest {
  id: number;
  source: string;
}

export type MarkdownReply = { id: number; html: string } | { id: number; error: string };

/** Sent once, when the worker has loaded and can render at its usual pace. */
export interface MarkdownReady {
  ready: true;
}

/** Whether `data` is a reply in this protocol: anything else from the worker is dropped. */
export function isMarkdownReply(data: unknown): data is MarkdownReply {
  if (typeof data !== 'object' || data === null) return false;
  const reply = data as Record<string, unknown>;
  if (!Number.isSafeInteger(reply.id)) return false;
  return typeof reply.html === 'string' || typeof reply.error === 'string';
}

/** Whether `data` is the worker's `ready`. */
export function isMarkdownReady(data: unknown): data is MarkdownReady {
  return typeof data === 'object' && data !== null && (data as MarkdownReady).ready === true;
}
