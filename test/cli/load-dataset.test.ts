import { describe, expect, it } from 'vitest';
import { datasetLoader } from '../../src/cli/load-dataset.ts';
import { DatasetHashMismatch } from '../../src/core/data/errors.ts';

const INDEX = '<!doctype html>\n<html><head><title>app</title></head><body></body></html>\n';

describe('datasetLoader(base): a host answering index.html for a missing file', () => {
  it('says the dataset is not there, never that it changed since pinned', async () => {
    const load = datasetLoader(new URL('http://host.test/nb/'), {
      report: () => {},
      fetch: async () =>
        new Response(INDEX, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    });
    const error = await load('sales', {
      url: 'data/sales.csv',
      format: 'csv',
      sha256: 'ab'.repeat(32),
      bytes: 12,
    }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DatasetHashMismatch);
    expect((error as Error).message).toBe(
      'Dataset "sales": http://host.test/nb/data/sales.csv is not there: the host answered with a web page (HTML) instead of the data.',
    );
  });
});
