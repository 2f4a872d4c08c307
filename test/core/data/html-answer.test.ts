import { describe, expect, it } from 'vitest';
import { isHtmlAnswer, startsLikeHtml } from '../../../src/core/data/html-answer.ts';
import { download } from '../../../src/core/data/download.ts';
import { DownloadError } from '../../../src/core/data/download-error.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const INDEX = '<!doctype html>\n<html lang="en"><head><title>algobook</title></head></html>\n';

describe('isHtmlAnswer(contentType, head)', () => {
  it('is true for a text/html or XHTML content type, whatever the bytes', () => {
    expect(isHtmlAnswer('text/html', bytes('a,b\n1,2\n'))).toBe(true);
    expect(isHtmlAnswer('Text/HTML; charset=utf-8', bytes(''))).toBe(true);
    expect(isHtmlAnswer('application/xhtml+xml', bytes(''))).toBe(true);
  });

  it('is false for data types with data bytes', () => {
    for (const type of ['text/csv', 'application/json', 'text/plain', 'text/htmlx', undefined])
      expect(isHtmlAnswer(type, bytes('a,b\n1,2\n'))).toBe(false);
  });

  it('sniffs <!doctype html or <html after a BOM and white space, in any case', () => {
    expect(startsLikeHtml(bytes(INDEX))).toBe(true);
    expect(startsLikeHtml(bytes('\uFEFF  \r\n\t<!DOCTYPE HTML>'))).toBe(true);
    expect(startsLikeHtml(bytes('\n\n<HTML>'))).toBe(true);
    expect(isHtmlAnswer('text/csv', bytes('\uFEFF<html><body></body></html>'))).toBe(true);
  });

  it('leaves data that merely mentions HTML alone', () => {
    expect(startsLikeHtml(bytes('html,doctype\n<html>,1\n'))).toBe(false);
    expect(startsLikeHtml(bytes('{"html": "<html>"}'))).toBe(false);
    expect(startsLikeHtml(bytes('<svg></svg>'))).toBe(false);
    expect(startsLikeHtml(bytes('<!doc'))).toBe(false);
    expect(startsLikeHtml(new Uint8Array(0))).toBe(false);
  });
});

/** A fetch that answers every URL with `body` and `type`, as a single-page host does. */
const answering = (body: string, type: string) => async () =>
  new Response(body, { status: 200, headers: { 'content-type': type } });

describe('download: a web page where data was expected', () => {
  it('is an `html` failure, not bytes, when nothing is pinned', async () => {
    const error = await download(['http://host.test/sales.csv'], {
      fetch: answering(INDEX, 'text/html; charset=utf-8'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect(error).toMatchObject({ reason: 'html', code: 'download-html' });
    expect((error as Error).message).toBe(
      'http://host.test/sales.csv is not there: the host answered with a web page (HTML) instead of the data.',
    );
  });

  it('is an `html` failure, not a mismatch, against a pin; by its bytes too', async () => {
    const sha256 = await sha256Hex(bytes('a\n1\n'));
    for (const type of ['text/html', 'text/csv']) {
      const error = await download(['http://host.test/a.csv'], {
        fetch: answering(INDEX, type),
        sha256,
        bytes: 4,
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: 'html' });
    }
  });

  it('a mirror serving the pinned bytes still serves after a source answering a web page', async () => {
    const sha256 = await sha256Hex(bytes('a\n1\n'));
    const result = await download(['http://host.test/a.csv', 'http://mirror.test/a.csv'], {
      fetch: async (url) =>
        url.startsWith('http://host.test')
          ? new Response(INDEX, { headers: { 'content-type': 'text/html' } })
          : new Response('a\n1\n'),
      sha256,
    });
    expect(result.index).toBe(1);
    expect(result.failures.map((f) => f.error.reason)).toEqual(['html']);
  });

  it('pinned bytes that happen to be HTML are served as pinned', async () => {
    const sha256 = await sha256Hex(bytes(INDEX));
    const result = await download(['http://host.test/page.csv'], {
      fetch: answering(INDEX, 'text/html'),
      sha256,
    });
    expect(new TextDecoder().decode(result.bytes)).toBe(INDEX);
  });
});
