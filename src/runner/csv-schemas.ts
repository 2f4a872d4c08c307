import * as v from 'valibot';
import { isErrorCode } from '../core/errors/messages.ts';
import { NOTE_BOUNDS } from '../core/runtime/column-notes.ts';

/**
 * How the page accepts what a `parse-end` says of a csv/tsv read: the dialect only in the values
 * algobook reads, and column notes bounded in number and size, each with a code of the error
 * catalogue (the page words notes from their code, never from text the runner sends).
 */
export const CsvDialectSchema = v.strictObject({
  delimiter: v.picklist([',', ';', '\t', '|']),
  decimal: v.picklist(['.', ',']),
  encoding: v.picklist(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']),
  dates: v.picklist(['iso', 'dmy', 'none']),
  header: v.boolean(),
});

const Text = v.pipe(v.string(), v.maxLength(NOTE_BOUNDS.text));

const ColumnNoteSchema = v.strictObject({
  column: Text,
  code: v.pipe(
    Text,
    v.check((code) => isErrorCode(code)),
  ),
  params: v.pipe(
    v.record(Text, v.union([Text, v.pipe(v.number(), v.finite())])),
    v.maxEntries(NOTE_BOUNDS.params),
  ),
});

export const ColumnNotesSchema = v.pipe(v.array(ColumnNoteSchema), v.maxLength(NOTE_BOUNDS.notes));
