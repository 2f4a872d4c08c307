import { describe, expect, it } from 'vitest';
import { parseChildMessage } from '../../src/cli/sandbox-protocol.ts';

describe('parseChildMessage(message) dataset requests', () => {
  it('parseChildMessage(...) takes a dataset asked for by name, with or without an import path', () => {
    expect(parseChildMessage({ kind: 'dataset', id: 1, name: 'd' })).toEqual({
      kind: 'dataset',
      id: 1,
      name: 'd',
    });
    expect(parseChildMessage({ kind: 'dataset', id: 2, name: 'd', scope: ['pm', 'base'] })).toEqual(
      { kind: 'dataset', id: 2, name: 'd', scope: ['pm', 'base'] },
    );
  });

  it('parseChildMessage(...) refuses an import path that is not a short list of names', () => {
    const forged = ['pm', [1], [{ toString: () => 'pm' }], Array(17).fill('pm'), null];
    expect(
      forged.map((scope) => parseChildMessage({ kind: 'dataset', id: 1, name: 'd', scope })),
    ).toEqual(forged.map(() => undefined));
  });
});
