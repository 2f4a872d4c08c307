import { describe, expect, it } from 'vitest';
import { splitRecords } from '../../../src/core/data/csv/split-records.ts';
import { exportCard } from '../../../src/core/register/export.ts';
import { ATRS_FIELDS } from '../../../src/core/register/uk-atrs.ts';
import { entry, fullCard } from './entries.ts';

const SECTIONS = [
  'Metadata and Title Information',
  'Tier 1 Information',
  'Owner and Responsibility',
  'Description and Rationale',
  'Decision-making Process',
  'Tool Specification',
  'Model Specification',
  'Data Specification',
  'Risks, mitigations and impact assessments',
];

describe('exportCard(uk-atrs)', () => {
  it('writes JSON with one object per section of the template, tier 1 and tier 2', () => {
    const exported = exportCard('uk-atrs', entry(fullCard(), { url: 'https://ville.example/r' }));
    expect(exported.format).toBe('json');
    const [record] = JSON.parse(exported.text);
    expect(Object.keys(record)).toEqual(SECTIONS);
    expect(record['Tier 1 Information']).toEqual({
      name: 'Tarif de stationnement résidentiel',
      description: 'Calculer le tarif, selon le revenu du foyer.',
      website_url: 'https://ville.example/r',
      contact_email: 'algoritmes@noorderhaaks.example',
    });
    expect(record['Owner and Responsibility']).toMatchObject({
      organisation_or_department: 'Gemeente Noorderhaaks',
      team: 'Direction de la mobilité',
      senior_responsible_owner: '',
    });
    expect(record['Metadata and Title Information']).toMatchObject({
      phase: 'Production',
      standard_version: '3.0',
      date_of_completion: '2026-03-04',
    });
    expect(record['Decision-making Process'].human_decisions_and_review).toBe(
      'Un agent revoit chaque réclamation.',
    );
    expect(record['Risks, mitigations and impact assessments'].risks_and_mitigations).toMatch(
      /^Un revenu mal déclaré/,
    );
    expect(record['Data Specification'].source_data_url).toBe('https://data.example/revenus.csv');
    expect(exported.gaps).toContainEqual({
      id: 'parking',
      field: 'senior_responsible_owner',
      reason: 'unknown',
      required: true,
    });
  });

  it('writes CSV with one column per attribute, each named once', () => {
    const exported = exportCard('uk-atrs', entry(fullCard()), 'csv');
    expect(exported.format).toBe('csv');
    const [header, row] = splitRecords(exported.text.slice(1), ',');
    expect(header).toEqual(ATRS_FIELDS.map((f) => f.name));
    expect(new Set(header).size).toBe(header.length);
    expect(row[header.indexOf('organisation_name')]).toBe('Gemeente Noorderhaaks');
    expect(row[header.indexOf('website_url')]).toBe('');
    expect(exported.gaps).toContainEqual({
      id: 'parking',
      field: 'website_url',
      reason: 'missing',
      required: true,
    });
  });
});
