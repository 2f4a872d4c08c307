import { csvText } from './csv.ts';
import type { FilledField } from './fill.ts';
import { ATRS_SECTIONS } from './uk-atrs.ts';
import type { RegisterStandard } from './types.ts';

/** A record: one algorithm's filled fields. */
export type FilledRecord = readonly FilledField[];

/** One row per algorithm under the standard's field names; an empty field is an empty cell. */
export function csvLayout(records: readonly FilledRecord[], names: readonly string[]): string {
  return csvText([names, ...records.map((record) => record.map((f) => f.value ?? ''))]);
}

/**
 * One JSON object per algorithm, in an array. The Dutch standard's keys are its field names; an
 * empty optional field is left out, an empty required one is `""` when a plain text may be empty,
 * else left out (the gap says so); a list holds the one value filled in. The ATRS's object has
 * one object per section of its template. Etalab's is flat, with `""` for an empty field.
 */
export function jsonLayout(standard: RegisterStandard, records: readonly FilledRecord[]): string {
  const objects = records.map((record) => {
    switch (standard) {
      case 'nl-algoritmeregister':
        return dutchObject(record);
      case 'uk-atrs':
        return atrsObject(record);
      case 'etalab':
        return Object.fromEntries(record.map((f) => [f.field.name, f.value ?? '']));
    }
  });
  return JSON.stringify(objects, null, 2) + '\n';
}

function dutchObject(record: FilledRecord): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const { field, value } of record) {
    if (value !== undefined) object[field.name] = field.list ? [value] : value;
    else if (field.required && !field.allowed && !field.list) object[field.name] = '';
  }
  return object;
}

function atrsObject(record: FilledRecord): Record<string, Record<string, string>> {
  const object: Record<string, Record<string, string>> = {};
  for (const section of ATRS_SECTIONS) object[section] = {};
  for (const { field, value } of record) object[field.section ?? ''][field.name] = value ?? '';
  return object;
}
