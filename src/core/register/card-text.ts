import type { RegisterEntry } from './types.ts';

/**
 * The card's lists as one text each, for the standards' free-text fields: they are read from the
 * notebook itself (its datasets and its steps), so a register gets them without typing them again.
 * Each gives null when the list is empty, which the export reports as `missing`.
 */

/** The datasets, one a line: `name: title`. */
export function dataNames({ card }: RegisterEntry): string | null {
  return lines(card.data.map((d) => (d.title ? `${d.name}: ${d.title}` : d.name)));
}

/** Where each dataset comes from, one a line: `name: source`; only those whose source is said. */
export function dataSources({ card }: RegisterEntry): string | null {
  return lines(card.data.filter((d) => d.source).map((d) => `${d.name}: ${d.source}`));
}

/** The http(s) addresses the datasets are read from, one a line. */
export function dataUrls({ card }: RegisterEntry): string | null {
  return lines(card.data.flatMap((d) => (d.url && /^https?:\/\//i.test(d.url) ? [d.url] : [])));
}

/** The steps, one a line, numbered from 1 as the card shows cells: `cell 3 (name): first line of its prose`. */
export function operations({ card }: RegisterEntry): string | null {
  return lines(
    card.operations.map((op) => {
      // The first line of its prose that is not a heading: a heading repeats the name.
      const prose = (op.prose ?? '').split('\n').map((l) => l.trim());
      const said = prose.find((l) => l && !l.startsWith('#')) ?? '';
      return `cell ${op.cell + 1}${op.name ? ` (${op.name})` : ''}${said ? `: ${said}` : ''}`;
    }),
  );
}

function lines(items: string[]): string | null {
  return items.length ? items.join('\n') : null;
}
