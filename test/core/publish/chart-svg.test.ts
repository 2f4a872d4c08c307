import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../src/core/publish/chart-svg.ts';
import { BAR_SPEC } from './outputs.ts';

describe('chartSvg', () => {
  it('draws a Vega-Lite spec as SVG in Node, one rect per bar, with its axis labels', async () => {
    const svg = await chartSvg(BAR_SPEC);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(
      svg.match(/<path [^>]*role="graphics-symbol"/g)?.length ??
        (svg.match(/mark-rect/g) ?? []).length,
    ).toBeGreaterThan(0);
    expect(svg).toContain('>x</text>');
    expect(svg).toContain('>y</text>');
  });

  it('evaluates expressions without generating code (no eval)', async () => {
    const original = globalThis.Function;
    // Any `new Function` during drawing would throw.
    const trap = new Proxy(original, {
      construct: () => {
        throw new Error('eval used');
      },
      apply: () => {
        throw new Error('eval used');
      },
    });
    globalThis.Function = trap;
    try {
      const svg = await chartSvg({
        ...BAR_SPEC,
        transform: [{ calculate: 'datum.b * 2', as: 'c' }],
        encoding: { ...BAR_SPEC.encoding, y: { field: 'c', type: 'quantitative' } },
      });
      expect(svg).toContain('<svg');
    } finally {
      globalThis.Function = original;
    }
  });

  it('fails on a spec that is not a chart', async () => {
    await expect(chartSvg({ mark: 'no-such-mark' })).rejects.toThrow();
  });
});

describe('chartSvg on a chart that fills its container', () => {
  it('draws it at a fixed width, not squeezed to nothing', async () => {
    const svg = await chartSvg({ ...BAR_SPEC, width: 'container' });
    const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(600);
  });
});
