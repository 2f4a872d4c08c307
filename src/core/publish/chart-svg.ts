import { refusingLoader } from '../runtime/chart-guard.ts';

/**
 * A chart output's Vega-Lite spec drawn as SVG text, without a page: Vega's headless view
 * (renderer `none`) with its expression interpreter, so that nothing is compiled with
 * `new Function` (the same path the page takes under its Content-Security-Policy). Runs in Node
 * and in browsers; Vega is loaded on first use.
 */
export async function chartSvg(spec: Record<string, unknown>): Promise<string> {
  const [vega, vegaLite, { expressionInterpreter }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('vega-interpreter'),
  ]);
  const compiled = vegaLite.compile(
    fixedSize(spec) as unknown as Parameters<typeof vegaLite.compile>[0],
    {
      // Vega-Lite's warnings (a dropped `fit`...) are for the author, who saw the chart already.
      logger: vega.logger(vega.None),
    },
  ).spec;
  const runtime = vega.parse(compiled, undefined, { ast: true });
  const view = new vega.View(runtime, {
    // Draw only the data in the spec: an export fetches nothing for a notebook.
    loader: refusingLoader(() => {}) as never,
    renderer: 'none',
    expr: expressionInterpreter as never,
    logLevel: vega.None,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Width and height of a chart that fills its container on a page: a drawing has none. */
export const DRAWING_SIZE = { width: 640, height: 320 };

/** The spec with `"container"` sizes, at any depth of a concat or facet, made fixed. */
function fixedSize(spec: unknown): unknown {
  if (Array.isArray(spec)) return spec.map(fixedSize);
  if (typeof spec !== 'object' || spec === null) return spec;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'data') out[key] = value;
    else if ((key === 'width' || key === 'height') && value === 'container')
      out[key] = DRAWING_SIZE[key];
    else out[key] = fixedSize(value);
  }
  return out;
}
