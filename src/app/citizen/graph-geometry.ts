import type { CellGraph, GraphNode } from '../../core/citizen/index.ts';

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 54;
const GAP_X = 48;
const GAP_Y = 16;
const PAD = 8;

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
}

export interface Drawing {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: { from: string; to: string; names: string[]; path: string }[];
  /** Each imported notebook's box (issue 14): around its nodes, its title on its top border. */
  groups: { id: string; label: string; x: number; y: number; width: number; height: number }[];
}

/** The margin of a group's box around its nodes. */
const GROUP_PAD = 6;

/**
 * Where each node and edge of a laid-out graph is drawn: columns left to right, each column
 * centred vertically, edges as curves from a node's right side to the next one's left side.
 */
export function draw(graph: CellGraph): Drawing {
  const rowsOf = new Map<number, number>();
  const grow = (layer: number, order: number) =>
    rowsOf.set(layer, Math.max(rowsOf.get(layer) ?? 0, order + 1));
  for (const node of graph.nodes) grow(node.layer, node.order);
  for (const edge of graph.edges) for (const p of edge.via ?? []) grow(p.layer, p.order);
  const rows = Math.max(1, ...rowsOf.values());
  // Room above the top row for a group's title, which sits on its box's top border.
  const top = PAD + (graph.groups.length ? 2 * GROUP_PAD : 0);
  const height = top + PAD + rows * NODE_HEIGHT + (rows - 1) * GAP_Y;
  const width = PAD * 2 + graph.layers.length * NODE_WIDTH + (graph.layers.length - 1) * GAP_X;
  // Each column centred vertically.
  const x = (layer: number) => PAD + layer * (NODE_WIDTH + GAP_X);
  const y = (layer: number, order: number) =>
    top +
    ((rows - (rowsOf.get(layer) ?? 1)) * (NODE_HEIGHT + GAP_Y)) / 2 +
    order * (NODE_HEIGHT + GAP_Y);
  const nodes = graph.nodes.map((node) => ({
    ...node,
    x: x(node.layer),
    y: y(node.layer, node.order),
  }));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.flatMap((edge) => {
    const a = at.get(edge.from);
    const b = at.get(edge.to);
    if (!a || !b) return [];
    // Through the middle of each lane the edge was given, then into the target's left side.
    const points: [number, number][] = [[a.x + NODE_WIDTH, a.y + NODE_HEIGHT / 2]];
    for (const p of edge.via ?? []) {
      const mid = y(p.layer, p.order) + NODE_HEIGHT / 2;
      points.push([x(p.layer), mid], [x(p.layer) + NODE_WIDTH, mid]);
    }
    points.push([b.x - 6, b.y + NODE_HEIGHT / 2]);
    let path = `M${points[0][0]},${points[0][1]}`;
    for (let i = 1; i < points.length; i++) {
      const [x1, y1] = points[i - 1];
      const [x2, y2] = points[i];
      if (y1 === y2 && i % 2 === 0) {
        path += ` L${x2},${y2}`;
        continue;
      }
      const bend = Math.max(12, (x2 - x1) / 2);
      path += ` C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
    }
    return [{ ...edge, path }];
  });
  const groups = graph.groups.flatMap((group) => {
    const inside = nodes.filter((n) => n.group === group.id);
    if (!inside.length) return [];
    const x0 = Math.min(...inside.map((n) => n.x)) - GROUP_PAD;
    const y0 = Math.min(...inside.map((n) => n.y)) - GROUP_PAD;
    const x1 = Math.max(...inside.map((n) => n.x)) + NODE_WIDTH + GROUP_PAD;
    const y1 = Math.max(...inside.map((n) => n.y)) + NODE_HEIGHT + GROUP_PAD;
    return [{ id: group.id, label: group.label, x: x0, y: y0, width: x1 - x0, height: y1 - y0 }];
  });
  return { width, height, nodes, edges, groups };
}

/**
 * Where a box `viewWidth` wide showing `drawing` scrolls to, from its left, so that the key
 * results are in view: all of them, flush right with what they read on their left, when they fit;
 * else the first in page order. 0 when there is none or everything fits.
 */
export function keyResultScroll(drawing: Drawing, viewWidth: number): number {
  const keys = drawing.nodes.filter((n) => n.kind === 'indicator');
  if (!keys.length || drawing.width <= viewWidth) return 0;
  const left = Math.min(...keys.map((n) => n.x)) - PAD;
  const right = Math.max(...keys.map((n) => n.x)) + NODE_WIDTH + PAD;
  const first = keys.toSorted((a, b) => (a.cell ?? 0) - (b.cell ?? 0))[0];
  const start = right - left <= viewWidth ? right - viewWidth : first.x - PAD;
  return Math.max(0, Math.min(start, drawing.width - viewWidth));
}

/** A label cut to fit a node, with an ellipsis. */
export function fit(label: string, max = 24): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
