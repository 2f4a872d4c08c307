import { ETALAB_FIELDS } from './etalab.ts';
import type { RegisterField } from './field.ts';
import { fillFields } from './fill.ts';
import { csvLayout, jsonLayout } from './layout.ts';
import { NL_FIELDS } from './nl-algoritmeregister.ts';
import type {
  RegisterEntry,
  RegisterExport,
  RegisterFormat,
  RegisterGap,
  RegisterStandard,
} from './types.ts';
import { ATRS_FIELDS } from './uk-atrs.ts';

/** Each standard's field table. */
export const REGISTER_FIELDS: Record<RegisterStandard, readonly RegisterField[]> = {
  etalab: ETALAB_FIELDS,
  'nl-algoritmeregister': NL_FIELDS,
  'uk-atrs': ATRS_FIELDS,
};

/**
 * The format each standard is exchanged in: Etalab's inventory is a table (CSV), the Dutch
 * register reads JSON, the ATRS is published as JSON records. CSV is allowed for all.
 */
export const DEFAULT_FORMAT: Record<RegisterStandard, RegisterFormat> = {
  etalab: 'csv',
  'nl-algoritmeregister': 'json',
  'uk-atrs': 'json',
};

const MIME: Record<RegisterFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * One algorithm's card in a standard's layout, with the fields it could not fill: the layout of
 * a catalog of one (a CSV header and one row; in JSON, an array of one record).
 */
export function exportCard(
  standard: RegisterStandard,
  entry: RegisterEntry,
  format?: RegisterFormat,
): RegisterExport {
  return exportCatalog(standard, [entry], format);
}

/**
 * A whole catalog in a standard's layout, one record per algorithm in the order given, with
 * every field it could not fill, algorithm by algorithm (`RegisterGap`).
 */
export function exportCatalog(
  standard: RegisterStandard,
  entries: readonly RegisterEntry[],
  format: RegisterFormat = DEFAULT_FORMAT[standard],
): RegisterExport {
  const fields = REGISTER_FIELDS[standard];
  const gaps: RegisterGap[] = [];
  const records = entries.map((entry) => {
    const result = fillFields(fields, entry);
    gaps.push(...result.gaps);
    return result.filled;
  });
  const text =
    format === 'csv'
      ? csvLayout(
          records,
          fields.map((f) => f.name),
        )
      : jsonLayout(standard, records);
  return { text, mime: MIME[format], format, gaps };
}
