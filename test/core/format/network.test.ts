import { describe, expect, it } from 'vitest';
import { networkOrigins, originProblem } from '../../../src/core/format/network.ts';
import { parse } from '../../../src/core/format/parse.ts';
import { serialize } from '../../../src/core/format/serialize.ts';
import { FRONT, file, parseError } from './helpers.ts';

describe('parse(text) network', () => {
  it('parse(text) reads `network` as a list of origins, block or flow', () => {
    const block = parse(
      file('', `${FRONT}network:\n  - https://api.example.org\n  - http://127.0.0.1:8080\n`),
    );
    expect(block.front.network).toEqual(['https://api.example.org', 'http://127.0.0.1:8080']);
    const flow = parse(file('', `${FRONT}network: [https://api.example.org]\n`));
    expect(networkOrigins(flow.front)).toEqual(['https://api.example.org']);
  });

  it('networkOrigins(front) is empty without `network`, or with an empty one', () => {
    expect(networkOrigins(parse(file('')).front)).toEqual([]);
    expect(networkOrigins(parse(file('', `${FRONT}network:\n`)).front)).toEqual([]);
    expect(networkOrigins(parse(file('', `${FRONT}network: []\n`)).front)).toEqual([]);
  });

  it('serialize(nb) writes `network` back as it was read', () => {
    const text = file('', `${FRONT}network:\n  - https://api.example.org\n`);
    expect(serialize(parse(text))).toBe(text);
  });

  it('parse(text) refuses a `network` that is not a list, at its line', () => {
    expect(parseError(file('', `${FRONT}network: https://api.example.org\n`))).toEqual({
      line: 5,
      message:
        'Line 5: `network` must be a list of origins, e.g. `network: [https://api.example.org]`, not "https://api.example.org"',
    });
  });

  it('parse(text) names the line of a bad entry in a block list', () => {
    const front = `${FRONT}network:\n  - https://ok.example.org\n  - https://api.example.org/v1/data\n`;
    expect(parseError(file('', front))).toEqual({
      line: 7,
      message:
        'Line 7: `network` entry "https://api.example.org/v1/data" must be an origin only, without a path: write https://api.example.org',
    });
  });

  it('parse(text) refuses wildcards, other schemes and repeated origins', () => {
    expect(parseError(file('', `${FRONT}network: ['https://*.example.org']\n`)).message).toBe(
      'Line 5: `network` entry "https://*.example.org" has a wildcard; list each origin the notebook contacts',
    );
    expect(parseError(file('', `${FRONT}network: ['*']\n`)).message).toMatch(/has a wildcard/);
    expect(parseError(file('', `${FRONT}network: [ftp://example.org]\n`)).message).toBe(
      'Line 5: `network` entry "ftp://example.org" is not an http(s) origin',
    );
    expect(parseError(file('', `${FRONT}network: [https://a.org, https://a.org]\n`)).message).toBe(
      'Line 5: `network` lists https://a.org twice',
    );
  });
});

describe('originProblem(value)', () => {
  it('originProblem(value) accepts an origin exactly as a browser names it', () => {
    expect(originProblem('https://api.example.org')).toBeNull();
    expect(originProblem('http://localhost:3000')).toBeNull();
    expect(originProblem('https://[::1]:8443')).toBeNull();
  });

  it('originProblem(value) says, by a code, how to write what is not an origin', () => {
    expect(originProblem('https://api.example.org/')).toEqual({
      code: 'format-origin-path',
      params: { origin: 'https://api.example.org' },
    });
    expect(originProblem('https://API.example.org:443')).toEqual({
      code: 'format-origin-spelling',
      params: { origin: 'https://api.example.org' },
    });
    expect(originProblem('https://u:p@api.example.org')).toEqual({
      code: 'format-origin-credentials',
    });
    expect(originProblem('api.example.org')).toEqual({ code: 'format-origin-not-address' });
    expect(originProblem("https://a.org 'unsafe-eval'")?.code).toMatch(/^format-origin-/);
    expect(originProblem('data:text/plain,x')).toEqual({ code: 'format-origin-not-http' });
    expect(originProblem(42)).toEqual({ code: 'format-origin-not-text' });
  });
});
