import type { TransparencyCard } from '../citizen/types.ts';

/**
 * The public registers of algorithms algobook exports to (issue 16): Etalab's inventory (France,
 * CRPA L312-1-3), the Dutch Algoritmeregister's publication standard v1.0, and the UK's
 * Algorithmic Transparency Recording Standard (tiers 1 and 2).
 */
export const REGISTER_STANDARDS = ['etalab', 'nl-algoritmeregister', 'uk-atrs'] as const;
export type RegisterStandard = (typeof REGISTER_STANDARDS)[number];

export type RegisterFormat = 'csv' | 'json';

/** One algorithm in a register: a published notebook's latest version and its card. */
export interface RegisterEntry {
  /** The notebook's id in its catalog. */
  id: string;
  title: string;
  /** The language it is written in (`fr`, `en`), when the catalog says. */
  lang?: string;
  /** The notebook's licence (SPDX id), when the catalog says. */
  license?: string;
  /** Its latest version: number, publication date (ISO), sha256 of the version file. */
  version: number;
  published: string;
  sha256: string;
  /** Where a person reads it (the reader's address, or the version file's), when known. */
  url?: string;
  card: TransparencyCard;
  /** The card's completeness (`cardCompleteness`): filled of total checklist items. */
  completeness: { filled: number; total: number };
}

/**
 * A field of a standard that the export could not fill as the standard wants: algobook does not
 * know it (`unknown`), the author left it empty (`missing`), it is longer than the standard allows
 * (`too-long`, with `limit`), or its value is not one the standard allows (`not-allowed`).
 */
export interface RegisterGap {
  /** The entry's id. */
  id: string;
  /** The field's name in the standard. */
  field: string;
  reason: 'unknown' | 'missing' | 'too-long' | 'not-allowed';
  /** For `too-long`: the standard's maximum length. */
  limit?: number;
  /** Whether the standard requires the field. */
  required: boolean;
}

/** An export's file and what it lacks. */
export interface RegisterExport {
  text: string;
  /** `text/csv;charset=utf-8` or `application/json`. */
  mime: string;
  format: RegisterFormat;
  gaps: RegisterGap[];
}
