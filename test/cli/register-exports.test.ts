import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitRecords } from '../../src/core/data/csv/split-records.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { draft } from './publish-fixture.ts';

afterAll(removeTempDirs);

const CARD = `transparency:
  purpose: Compter la population, par commune
  organisation: Gemeente Noorderhaaks
  administration: Service des données
  status: in-use
  theme: Verkeer
  contact: data@noorderhaaks.example
  legalBasis: "=cmd|' /C calc'!A0"
`;

/** A site published by the real command: `pop` with a full card, `bare` with none. */
let site: string;
let full: string;
beforeAll(async () => {
  site = join(tempDir(), 'site');
  full = draft({ id: 'pop', front: `lang: nl\n${CARD}` });
  for (const file of [full, draft({ id: 'bare' })]) {
    const published = await algobook('publish', file, '--site', site, '-m', 'First');
    expect(published.code, published.stderr).toBe(0);
  }
}, CLI_TIMEOUT * 2);

describe.concurrent('algobook catalog and card --to', { timeout: CLI_TIMEOUT }, () => {
  it('exports a site to Etalab CSV: one row per notebook, formulas neutralised, gaps on stderr', async () => {
    const { code, stdout, stderr } = await algobook(
      'catalog',
      site,
      '--to',
      'etalab',
      '--url',
      'https://ville.example/site',
    );
    expect(code, stderr).toBe(0);
    const [header, ...rows] = splitRecords(stdout.replace(/^\uFEFF/, ''), ',');
    expect(header[0]).toBe("Nom de l'administration concernée");
    const byName = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    expect(byName.map((r) => r["Nom de l'algorithme"])).toEqual(['Population', 'Population']);
    const [pop, bare] = byName;
    expect(pop["Nom de l'administration concernée"]).toBe('Gemeente Noorderhaaks');
    expect(pop['Fondements juridiques']).toBe(`'=cmd|' /C calc'!A0`);
    expect(pop['Ressources connexes']).toBe('https://ville.example/site/pop/v1.algo.md');
    expect(bare["Finalité de l'algorithme"]).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toContain('pop: Contexte global unknown');
    expect(lines).toContain("bare: Finalité de l'algorithme missing");
    expect(lines.at(-1)).toMatch(
      /^algobook catalog: 2 algorithms exported to etalab \(csv\); \d+ fields/,
    );
  });

  it('exports a site to the Dutch standard as JSON, naming required gaps', async () => {
    const { code, stdout, stderr } = await algobook(
      'catalog',
      site,
      '--to',
      'nl-algoritmeregister',
    );
    expect(code, stderr).toBe(0);
    const records = JSON.parse(stdout);
    expect(records.map((r: { source_id: string }) => r.source_id)).toEqual(['pop', 'bare']);
    expect(records[0]).toMatchObject({
      organization: 'Gemeente Noorderhaaks',
      status: 'In gebruik',
      category: ['Verkeer'],
      lang: 'nld',
    });
    expect(stderr).toContain('pop: publication_category unknown\n');
    expect(stderr).toContain('bare: status missing\n');
  });

  it('exports a site to the ATRS as JSON and as CSV', async () => {
    const json = await algobook('catalog', site, '--to', 'uk-atrs');
    expect(json.code, json.stderr).toBe(0);
    const [record] = JSON.parse(json.stdout);
    expect(record['Owner and Responsibility'].organisation_or_department).toBe(
      'Gemeente Noorderhaaks',
    );
    const csv = await algobook('catalog', site, '--to', 'uk-atrs', '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    const [header, first] = splitRecords(csv.stdout.replace(/^\uFEFF/, ''), ',');
    expect(first[header.indexOf('organisation_name')]).toBe('Gemeente Noorderhaaks');
  });

  it('writes -o OUT whole, and nothing on stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'register.json');
    const { code, stdout, stderr } = await algobook(
      'catalog',
      site,
      '--to',
      'nl-algoritmeregister',
      '-o',
      out,
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(['register.json']);
  });

  it('exports one card to each standard; without --to, the card is as before', async () => {
    for (const to of ['etalab', 'nl-algoritmeregister', 'uk-atrs']) {
      const { code, stdout, stderr } = await algobook('card', full, '--to', to);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('Gemeente Noorderhaaks');
      expect(stderr).toMatch(/algobook card: 1 algorithm exported to /);
    }
    const out = join(tempDir(), 'card.csv');
    const written = await algobook('card', full, '--to', 'etalab', '-o', out);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFNom de l'administration concernée,/);
    const plain = await algobook('card', full);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^Transparency card: Population/);
    expect(plain.stderr).toBe('');
  });

  it('refuses an unknown standard or format', async () => {
    const bad = await algobook('catalog', site, '--to', 'nowhere');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--to must be one of etalab, nl-algoritmeregister, uk-atrs/);
    const format = await algobook('card', full, '--to', 'etalab', '--format', 'xml');
    expect(format.code).toBe(2);
  });

  it('lists both in the help', async () => {
    const { stdout } = await algobook('help');
    expect(stdout).toMatch(/\n {2}card /);
    expect(stdout).toMatch(/\n {2}catalog /);
    expect((await algobook('help', 'card')).stdout).toContain('--to STANDARD');
  });
});

describe('algobook catalog on a tampered site', { timeout: CLI_TIMEOUT }, () => {
  it('names the tampered version, leaves it out and exits 1', async () => {
    const tampered = join(tempDir(), 'site');
    for (const id of ['pop', 'bare']) {
      const published = await algobook('publish', draft({ id }), '--site', tampered, '-m', 'x');
      expect(published.code, published.stderr).toBe(0);
    }
    const file = join(tampered, 'bare/v1.algo.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# Population', '# Changed'));
    const { code, stdout, stderr } = await algobook(
      'catalog',
      tampered,
      '--to',
      'nl-algoritmeregister',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/algobook catalog: bare: .*v1\.algo\.md: Version 1 has been modified/);
    expect(stderr).toContain('It is left out.');
    expect(JSON.parse(stdout).map((r: { source_id: string }) => r.source_id)).toEqual(['pop']);
  });
});
