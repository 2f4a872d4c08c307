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
    const reason = `\`transparency\` must be a mapping of ${TRANSPARENCY_KEYS.map((k) => `\`${k}\``).join(', ')} to text, not ${shown(transparency)}`;
    throw new FormatError(at.keyLine('transparency'), reason);
  }
  for (const key of TRANSPARENCY_KEYS) {
    const value = transparency[key];
    if (value === undefined || value === null || typeof value === 'string') continue;
    const hint = key === 'updated' ? ' (write the date as text, e.g. "2026-11-25")' : '';
    const reason = `\`transparency.${key}\` must be text, not ${shown(value)}${hint}`;
    throw new FormatError(at.keyLine('transparency', key), reason);
  }
}
