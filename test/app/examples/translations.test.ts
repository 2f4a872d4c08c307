import { describe, expect, it } from 'vitest';
import type { ExampleEntry, ExampleVersion } from '../../../vite/example-index.ts';
import {
  exampleFile,
  otherVersions,
  versionFor,
} from '../../../src/app/examples/translations.ts';

const version = (id: string, lang: string): ExampleVersion => ({
  file: `${id}.algo.md`,
  id,
  lang,
  title: id,
  summary: '',
  license: '',
});
const atmo: ExampleEntry = { ...version('atmo', 'en'), translations: [version('atmo.fr', 'fr')] };
const solo: ExampleEntry = { ...version('solo', 'en'), translations: [] };
const index = [atmo, solo];

describe('example translations', () => {
  it('versionFor(entry, locale) is the version in that language, else the original', () => {
    expect(versionFor(atmo, 'fr').file).toBe('atmo.fr.algo.md');
    expect(versionFor(atmo, 'en').file).toBe('atmo.algo.md');
    expect(versionFor(solo, 'fr').file).toBe('solo.algo.md');
  });

  it('otherVersions(index, file) are the rest of its example, both ways', () => {
    expect(otherVersions(index, 'atmo.algo.md').map((v) => v.file)).toEqual(['atmo.fr.algo.md']);
    expect(otherVersions(index, 'atmo.fr.algo.md').map((v) => v.file)).toEqual(['atmo.algo.md']);
    expect(otherVersions(index, 'solo.algo.md')).toEqual([]);
    expect(otherVersions(index, 'unknown.algo.md')).toEqual([]);
  });

  it('exampleFile(index, ref, locale): a file is itself, an id follows the language', () => {
    expect(exampleFile(index, 'atmo.algo.md', 'fr')).toBe('atmo.algo.md');
    expect(exampleFile(index, 'atmo', 'fr')).toBe('atmo.fr.algo.md');
    expect(exampleFile(index, 'atmo', 'en')).toBe('atmo.algo.md');
    expect(exampleFile(index, 'atmo.fr', 'en')).toBe('atmo.fr.algo.md');
    expect(exampleFile(index, 'solo', 'fr')).toBe('solo.algo.md');
    expect(exampleFile(index, 'nowhere', 'fr')).toBeUndefined();
  });
});
