import { STATUS_VALUES, type AlgorithmStatus } from '../format/transparency.ts';
import type { Notebook } from '../format/types.ts';
import type { ImportEntry } from '../imports/types.ts';
import { cardAlgorithms } from './algorithms.ts';
import { ancestorsInOrder, proseBefore } from './chain.ts';
import { dependencies } from './dependencies.ts';
import type { TransparencyCard } from './types.ts';
import { plainWords, stepName, withoutHeading } from './step-names.ts';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

const status = (value: unknown): AlgorithmStatus | null => {
  const given = text(value);
  return given && (STATUS_VALUES as readonly string[]).includes(given)
    ? (given as AlgorithmStatus)
    : null;
};

/**
 * The transparency card (CRPA R311-3-1-2, Etalab's inventory of public algorithms): the author's
 * `transparency` fields, and the data, parameters and operations read from the notebook itself
 * (the chains of its indicators, or of every cell when none is marked), so that they cannot
 * drift from the code. Every key is present; null where nothing is known. The algorithms it
 * relies on are its `imports:`, with what resolving them told when `imports` is given.
 */
export function deriveCard(
  notebook: Notebook,
  imports?: Readonly<Record<string, ImportEntry>>,
): TransparencyCard {
  const deps = dependencies(notebook);
  const indicators = deps.cells.filter((c) => c.indicator);
  const roots = indicators.length ? indicators : deps.cells;
  const used = new Set<number>();
  for (const root of roots) for (const index of ancestorsInOrder(deps, root.index)) used.add(index);
  const cells = deps.cells.filter((c) => used.has(c.index));

  const datasetNames: string[] = [];
  for (const cell of cells)
    for (const name of cell.datasets) if (!datasetNames.includes(name)) datasetNames.push(name);
  const specs = notebook.front.datasets ?? {};
  const given = notebook.front.transparency ?? {};
  return {
    purpose: text(given.purpose),
    contribution: text(given.contribution),
    automation: text(given.automation),
    legalBasis: text(given.legalBasis),
    administration: text(given.administration),
    data: datasetNames.map((name) => {
      const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
      return {
        name,
        title: text(spec?.title),
        source: text(spec?.source),
        license: text(spec?.license),
        sha256: text(spec?.sha256),
        retrieved: text(spec?.retrieved),
        url: text(spec?.url),
      };
    }),
    algorithms: cardAlgorithms(notebook.front, imports),
    parameters: cells.flatMap((cell) =>
      cell.inputs.map(({ name, label, value, range }) => ({ name, label, value, range })),
    ),
    operations: cells
      .filter((cell) => !cell.inputs.length || cell.indicator)
      .map((cell) => {
        const name = stepName(notebook, cell.index);
        const prose = proseBefore(notebook, cell.index);
        // The name is shown first: the heading it comes from is not read twice.
        return {
          cell: cell.index,
          name: name === null ? null : plainWords(name),
          prose: prose !== null && name !== null ? withoutHeading(prose, name) || null : prose,
        };
      }),
    contact: text(given.contact),
    updated: text(given.updated),
    status: status(given.status),
    begin: text(given.begin),
    organisation: text(given.organisation),
    theme: text(given.theme),
    risks: text(given.risks),
    humanReview: text(given.humanReview),
  };
}

/**
 * The card fields an author must write, in the order the card shows them: a gap in the checklist
 * when empty. `organisation` and `status` are required by the Dutch register; the other register
 * fields (`begin`, `theme`, `risks`, `humanReview`) are optional in every standard.
 */
export const AUTHOR_FIELDS = [
  'purpose',
  'contribution',
  'automation',
  'legalBasis',
  'organisation',
  'administration',
  'status',
  'contact',
  'updated',
] as const;

/**
 * The order every card shows the author's fields in (the app's, the standalone page's): who and
 * what first, then where it stands; {@link CARD_FIELDS_LAST} after how it works.
 */
export const CARD_FIELDS_FIRST = [
  'purpose',
  'contribution',
  'automation',
  'legalBasis',
  'organisation',
  'administration',
  'status',
  'begin',
  'theme',
] as const;
/** The author's fields a card shows after the data and the steps: risks, review, whom to ask. */
export const CARD_FIELDS_LAST = ['risks', 'humanReview', 'contact', 'updated'] as const;

/** The register fields an author may write; shown on the card only when written. */
export const OPTIONAL_FIELDS = ['begin', 'theme', 'risks', 'humanReview'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];
export type AuthorField = (typeof AUTHOR_FIELDS)[number];
