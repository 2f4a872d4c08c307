import type { ErrorParams, FormatCode } from '../errors/index.ts';
import { FormatError } from './errors.ts';
import { SHA256_HEX as SHA256 } from './sha256-hex.ts';
import { isRecord, shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

// An ISO 8601 date-time with its offset, as publishing writes it (`2026-11-26T01:05:09Z`), or a
// date alone, as a person may write it.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Checks the keys publishing writes (issue 5): `version`, `published`, `message`, `parent`,
 * `results` and `forkOf`. All are optional (a draft has none), but when present they must be
 * what publishing writes, since verification trusts them.
 */
export function checkPublishKeys(front: Record<string, unknown>, at: Locator): void {
  const fail = (path: string[], code: FormatCode, params: ErrorParams = {}): never => {
    throw new FormatError(at.keyLine(...path), { code, params });
  };
  const { version, published, message, parent, results, forkOf } = front;
  if (version !== undefined && !isWhole(version)) {
    fail(['version'], 'format-not-whole', { key: 'version', value: shown(version) });
  }
  if (published !== undefined) {
    if (
      typeof published !== 'string' ||
      !DATE_TIME.test(published) ||
      Number.isNaN(Date.parse(published))
    ) {
      fail(['published'], 'format-not-date-time', { key: 'published', value: shown(published) });
    }
  }
  if (message !== undefined && typeof message !== 'string') {
    fail(['message'], 'format-key-not-text', { key: 'message', value: shown(message) });
  }
  if (parent !== undefined && (typeof parent !== 'string' || !SHA256.test(parent))) {
    fail(['parent'], 'format-parent-not-sha256', { value: shown(parent) });
  }
  if (results !== undefined)
    checkResults(results, (code, params) => fail(['results'], code, params));
  if (forkOf !== undefined) {
    if (!isRecord(forkOf)) fail(['forkOf'], 'format-fork-not-mapping');
    const origin = forkOf as Record<string, unknown>;
    const inFork = (key: string, code: FormatCode, value: unknown) =>
      fail(['forkOf', key], code, { key: `forkOf.${key}`, value: shown(value) });
    if (typeof origin.id !== 'string' || !origin.id) fail(['forkOf', 'id'], 'format-fork-id');
    if (!isWhole(origin.version)) inFork('version', 'format-not-whole', origin.version);
    if (typeof origin.sha256 !== 'string' || !SHA256.test(origin.sha256))
      inFork('sha256', 'format-not-sha256', origin.sha256);
    if (origin.url !== undefined && origin.url !== null && typeof origin.url !== 'string')
      inFork('url', 'format-key-not-text', origin.url);
  }
}

function checkResults(
  results: unknown,
  fail: (code: FormatCode, params?: ErrorParams) => never,
): void {
  if (!Array.isArray(results)) fail('format-results-not-list');
  const seen = new Set<number>();
  (results as unknown[]).forEach((item, i) => {
    const entry = i + 1;
    if (!isRecord(item)) fail('format-result-not-mapping', { entry });
    const { cell, sha256, value } = item as Record<string, unknown>;
    if (!isWhole(cell)) fail('format-result-cell', { entry, value: shown(cell) });
    if (seen.has(cell as number)) fail('format-result-twice', { entry, cell: String(cell) });
    seen.add(cell as number);
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      fail('format-result-sha256', { entry, value: shown(sha256) });
    }
    if (value !== undefined && value !== null && typeof value !== 'string') {
      fail('format-result-value', { entry, value: shown(value) });
    }
  });
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
