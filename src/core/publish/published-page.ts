/**
 * The page `algobook publish` writes beside a version (issue 15, "instant published pages"):
 * `<id>/v<n>.html`, and `<id>/index.html` for the latest. It is the built app's own page (its
 * head: Content-Security-Policy, scripts, styles, paths made relative to the folder above) with
 * the version already drawn in it from the publishing run: title, prose, each cell's outputs,
 * datasets. A reader sees the results as soon as the HTML arrives, before any script; the app
 * then starts in the same page (`src/app/shell/prerendered.ts`), opens the version from the
 * site's catalog, runs it live and replaces the drawn page once its own shows the outputs.
 */
import { escapeHtml as esc } from './escape.ts';
import { exportWords } from './export-labels.ts';
import type { StandaloneParts } from './html-export.ts';
import { HTML_STYLE } from './html-style.ts';
import { PRERENDERED_ID, PRERENDERED_STYLE_ID } from './prerendered-ids.ts';

// The app renders beneath, hidden and out of the flow, until it removes the drawn page.
const PAGE_STYLE = `#${PRERENDERED_ID}~#app{visibility:hidden;position:absolute;top:0;left:0;right:0;height:0;overflow:hidden}
.live-mark{max-width:50rem;margin:1rem auto 0;padding:.5rem .75rem;border:1px solid var(--line);border-radius:4px;background:var(--code)}
@media (max-width:54rem){.live-mark{margin:1rem}}`;

/** The app's script that starts it in a published page, in the app's folder (`public/`). */
export const STARTER = 'published-page.js';

/**
 * The page of one version: `appHtml` is the built app's `index.html`, `parts` the version drawn
 * by `standaloneParts`, `route` the app's address of the version relative to the page
 * (`../#/<id>@<n>`), which the app adopts when it starts, `file` the version's file beside the
 * page (`v<n>.algo.md`). Null when `appHtml` is not the app's
 * page (no head, no entry script, or no `<div id="app">` to start in).
 */
export function publishedPageHtml(
  appHtml: string,
  parts: StandaloneParts,
  route: string,
  file: string,
): string | null {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(appHtml)?.[1];
  if (head === undefined || !/<div id="app"><\/div>/.test(appHtml)) return null;
  const w = exportWords(parts.lang);
  let started = false;
  const appHead = head
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta name="description"[^>]*>\s*/i, '')
    // The runner's early frame is for the app's own page: here the drawn page paints first.
    .replace(/<script src="\.\/runner\/start\.js"[^>]*><\/script>\s*/, '')
    // The app's files are in the folder above the notebook's: `./assets/…` → `../assets/…`.
    .replace(/\b(src|href)="\.\//g, '$1="../')
    // Its entry is fetched at once but run once the drawn page has painted (published-page.js).
    .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, (_, src: string) => {
      started = true;
      return `<link rel="modulepreload" crossorigin href="${src}" data-app-entry>\n<script src="../${STARTER}" defer></script>`;
    });
  if (!started) return null;
  const href = esc(route);
  return `<!doctype html>
<html lang="${parts.lang}">
<head>${appHead.trimEnd()}
<meta name="generator" content="algobook">
<title>${parts.title} · algobook</title>
<style id="${PRERENDERED_STYLE_ID}">${HTML_STYLE}${PAGE_STYLE}</style>
</head>
<body>
<div id="${PRERENDERED_ID}" data-route="${href}">
<p class="live-mark" role="status">${w('livePageMark')} <a href="${href}">${w('livePageOpen')}</a> · <a href="${esc(file)}">${w('livePageFile')}</a> (<code>${esc(file)}</code>)</p>
${parts.main}
</div>
<div id="app"></div>
</body>
</html>
`;
}
