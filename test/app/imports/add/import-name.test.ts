import { describe, expect, it } from 'vitest';
import {
  isFreeImportName,
  proposeImportName,
} from '../../../../src/app/imports/add/import-name.ts';

describe('proposeImportName(front, taken)', () => {
  it("is the notebook's id in camel case, else its title", () => {
    expect(proposeImportName({ id: 'indice-atmo', title: 'x' }, [])).toBe('indiceAtmo');
    expect(proposeImportName({ title: "L'indice ATMO de la qualité de l'air" }, [])).toBe(
      'lIndiceAtmoDeLaQualiteDeLAir',
    );
    expect(proposeImportName({}, [])).toBe('library');
  });

  it('is a valid identifier, never a reserved word or a builtin', () => {
    expect(proposeImportName({ id: '2024-taxes' }, [])).toBe('nb2024Taxes');
    expect(proposeImportName({ id: 'dataset' }, [])).toBe('dataset2');
    expect(proposeImportName({ id: 'class' }, [])).toBe('class2');
    expect(proposeImportName({ id: 'use' }, [])).toBe('use2');
  });

  it('is numbered when the name is taken by an import or a cell', () => {
    expect(proposeImportName({ id: 'atmo' }, ['atmo'])).toBe('atmo2');
    expect(proposeImportName({ id: 'atmo' }, ['atmo', 'atmo2'])).toBe('atmo3');
  });

  it('takes a hostile id to an identifier', () => {
    const name = proposeImportName({ id: '"); alert(1); ("' }, []);
    expect(name).toBe('alert1');
    expect(isFreeImportName(name, [])).toBe(true);
  });
});

describe('isFreeImportName(name, taken)', () => {
  it('refuses what cells could not write, and names already used', () => {
    expect(isFreeImportName('atmo', [])).toBe(true);
    expect(isFreeImportName('at-mo', [])).toBe(false);
    expect(isFreeImportName('1atmo', [])).toBe(false);
    expect(isFreeImportName('', [])).toBe(false);
    expect(isFreeImportName('view', [])).toBe(false);
    expect(isFreeImportName('atmo', ['atmo'])).toBe(false);
  });
});
