import { langTag } from '../format/content-lang.ts';
import { isMonthOrDay, STATUS_VALUES } from '../format/transparency.ts';
import { MAX_LICENSE_ID, spdxId } from '../licenses/common.ts';
import type { MetadataField, MetadataForm, TransparencyField } from './form.ts';

/** Why a field's value is refused; the page words it in the person's language. */
export type MetadataIssue =
  | {
      field: MetadataField;
      code: 'required' | 'one-line' | 'contact' | 'date' | 'month' | 'status' | 'license' | 'lang';
    }
  | { field: MetadataField; code: 'too-long'; max: number; index?: number }
  | { field: 'authors'; code: 'too-many'; max: number };

/** The bounds of each field, in characters (authors: each name, and how many). */
export const LIMITS = {
  title: 200,
  summary: 1000,
  author: 200,
  authors: 50,
  text: 2000,
  contact: 500,
  lang: 35,
} as const;

const TEXT_FIELDS = [
  'purpose',
  'contribution',
  'automation',
  'legalBasis',
  'administration',
  'organisation',
  'theme',
  'risks',
  'humanReview',
] as const;

// An address a reader can write to: an e-mail, or an https URL with a host and no credentials.
const EMAIL = /^[^\s@<>()[\]"',;:]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const SCHEME_SCRIPT = /\b(?:javascript|vbscript|data|file):/i;

function isHttpsUrl(token: string): boolean {
  if (!/^https:\/\//i.test(token)) return false;
  try {
    const url = new URL(token);
    return (
      url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password
    );
  } catch {
    return false;
  }
}

/**
 * Whether a contact names an address a reader can use: it is an e-mail or an https URL, or a
 * short text holding one ("Direction des finances, finances@ville.fr"). A script, data or file
 * URL anywhere in it is refused, as a link made from it could run or read something.
 */
export function isContact(contact: string): boolean {
  const value = contact.trim();
  if (SCHEME_SCRIPT.test(value)) return false;
  const tokens = value.split(/[\s<>()[\]"',;]+/).map((t) => t.replace(/[.:]+$/, ''));
  return tokens.some((t) => EMAIL.test(t) || isHttpsUrl(t));
}

/** Whether `value` is a calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Every problem with the form's values, in the form's order; empty when it may be saved. */
export function validateForm(form: MetadataForm): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  const tooLong = (field: MetadataField, value: string, max: number, index?: number) => {
    if (value.trim().length <= max) return false;
    issues.push(
      index === undefined
        ? { field, code: 'too-long', max }
        : { field, code: 'too-long', max, index },
    );
    return true;
  };

  const title = form.title.trim();
  if (!title) issues.push({ field: 'title', code: 'required' });
  else if (!tooLong('title', title, LIMITS.title) && /[\r\n]/.test(title))
    issues.push({ field: 'title', code: 'one-line' });
  tooLong('summary', form.summary, LIMITS.summary);

  const authors = form.authors.filter((a) => a.trim());
  if (authors.length > LIMITS.authors)
    issues.push({ field: 'authors', code: 'too-many', max: LIMITS.authors });
  form.authors.forEach((author, index) => tooLong('authors', author, LIMITS.author, index));

  const license = form.license.trim();
  if (license && !tooLong('license', license, MAX_LICENSE_ID) && !spdxId(license))
    issues.push({ field: 'license', code: 'license' });
  const lang = form.lang.trim();
  if (lang && !tooLong('lang', lang, LIMITS.lang) && !langTag(lang))
    issues.push({ field: 'lang', code: 'lang' });

  const t = form.transparency;
  for (const field of TEXT_FIELDS) tooLong(field, t[field], LIMITS.text);
  const contact: TransparencyField = 'contact';
  if (t.contact.trim() && !tooLong(contact, t.contact, LIMITS.contact) && !isContact(t.contact))
    issues.push({ field: contact, code: 'contact' });
  if (t.updated.trim() && !isIsoDate(t.updated)) issues.push({ field: 'updated', code: 'date' });
  // The file's own checks (format/transparency.ts): a form that saves gives a file that opens.
  const status = t.status.trim();
  if (status && !(STATUS_VALUES as readonly string[]).includes(status))
    issues.push({ field: 'status', code: 'status' });
  if (t.begin.trim() && !isMonthOrDay(t.begin)) issues.push({ field: 'begin', code: 'month' });
  return issues;
}
