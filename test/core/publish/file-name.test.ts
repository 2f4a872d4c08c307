import { describe, expect, it } from 'vitest';
import { fileStem, notebookFileName } from '../../../src/core/publish/file-name.ts';

describe('notebookFileName(front, extension)', () => {
  it('notebookFileName names the file after the title, not the id', () => {
    const front = { id: 'notebook-mx8yulmk', title: 'Density of Paris' };
    expect(notebookFileName(front, 'algo.md')).toBe('density-of-paris.algo.md');
    expect(notebookFileName(front, 'ipynb')).toBe('density-of-paris.ipynb');
  });

  it('notebookFileName folds accents and ligatures', () => {
    const front = { id: 'x', title: 'Qualité de l’air à Besançon — cœur de ville' };
    expect(notebookFileName(front, 'html')).toBe('qualite-de-l-air-a-besancon-coeur-de-ville.html');
  });

  it('notebookFileName adds the version of a published text', () => {
    expect(notebookFileName({ id: 'x', title: 'Taxe', version: 3 }, 'algo.md')).toBe(
      'taxe-v3.algo.md',
    );
    expect(notebookFileName({ id: 'x', title: 'Taxe', version: '3/../..' }, 'algo.md')).toBe(
      'taxe.algo.md',
    );
  });

  it('fileStem keeps no path, dot or control character from a hostile title', () => {
    for (const title of ['../../x', '..\\..\\x', '/etc/passwd', 'a\u0000b\nc', 'con.', '.']) {
      const stem = fileStem({ id: 'fallback', title });
      expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(fileStem({ id: 'fallback', title: '../../x' })).toBe('x');
  });

  it('fileStem bounds a 300-character title to 60 characters', () => {
    const stem = fileStem({ id: 'x', title: 'Très long titre '.repeat(19) });
    expect(stem.length).toBeLessThanOrEqual(60);
    expect(stem).toMatch(/^tres-long-titre-/);
    expect(stem.endsWith('-')).toBe(false);
  });

  it('fileStem falls back to the id, then to "notebook"', () => {
    expect(fileStem({ id: 'paris-density', title: '数据' })).toBe('paris-density');
    expect(fileStem({ id: '../', title: '<>' })).toBe('notebook');
    expect(fileStem({ id: 42, title: null })).toBe('notebook');
  });
});
