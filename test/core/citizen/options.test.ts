import { describe, expect, it } from 'vitest';
import { indicatorTitle, isIndicator, parseOptions } from '../../../src/core/citizen/options.ts';

describe('cell options', () => {
  it('reads words and key=value pairs, quoted or not', () => {
    expect([...parseOptions('indicator title="Indice ATMO" echo=false \'x\'')]).toEqual([
      ['indicator', true],
      ['title', 'Indice ATMO'],
      ['echo', 'false'],
      ['x', true],
    ]);
    expect(parseOptions('title="say \\"hi\\""').get('title')).toBe('say "hi"');
  });

  it('marks an indicator only with the word `indicator`', () => {
    expect(isIndicator('indicator')).toBe(true);
    expect(isIndicator('echo=false indicator')).toBe(true);
    expect(isIndicator('')).toBe(false);
    expect(isIndicator('indicators')).toBe(false);
    expect(isIndicator('title="indicator"')).toBe(false);
  });

  it('gives the title an author wrote, or null', () => {
    expect(indicatorTitle("indicator title='Density'")).toBe('Density');
    expect(indicatorTitle('indicator title=""')).toBeNull();
    expect(indicatorTitle('indicator')).toBeNull();
  });
});
