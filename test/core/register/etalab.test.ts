import { describe, expect, it } from 'vitest';
import { splitRecords } from '../../../src/core/data/csv/split-records.ts';
import { csvCell } from '../../../src/core/register/csv.ts';
import { ETALAB_FIELDS } from '../../../src/core/register/etalab.ts';
import { exportCard, exportCatalog } from '../../../src/core/register/export.ts';
import { entry, fullCard } from './entries.ts';

const HEADER = [
  "Nom de l'administration concernée",
  'Direction/service porteur',
  "Contact au sein de l'administration concernée",
  'Date de mise à jour des informations',
  "Nom de l'algorithme",
  'Contexte global',
  "Finalité de l'algorithme",
  "Comment et quand l'algorithme intervient-il dans la prise de décision ?",
  "Niveau d'automatisation de la décision",
  'Fondements juridiques',
  'Ressources connexes',
  'Nombre de décisions administratives prises par an',
  'Portée de la décision',
  'Public concerné par la décision',
  'Données traitées',
  'Source des données traitées',
  'Mode de collecte des données traitées',
  "Type d'algorithme",
  "Opérations effectuées par l'algorithme",
];

/** The CSV read back by the project's own CSV reader, after its byte order mark. */
function readBack(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = splitRecords(text.slice(1), ',');
  expect(header).toEqual(HEADER);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

describe('exportCard(etalab)', () => {
  it('writes a CSV with the guide’s French field names, CRLF rows, and the card’s values', () => {
    const exported = exportCard(
      'etalab',
      entry(fullCard(), { url: 'https://ville.example/r/parking' }),
    );
    expect(exported.format).toBe('csv');
    expect(exported.mime).toBe('text/csv;charset=utf-8');
    expect(exported.text.endsWith('\r\n')).toBe(true);
    const [row] = readBack(exported.text);
    expect(row).toMatchObject({
      "Nom de l'administration concernée": 'Gemeente Noorderhaaks',
      'Direction/service porteur': 'Direction de la mobilité',
      "Nom de l'algorithme": 'Tarif de stationnement résidentiel',
      "Niveau d'automatisation de la décision": 'Entièrement automatisé',
      'Ressources connexes': 'https://ville.example/r/parking',
      'Données traitées': 'revenus: Revenus des foyers',
      'Source des données traitées': 'revenus: DGFiP',
      "Opérations effectuées par l'algorithme": 'cell 3 (Tarif): Le tarif suit une grille.',
      'Contexte global': '',
    });
    expect(exported.gaps.map((g) => [g.field, g.reason])).toEqual([
      ['Contexte global', 'unknown'],
      ['Nombre de décisions administratives prises par an', 'unknown'],
      ['Portée de la décision', 'unknown'],
      ['Public concerné par la décision', 'unknown'],
      ['Mode de collecte des données traitées', 'unknown'],
      ["Type d'algorithme", 'unknown'],
    ]);
  });

  it('keeps commas, quotes, newlines and accents, and neutralises formulas', () => {
    const purpose = 'Tarif « réduit », dit "social"\r\nsur deux lignes; ça marche';
    const exported = exportCatalog('etalab', [
      entry({ purpose, legalBasis: '=HYPERLINK("http://evil.example")' }, { id: 'a' }),
      entry({ contact: '+33 1 23 45 67 89', automation: '@SUM(A1)' }, { id: 'b', title: '-2+3' }),
    ]);
    const [a, b] = readBack(exported.text);
    expect(a["Finalité de l'algorithme"]).toBe(purpose);
    expect(a['Fondements juridiques']).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(b["Contact au sein de l'administration concernée"]).toBe(`'+33 1 23 45 67 89`);
    expect(b["Niveau d'automatisation de la décision"]).toBe(`'@SUM(A1)`);
    expect(b["Nom de l'algorithme"]).toBe(`'-2+3`);
    expect(b["Finalité de l'algorithme"]).toBe('');
    expect(
      exported.gaps.find((g) => g.id === 'b' && g.field === "Finalité de l'algorithme"),
    ).toMatchObject({ reason: 'missing' });
  });

  it('neutralises a cell starting with a tab or CR, and quotes what needs it', () => {
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes JSON on request: one flat object per algorithm, an empty field as ""', () => {
    const exported = exportCard('etalab', entry(fullCard()), 'json');
    expect(exported.mime).toBe('application/json');
    const [record] = JSON.parse(exported.text);
    expect(Object.keys(record)).toEqual(HEADER);
    expect(record['Contexte global']).toBe('');
    expect(record['Fondements juridiques']).toBe('Délibération 2024-12 du conseil municipal');
  });

  it('has one field a name, all optional as in the guide', () => {
    expect(ETALAB_FIELDS.map((f) => f.name)).toEqual(HEADER);
    expect(ETALAB_FIELDS.every((f) => !f.required)).toBe(true);
  });
});
