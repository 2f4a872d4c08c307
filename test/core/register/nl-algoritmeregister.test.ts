import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCard, exportCatalog } from '../../../src/core/register/export.ts';
import { NL_FIELDS } from '../../../src/core/register/nl-algoritmeregister.ts';
import type { RegisterExport } from '../../../src/core/register/types.ts';
import { entry, fullCard } from './entries.ts';

const schema = JSON.parse(
  readFileSync(
    new URL('../../fixtures/register/nl-algoritmeregister-v1_0.schema.json', import.meta.url),
    'utf8',
  ),
);
const validate = new Ajv({ allErrors: true }).compile(schema);

/**
 * The schema's errors, but those of required fields the export reports as gaps: a Dutch field
 * algobook cannot fill (`publication_category`) is left out and said, never invented.
 */
function errorsBeyondGaps(exported: RegisterExport) {
  validate(JSON.parse(exported.text));
  const reported = new Set(exported.gaps.filter((g) => g.required).map((g) => g.field));
  return (validate.errors ?? []).filter(
    (e) => !(e.keyword === 'required' && reported.has(String(e.params.missingProperty))),
  );
}

describe('exportCard(nl-algoritmeregister)', () => {
  it('has a row of the table for every field of v1_0.json but lars', () => {
    expect(NL_FIELDS.map((f) => f.name).sort()).toEqual(
      Object.keys(schema.items.properties)
        .filter((name) => name !== 'lars')
        .sort(),
    );
  });

  it('exports a full card that validates, but the publication category it reports as a gap', () => {
    const exported = exportCard('nl-algoritmeregister', entry(fullCard(), { lang: 'nl' }));
    expect(exported.format).toBe('json');
    expect(exported.mime).toBe('application/json');
    expect(errorsBeyondGaps(exported)).toEqual([]);
    const [record] = JSON.parse(exported.text);
    expect(record).toMatchObject({
      name: 'Tarif de stationnement résidentiel',
      organization: 'Gemeente Noorderhaaks',
      category: ['Verkeer'],
      status: 'In gebruik',
      begin_date: '2024-03',
      lang: 'nld',
      standard_version: '1.0',
      source_id: 'parking',
    });
    expect(record).not.toHaveProperty('publication_category');
    expect(exported.gaps.filter((g) => g.required)).toEqual([
      { id: 'parking', field: 'publication_category', reason: 'unknown', required: true },
    ]);
  });

  it('exports an empty card that validates but for its required gaps, each reported', () => {
    const exported = exportCard('nl-algoritmeregister', entry());
    expect(errorsBeyondGaps(exported)).toEqual([]);
    const [record] = JSON.parse(exported.text);
    // Plain required texts are written empty; required lists of values are left out.
    expect(record).toMatchObject({ description_short: '', organization: '', contact_email: '' });
    expect(record).not.toHaveProperty('status');
    expect(record).not.toHaveProperty('goal');
    const required = exported.gaps.filter((g) => g.required).map((g) => [g.field, g.reason]);
    expect(required).toEqual([
      ['description_short', 'missing'],
      ['organization', 'missing'],
      ['status', 'missing'],
      ['contact_email', 'missing'],
      ['publication_category', 'unknown'],
      ['lang', 'missing'],
    ]);
    // Without the gaps taken into account, the schema says the same fields are missing.
    validate(JSON.parse(exported.text));
    const missing = (validate.errors ?? []).map((e) => e.params.missingProperty).sort();
    expect(missing).toEqual(['lang', 'publication_category', 'status']);
  });

  it('cuts a value over its maximum length, reports it too-long with the limit, and validates', () => {
    const long = 'é'.repeat(120);
    const exported = exportCard('nl-algoritmeregister', entry(fullCard(), { title: long }));
    expect(errorsBeyondGaps(exported)).toEqual([]);
    const [record] = JSON.parse(exported.text);
    expect(record.name).toBe('é'.repeat(100));
    expect(exported.gaps).toContainEqual({
      id: 'parking',
      field: 'name',
      reason: 'too-long',
      limit: 100,
      required: true,
    });
  });

  it('leaves out a value the standard does not allow, and says so', () => {
    const exported = exportCard(
      'nl-algoritmeregister',
      entry({ ...fullCard(), theme: 'Stationnement' }, { lang: 'fr' }),
    );
    expect(errorsBeyondGaps(exported)).toEqual([]);
    const [record] = JSON.parse(exported.text);
    expect(record).not.toHaveProperty('category');
    expect(record).not.toHaveProperty('lang');
    const notAllowed = exported.gaps.filter((g) => g.reason === 'not-allowed').map((g) => g.field);
    expect(notAllowed).toEqual(['category', 'lang']);
  });

  it('exports a catalog as one object per algorithm, in order', () => {
    const exported = exportCatalog('nl-algoritmeregister', [
      entry(fullCard(), { id: 'a', lang: 'nl' }),
      entry({}, { id: 'b' }),
    ]);
    expect(errorsBeyondGaps(exported)).toEqual([]);
    expect(JSON.parse(exported.text).map((r: { source_id: string }) => r.source_id)).toEqual([
      'a',
      'b',
    ]);
    expect(new Set(exported.gaps.map((g) => g.id))).toEqual(new Set(['a', 'b']));
  });
});
