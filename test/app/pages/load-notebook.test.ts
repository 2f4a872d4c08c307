import { afterEach, describe, expect, it } from 'vitest';
import { parseText } from '../../../src/app/pages/load-notebook.ts';
import { setLocale } from '../../../src/app/i18n/i18n.svelte.ts';

afterEach(() => setLocale('en'));

const unclosed = '---\nalgobook: 1\nid: a\ntitle: A\n---\n\n```js\nconst x = 1;\n';

describe('parseText(text, url)', () => {
  it('says what is wrong with a notebook file, and on which line, in the interface language', () => {
    setLocale('fr');
    const french = parseText(unclosed, 'x.algo.md');
    expect(french).toMatchObject({ ok: false });
    expect(!french.ok && french.message).toBe(
      'Ce fichier n’est pas un carnet valide. Ligne 7\u00a0: bloc de code ouvert ici (```js) jamais fermé\u00a0; fermez-le par une ligne ```',
    );
    setLocale('en');
    const english = parseText(unclosed, 'x.algo.md');
    expect(!english.ok && english.message).toBe(
      'This file is not a valid notebook. Line 7: unclosed code fence opened here (```js); close it with a line ```',
    );
    expect(!english.ok && parseText('no front matter', 'y').ok).toBe(false);
  });
});
