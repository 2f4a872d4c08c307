import { describe, expect, it } from 'vitest';
import { isKnownLicense, toSpdx, unversionedFamily } from '../../../src/core/licenses/index.ts';

describe('toSpdx', () => {
  it.each([
    // data.gouv.fr (udata) licence ids
    ['lov2', 'etalab-2.0'],
    ['fr-lo', 'etalab-2.0'],
    ['odc-odbl', 'ODbL-1.0'],
    ['odc-by', 'ODC-By-1.0'],
    ['odc-pddl', 'PDDL-1.0'],
    ['cc-zero', 'CC0-1.0'],
    // udata / CKAN titles
    ['Licence Ouverte / Open Licence version 2.0', 'etalab-2.0'],
    ['Licence Ouverte / Open Licence', 'etalab-2.0'],
    ['Open Data Commons Open Database License (ODbL)', 'ODbL-1.0'],
    ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0'],
    ['Creative Commons CCZero', 'CC0-1.0'],
    ['uk-ogl', 'OGL-UK-3.0'],
    // Opendatasoft metas.default.license free text
    ['Open Database License (ODbL)', 'ODbL-1.0'],
    ['Licence Ouverte v2.0 (Etalab)', 'etalab-2.0'],
    ['Licence Ouverte (Etalab)', 'etalab-2.0'],
    ['ODbL', 'ODbL-1.0'],
    ['CC BY 4.0', 'CC-BY-4.0'],
    ['CC0 1.0', 'CC0-1.0'],
    // SPDX ids in any case come back canonical
    ['etalab-2.0', 'etalab-2.0'],
    ['odbl-1.0', 'ODbL-1.0'],
    ['CC-BY-SA-4.0', 'CC-BY-SA-4.0'],
    ['pddl-1.0', 'PDDL-1.0'],
  ])('maps %j to %s', (name, spdx) => {
    expect(toSpdx(name)).toBe(spdx);
  });

  it('returns undefined for unknown, empty or missing names', () => {
    expect(toSpdx('notspecified')).toBeUndefined();
    expect(toSpdx('Licence de la ville, usage interne')).toBeUndefined();
    expect(toSpdx('')).toBeUndefined();
    expect(toSpdx(' / ')).toBeUndefined();
    expect(toSpdx(null)).toBeUndefined();
    expect(toSpdx(undefined)).toBeUndefined();
  });

  it('knows only canonical SPDX ids', () => {
    expect(isKnownLicense('ODbL-1.0')).toBe(true);
    expect(isKnownLicense('odbl-1.0')).toBe(false);
    expect(isKnownLicense('MIT')).toBe(false);
    expect(isKnownLicense(undefined)).toBe(false);
  });
});

describe('licence lookups are not fooled by inherited properties', () => {
  it.each([
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ])('a portal licence named %j is unknown, not a function', (name) => {
    expect(toSpdx(name)).toBeUndefined();
    expect(unversionedFamily(name)).toBeUndefined();
    expect(isKnownLicense(name)).toBe(false);
  });
});

describe('unversionedFamily', () => {
  it.each([
    ['cc-by', 'CC-BY'],
    ['CC BY', 'CC-BY'],
    ['Creative Commons Attribution', 'CC-BY'],
    ['cc-by-sa', 'CC-BY-SA'],
    ['Creative Commons Attribution Share-Alike', 'CC-BY-SA'],
  ])('%j names the family %s without a version, not guessed as 4.0', (name, family) => {
    expect(toSpdx(name)).toBeUndefined();
    expect(unversionedFamily(name)).toBe(family);
  });

  it('a versioned name is not a family', () => {
    expect(unversionedFamily('CC BY 4.0')).toBeUndefined();
    expect(unversionedFamily('CC-BY-SA-4.0')).toBeUndefined();
    expect(unversionedFamily(undefined)).toBeUndefined();
  });
});
