import { TRANSPARENCY_KEYS } from '../format/transparency.ts';
import type { FrontMatter, Transparency } from '../format/types.ts';
import { isRecord } from '../format/values.ts';

/** The transparency fields, as the form and the card's checklist name them. */
export type TransparencyField = (typeof TRANSPARENCY_KEYS)[number];

/** The front matter a person edits in the metadata editor, every value as the form holds it. */
export interface MetadataForm {
  title: string;
  summary: string;
  /** One name per author, in order. */
  authors: string[];
  license: string;
  lang: string;
  transparency: Record<TransparencyField, string>;
}

/** A field of the form, as validation and focus name it. */
export type MetadataField = Exclude<keyof MetadataForm, 'transparency'> | TransparencyField;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An author entry's name: a string, or a mapping's `name` (`{ name, orcid }`). */
function authorName(author: unknown): string {
  if (typeof author === 'string') return author;
  return isRecord(author) ? text(author.name) : '';
}

/** The names of the front matter's `authors` (a list, or one string). */
export function authorNames(authors: unknown): string[] {
  if (typeof authors === 'string') return authors.trim() ? [authors] : [];
  return Array.isArray(authors) ? authors.map(authorName).filter((n) => n.trim()) : [];
}

/** The form's values for `front`; what is not text shows as empty. */
export function formOf(front: FrontMatter): MetadataForm {
  const given: Transparency = isRecord(front.transparency) ? front.transparency : {};
  return {
    title: text(front.title),
    summary: text(front.summary),
    authors: authorNames(front.authors),
    license: text(front.license),
    lang: text(front.lang),
    transparency: Object.fromEntries(TRANSPARENCY_KEYS.map((k) => [k, text(given[k])])) as Record<
      TransparencyField,
      string
    >,
  };
}

/** What a month input shows of `begin`: its month, a stored day shown as its month. */
export function beginMonthValue(begin: string): string {
  return /^\d{4}-\d{2}/.exec(begin.trim())?.[0] ?? '';
}

/**
 * `begin` once the month input reads `month`: the value the file had (a day, say) while its month
 * is unchanged, so that opening and saving the editor does not cut a stored day to its month.
 */
export function beginFromMonth(stored: string, month: string): string {
  return month && month === beginMonthValue(stored) ? stored : month;
}

// Where a key the file lacks is written: after the keys that usually come before it, so that the
// file reads in the usual order and a new key is a one-line diff.
const ORDER = ['algobook', 'id', 'title', 'lang', 'summary', 'authors', 'license'];

function withKey(
  record: Record<string, unknown>,
  key: string,
  value: unknown,
  order: readonly string[],
): Record<string, unknown> {
  if (value === undefined) {
    const { [key]: _gone, ...rest } = record;
    return rest;
  }
  if (Object.hasOwn(record, key)) return { ...record, [key]: value };
  const position = order.indexOf(key);
  if (position < 0) return { ...record, [key]: value };
  const before = new Set(order.slice(0, position));
  const entries = Object.entries(record);
  let at = 0;
  entries.forEach(([k], i) => {
    if (before.has(k)) at = i + 1;
  });
  entries.splice(at, 0, [key, value]);
  return Object.fromEntries(entries);
}

/** The authors as written: an entry kept as it was (a mapping with an ORCID stays one) when its name is unchanged. */
function authorsValue(previous: unknown, names: string[]): unknown[] {
  const byName = new Map<string, unknown>();
  if (Array.isArray(previous)) for (const a of previous) byName.set(authorName(a).trim(), a);
  return names.map((name) => byName.get(name) ?? name);
}

/**
 * The front matter with the form's values: only the fields whose value changed are written, each
 * trimmed, an emptied optional field removed; every other key, known or not, stays as it was.
 * The form should have passed {@link validateForm} first.
 */
export function applyForm(front: FrontMatter, form: MetadataForm): FrontMatter {
  const before = formOf(front);
  let next: Record<string, unknown> = { ...front };
  const set = (key: 'title' | 'summary' | 'license' | 'lang') => {
    const value = form[key].trim();
    if (value === before[key].trim()) return;
    next = withKey(next, key, value || undefined, ORDER);
  };
  set('title');
  set('summary');
  set('license');
  set('lang');
  const names = form.authors.map((a) => a.trim()).filter(Boolean);
  if (names.join('\n') !== before.authors.map((a) => a.trim()).join('\n'))
    next = withKey(
      next,
      'authors',
      names.length ? authorsValue(front.authors, names) : undefined,
      ORDER,
    );

  let transparency: Record<string, unknown> = isRecord(front.transparency)
    ? { ...front.transparency }
    : {};
  let changed = false;
  for (const key of TRANSPARENCY_KEYS) {
    const value = form.transparency[key].trim();
    if (value === before.transparency[key].trim()) continue;
    transparency = withKey(transparency, key, value || undefined, TRANSPARENCY_KEYS);
    changed = true;
  }
  if (changed)
    next = withKey(
      next,
      'transparency',
      Object.keys(transparency).length ? transparency : undefined,
      [],
    );
  return next as FrontMatter;
}
