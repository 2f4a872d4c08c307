/**
 * The one check that a standalone HTML export written in French has no English label left: the
 * export's English labels (`EXPORT_LABELS.en`) that French words differently, looked for as whole
 * words in the text a reader sees. The core's test and the browser's test both use it.
 */
import { EXPORT_LABELS } from '../../src/core/publish/export-labels.ts';

export interface EnglishLabelOptions {
  /**
   * Look for lone lowercase words ("rows", "dataset") too. Leave them out where the notebook's
   * own names share the page, since a name may be such a word.
   */
  loneWords?: boolean;
  /** Leave the notebook's code (`<pre>`, `<code>`) out of the text looked at. */
  withoutCode?: boolean;
}

function patterns(loneWords: boolean): { label: string; pattern: RegExp }[] {
  return Object.entries(EXPORT_LABELS.en)
    .filter(([key, text]) => text !== EXPORT_LABELS.fr[key as keyof typeof EXPORT_LABELS.fr])
    .flatMap(([, text]) => text.replace(/<[^>]+>/g, '').split(/\{\w+\}|\|/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && (loneWords || /\s/.test(part) || /^\p{Lu}/u.test(part)))
    .map((label) => {
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return { label, pattern: new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u') };
    });
}

/** The text a reader sees in the export `html`: no tags, no style, and no code if asked. */
export function exportText(html: string, options: EnglishLabelOptions = {}): string {
  let text = html.replace(/<style>[\s\S]*?<\/style>/, '');
  if (options.withoutCode)
    text = text.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
  return text.replace(/<[^>]*>/g, ' ');
}

/** The English labels found in the text of the export `html` (none, for a French export). */
export function englishLabelsIn(html: string, options: EnglishLabelOptions = {}): string[] {
  const text = exportText(html, options);
  return patterns(options.loneWords ?? true)
    .filter(({ pattern }) => pattern.test(text))
    .map(({ label }) => label);
}
