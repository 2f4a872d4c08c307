/**
 * Notebook prose as sanitised HTML, rendered by a worker of the page (`markdown.worker.ts`,
 * driven by `markdown-thread.ts`) so that marked never runs on the main thread (issue 15: no
 * task over 50 ms during load). The page sanitises the worker's HTML with the notebook profile
 * (`sanitize.ts`), as any HTML it did not make. Rendering is asynchronous: `markdownHtml`
 * returns what is ready and asks for the rest; whatever reads it in a template re-renders when
 * it comes. Where no worker can run (one failed to load), the page renders with marked itself;
 * a text marked fails on, or takes too long over, shows as written.
 */
import { SvelteMap } from 'svelte/reactivity';
import MarkdownWorker from './markdown.worker.ts?worker';
import { markdownThread } from './markdown-thread.ts';
import { sanitizeNotebookHtml } from './sanitize.ts';
import { ChunkCache } from './chunk-cache.ts';
import { nextTask } from '../shell/next-task.ts';

/** Sources kept rendered; the least recently shown go first (an editor makes one per keystroke). */
const KEPT = 500;

const rendered = new SvelteMap<string, string>();
// Bookkeeping, not state: written while a template reads `markdownHtml`, where state may not be.
/** Sources asked for and not yet rendered. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const waiting = new Set<string>();
/** The rendered sources, least recently shown first; `rendered` follows its evictions. */
const used = new ChunkCache<string, true>(KEPT);
let started = false;

const thread = markdownThread({
  start: () => new MarkdownWorker(),
  rendered: (source, html) => keep(source, sanitizeNotebookHtml(html)),
  failed: (source) => keep(source, plainText(source)),
  unavailable: (sources) => void renderHere(sources),
});

/**
 * The worker, started once; and the sanitizer used once, in a task of its own, so that
 * DOMPurify makes its document before the first prose arrives, not in the task that shows it.
 */
export function startMarkdown(): void {
  if (started) return;
  started = true;
  thread.start();
  void nextTask().then(() => sanitizeNotebookHtml('<p><a href="#a">a</a> <em>b</em></p>'));
}

/**
 * The sanitised HTML of `source`, or `undefined` while it is being rendered (it is then asked
 * for; reading it again in a reactive context re-runs when it has come).
 */
export function markdownHtml(source: string): string | undefined {
  used.get(source);
  const html = rendered.get(source);
  if (html !== undefined || waiting.has(source)) return html;
  waiting.add(source);
  startMarkdown();
  // Answers come in later tasks (the page's own render awaits its chunk): none writes state
  // while a template reads this.
  thread.render(source);
  return undefined;
}

/**
 * `markdownHtml` for a source that changes (a prose cell being edited, an output that updates):
 * the last rendered HTML stays shown while the new one renders, instead of a blank.
 */
export function latestMarkdown(source: () => string): { readonly html: string } {
  let last = '';
  return {
    get html() {
      const html = markdownHtml(source());
      if (html !== undefined) last = html;
      return last;
    },
  };
}

/** Whether every one of `sources` is rendered (a page that waits for its prose before showing). */
export function markdownReady(sources: readonly string[]): boolean {
  return sources.every((source) => rendered.has(source));
}

function keep(source: string, html: string): void {
  waiting.delete(source);
  used.set(source, true);
  rendered.set(source, html);
  for (const old of [...rendered.keys()].filter((key) => !used.has(key))) rendered.delete(old);
}

async function renderHere(sources: string[]): Promise<void> {
  // marked on the page; if even its chunk cannot load, the text shows as it was written.
  const render = await import('./markdown.ts').then(
    (module) => module.renderMarkdown,
    () => plainText,
  );
  for (const source of sources) {
    let html: string;
    try {
      html = render(source);
    } catch {
      html = plainText(source);
    }
    keep(source, html);
  }
}

function plainText(source: string): string {
  const p = document.createElement('p');
  p.textContent = source;
  return p.outerHTML;
}
