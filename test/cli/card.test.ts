import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse } from '../../src/core/format/parse.ts';
import { algobook, CLI_TIMEOUT, EXAMPLES, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

const KEYS = [
  'purpose',
  'contribution',
  'automation',
  'legalBasis',
  'administration',
  'data',
  'algorithms',
  'parameters',
  'operations',
  'contact',
  'updated',
  'status',
  'begin',
  'organisation',
  'theme',
  'risks',
  'humanReview',
];

interface Front {
  transparency: Record<string, unknown>;
  datasets: Record<string, Record<string, unknown>>;
}

/** The front matter of a file, read with the YAML library alone. */
function frontOf(path: string): Front {
  const text = readFileSync(path, 'utf8');
  return parseYaml(text.split('\n---\n')[0].replace(/^---\n/, ''));
}

describe.concurrent('algobook card', { timeout: CLI_TIMEOUT }, () => {
  it('prints the air-quality card as JSON: the author fields as written, data and parameters from the notebook', async () => {
    const file = join(EXAMPLES, 'indice-atmo.algo.md');
    const { code, stdout, stderr } = await algobook('card', file, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const card = JSON.parse(stdout);
    expect(Object.keys(card)).toEqual(KEYS);
    const front = frontOf(file);
    for (const key of [
      'purpose',
      'contribution',
      'automation',
      'legalBasis',
      'administration',
      'contact',
      'updated',
    ])
      expect(card[key], key).toBe(String(front.transparency[key]));
    const [name, spec] = Object.entries(front.datasets)[0];
    expect(card.data).toEqual([
      {
        name,
        title: spec.title,
        source: spec.source,
        license: spec.license,
        sha256: spec.sha256,
        retrieved: String(spec.retrieved),
        url: spec.url,
      },
    ]);
    // Every input of the file (its `label:`s in the code), in page order, with its default.
    const text = readFileSync(file, 'utf8');
    const labels = [...text.matchAll(/view\(Inputs\.\w+\([^\n]*?label: '([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(labels.length).toBe(10);
    expect(card.parameters.map((p: { label: string }) => p.label)).toEqual(labels);
    expect(card.parameters[0]).toEqual({
      name: 'pm25',
      label: labels[0],
      value: 12,
      range: [0, 120],
    });
    expect(card.parameters[5]).toMatchObject({ name: 'boundsPM25', value: '10, 20, 25, 50, 75' });
    // The operations end with the indicator, each with the prose that introduces it.
    const last = card.operations.at(-1);
    expect(last.prose).toMatch(/highest class among the five sub-indices/);
    // Cells are numbered from 1, every cell counted, as the app numbers them ("Cell 12").
    const { cells } = parse(text);
    for (const op of card.operations)
      expect(cells[op.cell - 1]?.kind, `cell ${op.cell}`).toBe('code');
    expect(cells[last.cell - 1]).toMatchObject({
      kind: 'code',
      options: expect.stringContaining('indicator'),
    });
  });

  it('prints every key, null where the notebook says nothing, for each example', async () => {
    for (const name of ['paris-arrondissements', 'seattle-weather']) {
      const { code, stdout } = await algobook('card', join(EXAMPLES, `${name}.algo.md`), '--json');
      expect(code).toBe(0);
      const card = JSON.parse(stdout);
      expect(Object.keys(card)).toEqual(KEYS);
      expect(card.purpose).toBeNull();
      expect(card.data.length).toBeGreaterThan(0);
    }
  });

  it('prints the card for a person by default', async () => {
    const { code, stdout } = await algobook('card', join(EXAMPLES, 'indice-atmo.algo.md'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Transparency card: The ATMO air-quality index, step by step\n/);
    expect(stdout).toContain('\nLegal basis: Arrêté du 10 juillet 2020');
    expect(stdout).toContain('\n  - PM2.5, daily mean (µg/m³): 12 (0–120)\n');
    expect(stdout).toContain('    licence: etalab-2.0 · retrieved 2026-11-25\n');
  });

  it('says "(not given)" for what the author left out', async () => {
    const { stdout } = await algobook('card', join(EXAMPLES, 'seattle-weather.algo.md'));
    expect(stdout).toContain('\nPurpose: (not given)\n');
    expect(stdout).toContain('\nContact: (not given)\n');
  });

  it('exits 2 with the line of a bad `transparency` block, a missing file or no file', async () => {
    const path = join(tempDir(), 'bad.algo.md');
    writeFileSync(path, '---\nalgobook: 1\nid: t\ntitle: T\ntransparency:\n  purpose: [a]\n---\n');
    const bad = await algobook('card', path);
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: `${path}:6: \`transparency.purpose\` must be text, not a list\n`,
      warned: false,
    });
    const missing = await algobook('card', join(tempDir(), 'none.algo.md'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*none\.algo\.md: no such file\.\n$/);
    const none = await algobook('card');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected one notebook FILE, got 0/);
  });
});
