import { readdirSync, readFileSync } from 'node:fs';

/**
 * The CPU time of a thread of a process this one started (Linux, /proc): the Chromium worker's
 * thread ('DedicatedWorker'), so that a parse can be timed by the work it does, not by the wall
 * clock, which other processes on a shared machine stretch. Null where there is no /proc or no
 * such thread.
 */
export function threadCpu(name: string): (() => number) | null {
  let stats: string[] = [];
  try {
    stats = descendants(process.pid).flatMap((pid) =>
      readdirSync(`/proc/${pid}/task`)
        .filter((tid) => read(`/proc/${pid}/task/${tid}/comm`).trim() === name)
        .map((tid) => `/proc/${pid}/task/${tid}/stat`),
    );
  } catch {
    return null;
  }
  if (stats.length !== 1) return null;
  const tick = 1000 / 100; // ms a clock tick (USER_HZ is 100 on Linux)
  return () => {
    // utime and stime, the 14th and 15th fields, counted after the command's closing ')'.
    const fields = read(stats[0]).split(')').pop()?.trim().split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * tick;
  };
}

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The processes below `root`, from each process's parent in /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = read(`/proc/${entry}/stat`);
    } catch {
      continue;
    }
    const parent = Number(stat.split(')').pop()?.trim().split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.pop() ?? -1) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}
