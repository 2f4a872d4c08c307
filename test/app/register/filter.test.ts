import { describe, expect, it } from 'vitest';
import {
  emptyQuery,
  facetValues,
  matchesText,
  queryRows,
  sortRows,
} from '../../../src/app/register/filter.ts';
import { readyRow, titles, unavailableRow } from './rows-fixtures.ts';

const parking = readyRow(
  'Tarif de stationnement',
  {
    purpose: 'Calculer le tarif résidentiel',
    organisation: 'Ville de Lyon',
    administration: 'Direction de la mobilité',
    theme: 'Mobilité',
    legalBasis: 'Code général des collectivités territoriales, L2333-87',
    automation: 'Entièrement automatisé',
  },
  { filled: 10, published: '2026-02-01T10:00:00Z' },
);
const canteen = readyRow(
  'Canteen prices',
  {
    purpose: 'Price of school meals by family income',
    administration: 'Education department',
    theme: 'Education',
    automation: 'Decision support',
  },
  { filled: 4, published: '2026-03-01T10:00:00Z' },
);
const air = readyRow(
  'Air quality index',
  { theme: 'Mobilité', automation: 'Entièrement automatisé' },
  { filled: 7, published: '2025-12-01T10:00:00Z' },
);
const broken = unavailableRow('Broken notebook');
const rows = [parking, canteen, air, broken];

describe('matchesText(row, text)', () => {
  it('finds every word in the title, purpose, organisation, administration, theme or legal basis', () => {
    expect(matchesText(parking, 'lyon')).toBe(true);
    expect(matchesText(parking, 'L2333-87')).toBe(true);
    expect(matchesText(parking, 'direction tarif')).toBe(true);
    expect(matchesText(canteen, 'school income')).toBe(true);
    expect(matchesText(canteen, 'school lyon')).toBe(false);
  });

  it('ignores case and accents', () => {
    expect(matchesText(parking, 'RESIDENTIEL mobilite')).toBe(true);
    expect(matchesText(parking, 'Résidentiel')).toBe(true);
  });

  it('finds a row without a card by its title only', () => {
    expect(matchesText(broken, 'broken')).toBe(true);
    expect(matchesText(broken, 'lyon')).toBe(false);
    expect(matchesText(broken, '   ')).toBe(true);
  });
});

describe('facetValues(rows, facet, locale)', () => {
  it('lists each value present once, in alphabetical order, without rows lacking it', () => {
    expect(facetValues(rows, 'theme', 'fr')).toEqual(['Education', 'Mobilité']);
    expect(facetValues(rows, 'administration', 'en')).toEqual([
      'Direction de la mobilité',
      'Education department',
    ]);
    expect(facetValues([broken], 'automation', 'en')).toEqual([]);
  });
});

describe('queryRows(rows, query, locale)', () => {
  it('keeps the rows with every chosen facet value and the words searched', () => {
    const query = emptyQuery();
    expect(queryRows(rows, query, 'en')).toHaveLength(4);
    query.facets.theme = 'Mobilité';
    expect(titles(queryRows(rows, query, 'en'))).toEqual([
      'Air quality index',
      'Tarif de stationnement',
    ]);
    query.facets.automation = 'Entièrement automatisé';
    query.text = 'lyon';
    expect(titles(queryRows(rows, query, 'en'))).toEqual(['Tarif de stationnement']);
    query.facets.administration = 'Education department';
    expect(queryRows(rows, query, 'en')).toEqual([]);
  });
});

describe('sortRows(rows, sort, locale)', () => {
  it('by title, newest publication first, or most complete first with cardless rows last', () => {
    expect(titles(sortRows(rows, 'title', 'en'))).toEqual([
      'Air quality index',
      'Broken notebook',
      'Canteen prices',
      'Tarif de stationnement',
    ]);
    expect(titles(sortRows(rows, 'date', 'en'))).toEqual([
      'Canteen prices',
      'Tarif de stationnement',
      'Broken notebook',
      'Air quality index',
    ]);
    expect(titles(sortRows(rows, 'completeness', 'en'))).toEqual([
      'Tarif de stationnement',
      'Air quality index',
      'Canteen prices',
      'Broken notebook',
    ]);
  });

  it('does not change the rows given', () => {
    const before = titles(rows);
    sortRows(rows, 'completeness', 'en');
    expect(titles(rows)).toEqual(before);
  });
});
