/**
 * The list of examples the home page reads (`examples/index.json`), one entry per example with
 * its translations beside it. A translation is a notebook of its own, with its own id, text and
 * hash; its front matter names its language (`lang`) and the example it translates
 * (`translationOf`, that example's id).
 */

/** One version of an example, as its front matter describes it. */
export interface ExampleVersion {
  file: string;
  id: string;
  /** The language the text is written in; `en` when the front matter does not say. */
  lang: string;
  title: string;
  summary: string;
  license: string;
}

/** One line of `examples/index.json`: an example in its own language, and its translations. */
export interface ExampleEntry extends ExampleVersion {
  translations: ExampleVersion[];
}

/** What the index reads from a file's front matter. */
export type ExampleFront = Record<string, unknown>;

/** The version a file's front matter describes, and the id it translates if any. */
export function exampleVersion(
  file: string,
  front: ExampleFront,
): { version: ExampleVersion; translationOf?: string } {
  const version = {
    file,
    id: String(front.id ?? file),
    lang: typeof front.lang === 'string' && front.lang ? front.lang : 'en',
    title: String(front.title ?? file),
    summary: String(front.summary ?? ''),
    license: String(front.license ?? ''),
  };
  const of = front.translationOf;
  return typeof of === 'string' && of ? { version, translationOf: of } : { version };
}

/**
 * Groups versions under the example they translate, in the order of the originals. A
 * translation of an id no example has is an error: the build must not drop a text silently.
 */
export function groupExamples(
  versions: readonly { version: ExampleVersion; translationOf?: string }[],
): ExampleEntry[] {
  const entries = versions
    .filter((v) => v.translationOf === undefined)
    .map((v): ExampleEntry => ({ ...v.version, translations: [] }));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const { version, translationOf } of versions) {
    if (translationOf === undefined) continue;
    const entry = byId.get(translationOf);
    if (!entry)
      throw new Error(`${version.file}: translationOf "${translationOf}" is no example's id`);
    if (entry.lang === version.lang || entry.translations.some((t) => t.lang === version.lang))
      throw new Error(
        `${version.file}: "${translationOf}" already has a version in "${version.lang}"`,
      );
    entry.translations.push(version);
  }
  return entries;
}
