import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReply, parseRunnerMessage } from '../../src/runner/protocol.ts';

const SHA = 'a'.repeat(64);

describe('parseRunnerMessage(data)', () => {
  it('accepts each kind of message of the protocol', () => {
    const messages = [
      {
        kind: 'events',
        events: [
          { kind: 'queued', cellId: 'c1' },
          { kind: 'running', cellId: 'c1', run: 1 },
          { kind: 'output', cellId: 'c1', run: 1, output: { kind: 'value', value: 2 } },
          {
            kind: 'output',
            cellId: 'c1',
            run: 1,
            output: { kind: 'table', id: 't', columns: [], numRows: 0, ipc: new Uint8Array(2) },
          },
          {
            kind: 'output',
            cellId: 'c1',
            run: 1,
            output: {
              kind: 'input',
              id: 'c1:0',
              input: { type: 'range', min: 0, max: 1, value: 0 },
              value: 0,
            },
          },
          { kind: 'done', cellId: 'c1', run: 1, ms: 3 },
          // algobook's own errors carry a code and parameters, which the page words.
          {
            kind: 'error',
            cellId: 'c2',
            run: 1,
            ms: 1,
            error: {
              kind: 'error',
              name: 'ReferenceError',
              message: 'x is not defined',
              code: 'undefined-name',
              params: { name: 'x' },
              line: 1,
            },
          },
          { kind: 'parse-start', dataset: 'd', sha256: SHA, bytes: 10 },
          { kind: 'parse-end', dataset: 'd', sha256: SHA, bytes: 10, rows: 1, ms: 1 },
          // A failed parse says why with a code and parameters, which the page words.
          {
            kind: 'parse-error',
            dataset: 'd',
            sha256: SHA,
            bytes: 10,
            error: 'Dataset "d" could not be read as csv: the file is empty',
            code: 'dataset-empty',
            params: { dataset: 'd', format: 'csv' },
          },
        ],
      },
      { kind: 'dataset-request', id: 1, name: 'communes', scope: ['atmo', 'pm'] },
      { kind: 'reply', id: 3, value: undefined },
      { kind: 'failure', id: 3, error: { name: 'Error', message: 'no' } },
      {
        kind: 'failure',
        id: 4,
        error: { name: 'RunnerGone', message: 'stopped', code: 'runner-stopped', params: {} },
      },
      { kind: 'pong', seq: 4 },
    ];
    for (const message of messages) expect(parseRunnerMessage(message)).toEqual(message);
  });

  it('rejects raw Comlink messages, unknown kinds, extra fields and a dataset spec of its own', () => {
    const refused = [
      { type: 'SET', path: ['__proto__', 'x'], value: { type: 'RAW', value: 1 } },
      { type: 'APPLY', path: ['loadDataset'], argumentList: [] },
      { type: 'GET', path: [] },
      { type: 'CONSTRUCT', path: [], argumentList: [] },
      { kind: 'launch' },
      { kind: 'dataset-request', id: 1, name: 'd', spec: { url: 'http://evil/' } },
      {
        kind: 'events',
        events: [{ kind: 'output', cellId: 'c', run: 1, output: { kind: 'html' } }],
      },
      { kind: 'events', events: [{ kind: 'running', cellId: 'c', run: -1 }] },
      // The code and parameters of a failed parse or request are plain: nothing else is kept.
      {
        kind: 'events',
        events: [
          { kind: 'parse-error', dataset: 'd', sha256: SHA, bytes: 1, error: 'e', html: '<b>' },
        ],
      },
      {
        kind: 'events',
        events: [
          {
            kind: 'parse-error',
            dataset: 'd',
            sha256: SHA,
            bytes: 1,
            error: 'e',
            params: { x: { toString: 'no' } },
          },
        ],
      },
      { kind: 'failure', id: 1, error: { name: 'E', message: 'm', code: 42 } },
      { kind: 'failure', id: 1, error: { name: 'E', message: 'm', stack: 'at evil' } },
      { kind: 'pong', seq: 1, __proto__: { x: 1 } },
      JSON.parse('{"kind":"pong","seq":1,"__proto__":{"x":1}}'),
      null,
      'pong',
      42,
    ];
    for (const message of refused) expect(parseRunnerMessage(message)).toBeNull();
  });

  it('never throws, and accepts nothing arbitrary that is not a message', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withTypedArray: true }), (value) => {
        const parsed = parseRunnerMessage(value);
        if (parsed === null) return;
        // Anything accepted is one of the protocol's kinds.
        expect(['events', 'dataset-request', 'reply', 'failure', 'pong']).toContain(parsed.kind);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.anything(), (kind, payload) => {
        const parsed = parseRunnerMessage({ kind, payload });
        expect(parsed).toBeNull();
      }),
    );
  });
});

describe('parseReply(kind, value)', () => {
  it('checks a reply against what was asked', () => {
    expect(parseReply('rows', new Uint8Array(3))).toEqual({ value: new Uint8Array(3) });
    expect(parseReply('rows', 'bytes')).toBeNull();
    expect(parseReply('update', undefined)).toEqual({ value: undefined });
    expect(parseReply('update', { then: 1 })).toBeNull();
    expect(parseReply('digests', [{ cell: 1, sha256: SHA }])).toEqual({
      value: [{ cell: 1, sha256: SHA }],
    });
    expect(parseReply('digests', [{ cell: 1, sha256: 'forged' }])).toBeNull();
    const info = (column: Record<string, string>) =>
      parseReply('dataset-info', { rows: 2, columns: [column] });
    expect(info({ name: 'a', type: 'date', inferred: 'string' })).not.toBeNull();
    expect(info({ name: 'a', type: 'script', inferred: 'string' })).toBeNull();
    expect(info({ name: 'a', type: 'date', inferred: 'script' })).toBeNull();
    // Strict: the inferred type is part of the reply, and nothing else is.
    expect(info({ name: 'a', type: 'date' })).toBeNull();
    expect(info({ name: 'a', type: 'date', inferred: 'date', note: 'x' })).toBeNull();
  });
});
