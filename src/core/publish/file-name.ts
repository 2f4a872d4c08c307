import { slugify } from '../format/slugify.ts';

/**
 * The stem of a file saved from a notebook: the slug of its title (accents folded, lower-case
 * ASCII letters, digits and single dashes, at most 60 characters), else the slug of its id, else
 * `notebook`. A stranger's title chooses it, so nothing but those characters ever reaches a file
 * name: no dot, slash, backslash or control character.
 */
export function fileStem(front: { title?: unknown; id?: unknown }): string {
  const slug = (value: unknown) => (typeof value === 'string' ? slugify(value) : '');
  return slug(front.title) || slug(front.id) || 'notebook';
}

/**
 * The name of a file saved from a notebook: {@link fileStem}, `-v<n>` for a published version,
 * and the extension (`algo.md`, `ipynb`, `html`).
 */
export function notebookFileName(
  front: { title?: unknown; id?: unknown; version?: unknown },
  extension: string,
): string {
  const { version } = front;
  const published =
    typeof version === 'number' && Number.isSafeInteger(version) && version > 0
      ? `-v${version}`
      : '';
  return `${fileStem(front)}${published}.${extension}`;
}
