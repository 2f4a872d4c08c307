// The page loads one language's dictionary at a time (src/app/i18n/i18n.svelte.ts); unit tests
// switch languages synchronously, so both are loaded before each test file.
import { i18n } from '../../src/app/i18n/i18n.svelte.ts';

await Promise.all([i18n.load('en'), i18n.load('fr')]);
