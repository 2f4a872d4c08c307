import { t, type MessageKey } from '../i18n/i18n.svelte.ts';

/**
 * A column type in a reader's words: the message naming it ("text", "whole number", "decimal",
 * "date", "date and time", "yes/no"), for the data panel's types (`string`, `integer`…) and for
 * the Arrow types of a table output (`utf8`, `int32`, `float64`, `timestamp`…); null for a type
 * with no plain name (binary, null…), which is then shown as it is.
 */
export function plainType(type: string): MessageKey | null {
  if (/^u?int\d*$/.test(type) || type === 'integer') return 'citizen.type.wholeNumber';
  if (/^float\d*$/.test(type) || type === 'number' || type === 'decimal')
    return 'citizen.type.decimal';
  if (type.startsWith('list<')) return 'citizen.type.list';
  switch (type) {
    case 'string':
    case 'utf8':
      return 'citizen.type.text';
    case 'boolean':
    case 'bool':
      return 'citizen.type.yesNo';
    case 'date':
      return 'citizen.type.date';
    case 'timestamp':
      return 'citizen.type.dateTime';
    case 'object':
    case 'struct':
    case 'map':
      return 'citizen.type.nested';
    default:
      return null;
  }
}

/** A column type in the interface's language (see `plainType`), else as it is. */
export function typeWords(type: string): string {
  const key = plainType(type);
  return key ? t(key) : type;
}
