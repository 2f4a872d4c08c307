/**
 * Places a directed graph in columns, left to right: each node in the column of the longest
 * path that reaches it (so every edge goes right), then orders each column to reduce edge
 * crossings with the barycentre heuristic (sweeps right then left, keeping an order only when
 * it crosses less). The starting order is the one given, page order, which is what a reader
 * expects when nothing is better.
 */
/** The placeholder of the edge `from → to` in `column`; `isDummy` tells it from a node. */
export function dummyId(from: string, to: string, column: number): string {
  return `\u0000${from}\u0000${to}\u0000${column}`;
}

export function isDummy(id: string): boolean {
  return id.startsWith('\u0000');
}

/**
 * Returns the columns, placeholders of long edges included (see `dummyId`). `after` places a
 * node in a column right of other nodes without an edge between them (an imported notebook's
 * nodes left of the notebook that imports it, so that its box holds only its own).
 */
export function layered(
  ids: readonly string[],
  edges: readonly { from: string; to: string }[],
  after: ReadonlyMap<string, readonly string[]> = new Map(),
): string[][] {
  const preds = new Map<string, string[]>(ids.map((id) => [id, []]));
  const succs = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of edges) {
    if (!preds.has(from) || !preds.has(to) || from === to) continue;
    preds.get(to)!.push(from);
    succs.get(from)!.push(to);
  }
  const layerOf = new Map<string, number>();
  const visiting = new Set<string>();
  const layer = (id: string): number => {
    const known = layerOf.get(id);
    if (known !== undefined) return known;
    // A cycle (an error at run time) must not loop here: the edge closing it is ignored.
    if (visiting.has(id)) return -1;
    visiting.add(id);
    const before = [...preds.get(id)!, ...(after.get(id) ?? []).filter((b) => preds.has(b))];
    const value = Math.max(-1, ...before.map(layer)) + 1;
    visiting.delete(id);
    layerOf.set(id, value);
    return value;
  };
  const layers: string[][] = [];
  for (const id of ids) (layers[layer(id)] ??= []).push(id);
  for (let i = 0; i < layers.length; i++) layers[i] ??= [];

  // An edge across several columns goes through a placeholder in each column between, so that
  // the ordering keeps a lane free for it instead of drawing it across other nodes.
  for (const { from, to } of edges) {
    const a = layerOf.get(from);
    const b = layerOf.get(to);
    if (a === undefined || b === undefined || b - a < 2) continue;
    succs.set(
      from,
      succs.get(from)!.filter((id) => id !== to),
    );
    preds.set(
      to,
      preds.get(to)!.filter((id) => id !== from),
    );
    let previous = from;
    for (let column = a + 1; column < b; column++) {
      const dummy = dummyId(from, to, column);
      layers[column].push(dummy);
      preds.set(dummy, [previous]);
      succs.set(dummy, []);
      succs.get(previous)!.push(dummy);
      previous = dummy;
    }
    succs.get(previous)!.push(to);
    preds.get(to)!.push(previous);
  }

  let best = layers.map((l) => [...l]);
  let bestCrossings = crossings(best, succs);
  const current = layers.map((l) => [...l]);
  for (let sweep = 0; sweep < 8 && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0;
    const range = down ? [...current.keys()].slice(1) : [...current.keys()].reverse().slice(1);
    for (const i of range) {
      const fixed = current[down ? i - 1 : i + 1];
      const position = new Map(fixed.map((id, k) => [id, k]));
      const neighbours = down ? preds : succs;
      const centre = new Map(
        current[i].map((id, k) => {
          const ks = neighbours
            .get(id)!
            .flatMap((n) => (position.has(n) ? [position.get(n)!] : []));
          return [id, ks.length ? ks.reduce((a, b) => a + b, 0) / ks.length : k];
        }),
      );
      // A stable sort keeps page order among nodes with the same barycentre.
      current[i] = current[i].toSorted((a, b) => centre.get(a)! - centre.get(b)!);
    }
    const count = crossings(current, succs);
    if (count < bestCrossings) {
      best = current.map((l) => [...l]);
      bestCrossings = count;
    }
  }
  return best;
}

/**
 * Edge crossings between adjacent layers; an edge spanning several layers counts as a straight
 * segment between its ends' positions, scaled to their layers (good enough to compare orders).
 */
export function crossings(
  layers: readonly string[][],
  succs: ReadonlyMap<string, string[]>,
): number {
  const where = new Map<string, { layer: number; pos: number }>();
  layers.forEach((ids, layer) =>
    ids.forEach((id, k) => where.set(id, { layer, pos: (k + 1) / (ids.length + 1) })),
  );
  const segments: { a: number; b: number; from: number; to: number }[] = [];
  for (const [from, tos] of succs) {
    const f = where.get(from);
    if (!f) continue;
    for (const to of tos) {
      const t = where.get(to);
      if (!t || t.layer <= f.layer) continue;
      segments.push({ a: f.pos, b: t.pos, from: f.layer, to: t.layer });
    }
  }
  let count = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i];
      const u = segments[j];
      // Compare both segments over the columns they share.
      const lo = Math.max(s.from, u.from);
      const hi = Math.min(s.to, u.to);
      if (lo >= hi) continue;
      const at = (seg: typeof s, x: number) =>
        seg.a + ((seg.b - seg.a) * (x - seg.from)) / (seg.to - seg.from);
      const d1 = at(s, lo) - at(u, lo);
      const d2 = at(s, hi) - at(u, hi);
      if (d1 * d2 < 0) count++;
    }
  return count;
}
