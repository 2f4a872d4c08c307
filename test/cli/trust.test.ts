import { describe, expect, it } from 'vitest';
import { admitCells, SANDBOX_WARNING } from '../../src/cli/trust.ts';

/** Captures what a command writes, and the questions it asks. */
function io(answer: boolean) {
  const out = { stderr: '', asked: [] as string[] };
  const confirm = async (question: string) => {
    out.asked.push(question);
    return answer;
  };
  return {
    out,
    io: { stdout: () => undefined, stderr: (t: string) => void (out.stderr += t) },
    confirm,
  };
}

describe('admitCells(command, positionals, trusted, io, confirm)', () => {
  it('runs a local notebook without asking, and warns', async () => {
    const { out, io: sink, confirm } = io(false);
    expect(await admitCells('run', ['n.algo.md'], false, sink, confirm)).toBe(true);
    expect(out.asked).toEqual([]);
    expect(out.stderr).toBe(SANDBOX_WARNING);
  });

  it('refuses a URL without --trust when nobody confirms', async () => {
    const { out, io: sink, confirm } = io(false);
    expect(await admitCells('verify', ['https://x.org/v1.algo.md'], false, sink, confirm)).toBe(
      false,
    );
    expect(out.asked).toEqual([
      'Run the cells of https://x.org/v1.algo.md, code from the web? [y/N] ',
    ]);
    expect(out.stderr).toContain('--trust');
    expect(out.stderr).not.toContain(SANDBOX_WARNING);
  });

  it('runs a URL when a person confirms, or with --trust without asking', async () => {
    const asked = io(true);
    expect(await admitCells('verify', ['http://x.org/a'], false, asked.io, asked.confirm)).toBe(
      true,
    );
    expect(asked.out.stderr).toBe(SANDBOX_WARNING);
    const trusted = io(false);
    expect(await admitCells('verify', ['http://x.org/a'], true, trusted.io, trusted.confirm)).toBe(
      true,
    );
    expect(trusted.out.asked).toEqual([]);
  });
});
