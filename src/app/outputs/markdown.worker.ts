/**
 * Renders markdown to (unsanitised) HTML off the page's main thread (issue 15): marked's module
 * builds its grammar's regular expressions as it loads and compiles them on first use, 50–100 ms
 * on a loaded page, one task no split can cut. Here it costs the page nothing. The page
 * sanitises what comes back (`markdown-html.svelte.ts`).
 */
import { WARM_PARTS, markdownToHtml } from './markdown-parse.ts';
import type { MarkdownReady, MarkdownReply, MarkdownRequest } from './markdown-protocol.ts';

// The first parse compiles the grammar: done before the page's first request comes, if it can.
for (const part of WARM_PARTS) markdownToHtml(part);
// From here on the page times each render (`markdown-thread.ts`).
self.postMessage({ ready: true } satisfies MarkdownReady);

self.onmessage = (event: MessageEvent<MarkdownRequest>) => {
  const { id, source } = event.data;
  let reply: MarkdownReply;
  try {
    reply = { id, html: markdownToHtml(String(source)) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
