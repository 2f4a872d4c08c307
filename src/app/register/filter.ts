import type { TransparencyCard } from '../../core/citizen/types.ts';
import type { RegisterRow } from './rows.ts';

/** The card fields a register filters on, each with a select built from the values present. */
export const FACETS = ['theme', 'administration', 'automation'] as const;
export type Facet = (typeof FACETS)[number];

/** How the register is ordered: by title (A to Z), newest publication first, most complete first. */
export const SORTS = ['title', 'date', 'completeness'] as const;
export type RegisterSort = (typeof SORTS)[number];

/** What a person asked of the register: words to find, a value per facet ('' for all), an order. */
export interface RegisterQuery {
  text: string;
  facets: Record<Facet, string>;
  sort: RegisterSort;
}

export const emptyQuery = (): RegisterQuery => ({
  text: '',
  facets: { theme: '', administration: '', automation: '' },
  sort: 'title',
});

/** The fields the search box looks in, besides the title. */
const SEARCHED = ['purpose', 'organisation', 'administration', 'theme', 'legalBasis'] as const;

/** Text as searched: lower case, without accents, so that "regle" finds "Règle". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const cardOf = (row: RegisterRow): TransparencyCard | null =>
  row.card.kind === 'ready' ? row.card.entry.card : null;

/** A row's value of a facet, trimmed; '' when its card has none or is not read. */
export function facetValue(row: RegisterRow, facet: Facet): string {
  return cardOf(row)?.[facet]?.trim() ?? '';
}

/** The values of `facet` present in the rows, each once, in the locale's alphabetical order. */
export function facetValues(rows: readonly RegisterRow[], facet: Facet, locale: string): string[] {
  const values = new Set(rows.map((row) => facetValue(row, facet)).filter(Boolean));
  return [...values].sort((a, b) => a.localeCompare(b, locale));
}

/** Whether a row has every word of `text` in its title or its card's searched fields. */
export function matchesText(row: RegisterRow, text: string): boolean {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const card = cardOf(row);
  const haystack = fold(
    [row.listed.title, ...SEARCHED.map((field) => card?.[field] ?? '')].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** The rows the query keeps, in its order. */
export function queryRows(
  rows: readonly RegisterRow[],
  query: RegisterQuery,
  locale: string,
): RegisterRow[] {
  const kept = rows.filter(
    (row) =>
      matchesText(row, query.text) &&
      FACETS.every(
        (facet) => !query.facets[facet] || facetValue(row, facet) === query.facets[facet],
      ),
  );
  return sortRows(kept, query.sort, locale);
}

/** A row's completeness as a fraction; -1 without a card, so that those come last. */
function ratio(row: RegisterRow): number {
  if (row.card.kind !== 'ready') return -1;
  const { filled, total } = row.card.entry.completeness;
  return total ? filled / total : 0;
}

/** The rows in the given order; ties, and rows without a date, by title. */
export function sortRows(
  rows: readonly RegisterRow[],
  sort: RegisterSort,
  locale: string,
): RegisterRow[] {
  const byTitle = (a: RegisterRow, b: RegisterRow) =>
    a.listed.title.localeCompare(b.listed.title, locale);
  const time = (row: RegisterRow) => {
    const t = Date.parse(row.latest.published);
    return Number.isNaN(t) ? -Infinity : t;
  };
  const order: Record<RegisterSort, (a: RegisterRow, b: RegisterRow) => number> = {
    title: byTitle,
    date: (a, b) => time(b) - time(a) || byTitle(a, b),
    completeness: (a, b) => ratio(b) - ratio(a) || byTitle(a, b),
  };
  return [...rows].sort(order[sort]);
}
