import { describe, expect, it } from 'vitest';
import {
  describeAnchor,
  identityOf,
  verdictExit,
  verdictOf,
  type Anchor,
  ChainProblem,
  type Findings,
} from '../../../src/core/publish/index.ts';

const SHA = 'a'.repeat(64);
const catalog: Anchor = { kind: 'catalog', url: 'https://city.example/catalog.json', sha256: SHA };
const tampered = new ChainProblem('tampered', 1, 'Version 1 has been modified.', {
  expected: SHA,
  actual: 'b'.repeat(64),
});
const findings = (extra: Partial<Findings>): Findings => ({
  anchor: null,
  problems: [],
  cells: [],
  datasets: 0,
  ...extra,
});

describe('verdictOf', () => {
  it('says "reproduced" only when an anchor checked the text', () => {
    expect(verdictOf(findings({ anchor: catalog }))).toEqual({
      kind: 'reproduced',
      anchor: catalog,
    });
    expect(verdictOf(findings({}))).toEqual({ kind: 'unchecked' });
    expect(verdictExit(verdictOf(findings({})))).toBe(3);
    expect(verdictExit(verdictOf(findings({ anchor: catalog })))).toBe(0);
  });

  it('puts a tampered text before differing results, and those before an unchecked identity', () => {
    const differ = [{ cell: 2, kind: 'changed' as const }];
    expect(verdictOf(findings({ problems: [tampered], cells: differ })).kind).toBe('tampered');
    expect(verdictOf(findings({ cells: differ }))).toEqual({
      kind: 'not-reproduced',
      identity: 'unchecked',
    });
    expect(verdictOf(findings({ anchor: catalog, datasets: 1 }))).toEqual({
      kind: 'not-reproduced',
      identity: 'checked',
    });
    expect(verdictExit(verdictOf(findings({ problems: [tampered] })))).toBe(1);
  });

  it('does not say "reproduced" when some cells could not be checked against what the page shows', () => {
    expect(verdictOf(findings({ anchor: catalog, shownUnchecked: [3] }))).toEqual({
      kind: 'unchecked',
      shown: [3],
    });
    expect(verdictOf(findings({ shownUnchecked: [2, 4] }))).toEqual({
      kind: 'unchecked',
      shown: [2, 4],
    });
    expect(verdictExit(verdictOf(findings({ anchor: catalog, shownUnchecked: [3] })))).toBe(3);
    expect(verdictOf(findings({ anchor: catalog, shownUnchecked: [] })).kind).toBe('reproduced');
    const differ = [{ cell: 2, kind: 'changed' as const }];
    expect(verdictOf(findings({ anchor: catalog, cells: differ, shownUnchecked: [3] })).kind).toBe(
      'not-reproduced',
    );
  });

  it('counts an anchor reached through a chain as checked', () => {
    const chain: Anchor = { kind: 'chain', from: catalog, version: 2, sha256: SHA };
    expect(identityOf(findings({ anchor: chain }))).toBe('checked');
    expect(describeAnchor(chain)).toBe(
      'the parent chain from version 2, anchored by the site catalog https://city.example/catalog.json',
    );
  });
});
