import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from '../../src/core/format/parse.ts';

// The parent's side of the child's channel, against a child that behaves as Node's do at the
// moments that race: the child sends `done` and disconnects while the parent is still writing a
// dataset the child no longer waits for (the write fails with EPIPE), or its exit is seen before
// its last message is read. A real child is driven by sandbox.test.ts and the CLI tests.

/** What the fake child does, step by step, once it gets the parent's `run`. */
type Script = (child: FakeChild) => void;

class FakeChild extends EventEmitter {
  connected = true;
  stdout = null;
  stderr = null;
  sent: { kind: string }[] = [];
  killed = false;
  constructor(private readonly script: Script) {
    super();
  }
  send(message: { kind: string }, callback?: (error: Error | null) => void) {
    this.sent.push(message);
    if (message.kind === 'run') {
      queueMicrotask(() => this.script(this));
      return true;
    }
    // The child has closed its end: the write fails, as Node reports it.
    const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    if (callback) process.nextTick(callback, error);
    else process.nextTick(() => this.emit('error', error));
    return false;
  }
  kill() {
    this.killed = true;
    return true;
  }
  /** The child's last message, then its channel closing and its exit, in the order given. */
  end(order: ('done' | 'disconnect' | 'exit')[], code = 0) {
    for (const step of order) {
      if (step === 'done') this.emit('message', DONE);
      if (step === 'disconnect') {
        this.connected = false;
        this.emit('disconnect');
      }
      if (step === 'exit') this.emit('exit', code, null);
    }
  }
}

const DONE = { kind: 'done', cells: [], results: [] };

let script: Script;
vi.mock('node:child_process', () => ({ fork: () => new FakeChild(script) }));
vi.mock('../../src/cli/sandbox-bundle.ts', () => ({
  sandboxBundle: async () => '/nowhere/sandbox-child.js',
}));
const { runSandboxed, SandboxError } = await import('../../src/cli/sandboxed-run.ts');

const notebook = parse(
  '---\nalgobook: 1\nid: n\ntitle: N\ndatasets:\n  d:\n    url: https://example.org/d.csv\n    format: csv\n    sha256: "' +
    '0'.repeat(64) +
    '"\n---\n\n```js\n1\n```\n',
);

function run(loadDataset = async () => new Uint8Array([1])) {
  return runSandboxed(notebook, { lines: [], loadDataset });
}

beforeEach(() => {
  script = (child) => child.end(['done', 'disconnect', 'exit']);
});

describe('runSandboxed, at the end of a child', () => {
  it("finishes with the child's run when a dataset written to it fails because it has gone", async () => {
    let ask!: () => void;
    const asked = new Promise<void>((resolve) => (ask = resolve));
    script = (child) => {
      child.emit('message', { kind: 'dataset', id: 1, name: 'd' });
      // The child is done before the bytes come (a read it did not wait for).
      void asked.then(() => setTimeout(() => child.end(['done', 'disconnect', 'exit'])));
    };
    const result = await run(async () => {
      ask();
      return new Uint8Array([1]);
    });
    expect(result).toEqual({ cells: [], results: [] });
  });

  it("reads the child's last message when its exit is seen first", async () => {
    script = (child) => child.end(['exit', 'done', 'disconnect']);
    await expect(run()).resolves.toEqual({ cells: [], results: [] });
  });

  it('fails with the exit when the child ends without its run', async () => {
    script = (child) => child.end(['exit', 'disconnect'], 134);
    await expect(run()).rejects.toThrow(SandboxError);
    await expect(run()).rejects.toThrow(/ended before they finished \(exit code 134\)/);
  });

  it('fails with the exit when the channel is already closed', async () => {
    script = (child) => child.end(['disconnect', 'exit'], 1);
    await expect(run()).rejects.toThrow(/exit code 1/);
  });
});
