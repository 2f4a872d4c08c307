/**
 * Which version of an example a reader gets, and which others are a click away. Pure: the home
 * page, the reader's switch and the route to an example share it, and tests run it directly.
 */
import type { ExampleEntry, ExampleVersion } from '../../../vite/example-index.ts';

/** An example's versions, the original first. */
export function versionsOf(entry: ExampleEntry): ExampleVersion[] {
  return [entry, ...entry.translations];
}

/** The version for a reader of `locale`: the one written in it, else the original. */
export function versionFor(entry: ExampleEntry, locale: string): ExampleVersion {
  return versionsOf(entry).find((version) => version.lang === locale) ?? entry;
}

/** The example one of whose versions is the file `file`. */
export function exampleOf(
  index: readonly ExampleEntry[],
  file: string,
): ExampleEntry | undefined {
  return index.find((entry) => versionsOf(entry).some((version) => version.file === file));
}

/** The versions of the example the file `file` belongs to, other than that file. */
export function otherVersions(index: readonly ExampleEntry[], file: string): ExampleVersion[] {
  const entry = exampleOf(index, file);
  return entry ? versionsOf(entry).filter((version) => version.file !== file) : [];
}

/**
 * The file that `#/example/<ref>` opens. A file name (`….algo.md`) is that file, so a link
 * someone shared opens the text they read; an example's id opens its version in the reader's
 * language; a translation's id, that translation. Undefined for an id no example has.
 */
export function exampleFile(
  index: readonly ExampleEntry[],
  ref: string,
  locale: string,
): string | undefined {
  if (ref.endsWith('.algo.md')) return ref;
  const original = index.find((entry) => entry.id === ref);
  if (original) return versionFor(original, locale).file;
  return index.flatMap(versionsOf).find((version) => version.id === ref)?.file;
}
