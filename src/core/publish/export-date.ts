import { escapeHtml as esc } from './escape.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// A moment in UTC or with its offset, as `published` and portals' `modified` are written.
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An ISO date (`2026-11-25`) or moment (`2026-11-26T09:00:00Z`) as a person reads it in `lang`
 * ("November 25, 2026", "26 novembre 2026 à 09:00 UTC"), inside a `<time>` that keeps the ISO
 * value; any other text is escaped as it is. Moments are shown in UTC, so that the same version
 * exports to the same page on any machine.
 */
export function dateHtml(value: unknown, lang: string): string {
  const text = String(value);
  const day = DAY.test(text);
  if (!day && !MOMENT.test(text)) return esc(text);
  const date = new Date(day ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return esc(text);
  const shown = day
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
    : `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
  return `<time datetime="${esc(text)}">${esc(shown)}</time>`;
}
