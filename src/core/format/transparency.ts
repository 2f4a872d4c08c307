import { FormatError } from './errors.ts';
import type { Transparency } from './types.ts';
import { isRecord, shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

/** The author-written fields of the transparency card (issue 6), all text. */
export const TRANSPARENCY_KEYS = [
  'purpose',
  'contribution',
  'automation',
  'legalBasis',
  'administration',
  'contact',
  'updated',
] as const;

/**
 * Checks the front matter's `transparency`: a mapping whose known keys are text (or left empty,
 * null, to fill in later). Unknown keys are kept, for fields a future card may show.
 */
export function checkTransparency(
  transparency: unknown,
  at: Locator,
): asserts transparency is Transparency | null | undefined {
  if (transparency === undefined || transparency === null) return;
  if (!isRecord(transparency)) {
    throw new FormatError(at.keyLine('transparency'), {
      code: 'format-transparency-not-mapping',
      params: {
        keys: TRANSPARENCY_KEYS.map((k) => `\`${k}\``).join(', '),
        value: shown(transparency),
      },
    });
  }
  for (const key of TRANSPARENCY_KEYS) {
    const value = transparency[key];
    if (value === undefined || value === null || typeof value === 'string') continue;
    throw new FormatError(at.keyLine('transparency', key), {
      code: key === 'updated' ? 'format-date-not-text' : 'format-key-not-text',
      params: { key: `transparency.${key}`, value: shown(value) },
    });
  }
}
