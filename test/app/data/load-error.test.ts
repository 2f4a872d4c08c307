import { describe, expect, it } from 'vitest';
import { AlgobookError, errorText, fromWire, toWire } from '../../../src/core/errors/index.ts';
import { DatasetLoadError } from '../../../src/app/data/load-error.ts';

const URL = 'https://data.example/a.csv';

describe('DatasetLoadError(kind, url, detail)', () => {
  it('is an AlgobookError with the download code of its kind, which crosses the port', () => {
    const cases = [
      [new DatasetLoadError('cors', URL), 'download-cors', { url: URL }],
      [new DatasetLoadError('unreachable', URL), 'download-unreachable', { url: URL }],
      [
        new DatasetLoadError('not-found', URL, { status: 404, statusText: 'Not Found' }),
        'download-not-found',
        { url: URL },
      ],
      [
        new DatasetLoadError('status', URL, { status: 503, statusText: 'Busy' }),
        'download-http',
        // The server's status text is in its own language: not a parameter.
        { url: URL, status: '503' },
      ],
      [
        new DatasetLoadError('too-large', URL, { size: 3e9, limit: 5e8 }),
        'download-too-large',
        { url: URL, size: 3000, limit: 500 },
      ],
      [new DatasetLoadError('cancelled', URL), 'download-cancelled', { url: URL }],
      // A web page where the data was expected: not found, worded as such.
      [new DatasetLoadError('not-found', URL, { html: true }), 'download-html', { url: URL }],
    ] as const;
    for (const [error, code, params] of cases) {
      expect(error).toBeInstanceOf(AlgobookError);
      expect({ code: error.code, params: error.params }).toEqual({ code, params });
      const again = fromWire(toWire(error));
      expect(again).toBeInstanceOf(AlgobookError);
      expect(errorText('fr', code, (again as AlgobookError).params, '')).not.toMatch(/\{\w+\}/);
    }
  });
});
