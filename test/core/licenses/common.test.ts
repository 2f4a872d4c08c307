import { describe, expect, it } from 'vitest';
import { searchLicenses, spdxId } from '../../../src/core/licenses/index.ts';

describe('spdxId(input) and searchLicenses(query)', () => {
  it('spdxId spells a common id canonically and keeps any other well-formed id', () => {
    expect(spdxId(' eupl-1.2 ')).toBe('EUPL-1.2');
    expect(spdxId('ETALAB-2.0')).toBe('etalab-2.0');
    expect(spdxId('Zlib')).toBe('Zlib');
    expect(spdxId('LicenseRef-my-town')).toBe('LicenseRef-my-town');
    expect(spdxId('Licence ouverte')).toBeNull();
    expect(spdxId('x'.repeat(65))).toBeNull();
  });

  it('searchLicenses matches words of the id or the name, accents ignored, ids first', () => {
    expect(searchLicenses('gpl').map((l) => l.id)[0]).toBe('GPL-3.0-or-later');
    expect(searchLicenses('licence ouverte').map((l) => l.id)).toEqual(['etalab-2.0']);
    expect(searchLicenses('créative share').map((l) => l.id)).toEqual(['CC-BY-SA-4.0']);
    expect(searchLicenses('').length).toBeGreaterThan(20);
    expect(searchLicenses('zzz')).toEqual([]);
  });
});
