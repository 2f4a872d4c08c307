import { describe, expect, it, vi } from 'vitest';

// Fresh modules: the catalogue registry is the module's state.
async function fresh() {
  vi.resetModules();
  return import('../../../src/core/errors/translate.ts');
}

describe('the French error text', () => {
  it('is not loaded with errorText: French words an error in English until french.ts is imported', async () => {
    const { errorCatalogues, errorText } = await fresh();
    expect(errorCatalogues.fr).toBeUndefined();
    expect(errorText('fr', 'storage-full', {}, 'fallback')).toMatch(/^Your browser/);

    await import('../../../src/core/errors/french.ts');
    expect(errorCatalogues.fr).toBeDefined();
    expect(errorText('fr', 'storage-full', {}, 'fallback')).toMatch(
      /^Le stockage de votre navigateur/,
    );
  });

  it('comes with the French dictionary of the page', async () => {
    const { errorText } = await fresh();
    await import('../../../src/app/i18n/fr.ts');
    expect(errorText('fr', 'storage-full', {}, 'fallback')).toMatch(
      /^Le stockage de votre navigateur/,
    );
  });
});
