/**
 * The language a notebook's own words are in, as an HTML `lang` attribute: its `lang` key when
 * that is a well-formed language tag, else English. A stranger's notebook chooses the value, so
 * only the shape of a BCP 47 tag (letters, digits and hyphens) ever reaches the page.
 */
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** `value` when it is a well-formed language tag, else undefined. */
export function langTag(value: unknown): string | undefined {
  return typeof value === 'string' && TAG.test(value) ? value : undefined;
}

/** The language of a notebook's content (its front matter's `lang`), `en` by default. */
export function contentLang(front: { lang?: unknown }): string {
  return langTag(front.lang) ?? 'en';
}
