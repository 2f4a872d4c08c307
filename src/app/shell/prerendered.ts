/**
 * The app started in a version's published page (issue 15; `core/publish/published-page.ts`):
 * the page already shows the version's results, drawn when it was published, and names the
 * app's route to it. Before anything reads the address, the page's address becomes that route's
 * in the app's folder (`…/site/#/<id>@<n>` for `…/site/<id>/v<n>.html`), so that the app, its
 * catalog, its sandbox and its links resolve as on its own page; the app renders beneath,
 * hidden, and `revealApp` removes the drawn page once the app shows the outputs itself.
 */
import { PRERENDERED_ID, PRERENDERED_STYLE_ID } from '../../core/publish/prerendered-ids.ts';
import { parseLocation } from './route.ts';

/**
 * Takes the published page's route as the page's address, when it is one: a published
 * notebook's route on this origin. Anything else (another origin, another kind of route, a
 * malformed address) is left alone: the app then shows what the address says.
 */
export function adoptPrerenderedRoute(): void {
  const page = document.getElementById(PRERENDERED_ID);
  const route = page?.getAttribute('data-route');
  if (!page || !route || !URL.canParse(route, location.href)) return;
  const target = new URL(route, location.href);
  if (target.origin !== location.origin) return;
  const parsed = parseLocation(target.search, target.hash);
  if (!parsed.ok || parsed.route.name !== 'published') return;
  // The drawn page's links were relative to its own address: they keep pointing where they did.
  for (const link of page.querySelectorAll<HTMLAnchorElement>('a[href]'))
    link.setAttribute('href', link.href);
  history.replaceState(null, '', target.href);
  // Its link to the app now names the address itself: followed, it shows the app at once.
  for (const link of page.querySelectorAll<HTMLAnchorElement>('a[href]'))
    if (link.href === target.href)
      link.addEventListener('click', (event) => {
        event.preventDefault();
        revealApp();
      });
}

/**
 * Removes the drawn page, if any: the app, beneath it, shows. A reader who had scrolled it finds
 * the same cell where it was: its code cells (`#cell-<n>`) are numbered as the app's
 * (`data-cell`).
 */
export function revealApp(): void {
  const page = document.getElementById(PRERENDERED_ID);
  if (!page) return;
  const anchor = scrollY > 0 ? anchorOf(page) : null;
  page.remove();
  document.getElementById(PRERENDERED_STYLE_ID)?.remove();
  const cell = anchor && document.querySelector(`#app [data-cell="${anchor.n}"]`);
  if (anchor && cell) scrollBy(0, cell.getBoundingClientRect().top - anchor.top);
}

/** The first of the drawn page's code cells still in view, and where its top is. */
function anchorOf(page: HTMLElement): { n: number; top: number } | null {
  for (const cell of page.querySelectorAll<HTMLElement>('section.cell[id^="cell-"]')) {
    const n = Number(cell.id.slice('cell-'.length));
    const box = cell.getBoundingClientRect();
    if (Number.isInteger(n) && box.bottom > 0) return { n, top: box.top };
  }
  return null;
}
