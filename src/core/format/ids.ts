let counter = 0;
// The main thread and the worker each load this module: a random prefix per load keeps the ids
// one of them makes apart from the other's, and the counter keeps them apart across re-parses.
const prefix = Math.random().toString(36).slice(2, 6);

/** A new cell id, unique in this page or process; letters and digits only. Not stored in the file. */
export function newCellId(): string {
  counter += 1;
  return `c${prefix}${counter.toString(36)}`;
}
