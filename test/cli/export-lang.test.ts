import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs } from './cli.ts';
import { draft } from './publish-fixture.ts';

afterAll(removeTempDirs);

describe.concurrent('algobook export --lang', { timeout: CLI_TIMEOUT * 4 }, () => {
  it('writes the HTML page in French with --lang fr, or when the notebook says lang: fr', async () => {
    const [given, front] = await Promise.all([
      algobook('export', draft(), '--to', 'html', '--lang', 'fr', '-o', '-'),
      algobook('export', draft({ front: 'lang: fr\n' }), '--to', 'html', '-o', '-'),
    ]);
    for (const { code, stdout } of [given, front]) {
      expect(code).toBe(0);
      expect(stdout).toMatch(/^<!doctype html>\n<html lang="fr">/);
      expect(stdout).toContain('<caption>2 lignes × 2 colonnes</caption>');
      expect(stdout).toContain('<h2>Jeux de données</h2>');
    }
  });

  it('lets --lang en win over the notebook, and refuses a language it does not have', async () => {
    const [english, unknown] = await Promise.all([
      algobook('export', draft({ front: 'lang: fr\n' }), '--to', 'html', '--lang', 'en', '-o', '-'),
      algobook('export', draft(), '--to', 'html', '--lang', 'de'),
    ]);
    expect(english.stdout).toContain('<caption>2 rows × 2 columns</caption>');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown language "de"; expected one of en, fr');
  });
});
