import { FormatError } from './errors.ts';
import type { Transparency } from './types.ts';
import { isRecord, shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

/**
 * The author-written fields of the transparency card, all text: those of issue 6, then the ones
 * the public registers need (issue 16: Etalab's inventory, the Dutch Algoritmeregister v1.0, the
 * UK's ATRS). `status` is one of {@link STATUS_VALUES}; `begin` a month (`2024-03`) or a day.
 */
export const TRANSPARENCY_KEYS = [
  'purpose',
  'contribution',
  'automation',
  'legalBasis',
  'administration',
  'contact',
  'updated',
  'status',
  'begin',
  'organisation',
  'theme',
  'risks',
  'humanReview',
] as const;

/** Where an algorithm stands: being built, used for decisions, or no longer used. */
export const STATUS_VALUES = ['development', 'in-use', 'retired'] as const;
export type AlgorithmStatus = (typeof STATUS_VALUES)[number];

/** `YYYY-MM` or `YYYY-MM-DD`, a month or a day that exists. */
export function isMonthOrDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!match) return false;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

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
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') {
      checkValue(key, value, at);
      continue;
    }
    throw new FormatError(at.keyLine('transparency', key), {
      code: key === 'updated' || key === 'begin' ? 'format-date-not-text' : 'format-key-not-text',
      params: { key: `transparency.${key}`, value: shown(value) },
    });
  }
}

function checkValue(key: string, value: string, at: Locator): void {
  if (!value.trim()) return;
  if (key === 'status' && !(STATUS_VALUES as readonly string[]).includes(value.trim())) {
    throw new FormatError(at.keyLine('transparency', key), {
      code: 'format-status-value',
      params: { value: shown(value), allowed: STATUS_VALUES.map((v) => `\`${v}\``).join(', ') },
    });
  }
  if (key === 'begin' && !isMonthOrDay(value)) {
    throw new FormatError(at.keyLine('transparency', key), {
      code: 'format-begin-not-month',
      params: { value: shown(value) },
    });
  }
}
