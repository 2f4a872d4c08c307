import { describe, expect, it } from 'vitest';
import { MAX_SCOPE_DEPTH, parseRunnerMessage } from '../../src/runner/protocol.ts';

const request = (scope: unknown) => ({ kind: 'dataset-request', id: 1, name: 'd', scope });

describe('dataset-request scope (the import path of the notebook that reads the dataset)', () => {
  it('is the open notebook ([]) when the runner leaves it out', () => {
    expect(parseRunnerMessage({ kind: 'dataset-request', id: 1, name: 'd' })).toEqual(request([]));
  });

  it(`accepts a path of import names up to ${MAX_SCOPE_DEPTH} deep`, () => {
    const deep = Array.from({ length: MAX_SCOPE_DEPTH }, (_, i) => `m${i}`);
    expect(parseRunnerMessage(request(['atmo']))).toEqual(request(['atmo']));
    expect(parseRunnerMessage(request(deep))).toEqual(request(deep));
  });

  it('refuses a path too deep, a name too long, or anything but an array of strings', () => {
    const refused = [
      Array.from({ length: MAX_SCOPE_DEPTH + 1 }, () => 'a'),
      ['x'.repeat(201)],
      [1],
      [{ url: 'http://evil/' }],
      'atmo',
      { 0: 'atmo', length: 1 },
      null,
    ];
    for (const scope of refused) expect(parseRunnerMessage(request(scope))).toBeNull();
  });
});
