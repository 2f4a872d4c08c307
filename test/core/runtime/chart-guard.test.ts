import { describe, expect, it } from 'vitest';
import {
  configRefusal,
  confineVegaSpec,
  refusingLoader,
  tooltipLines,
  withoutEmbedOptions,
  type ChartRefusal,
} from '../../../src/core/runtime/chart-guard.ts';

describe('withoutEmbedOptions(spec)', () => {
  it('drops usermeta, through which a spec would set vega-embed options, and keeps the rest', () => {
    const spec = {
      mark: 'bar',
      data: { values: [{ a: 1 }] },
      usermeta: { embedOptions: { formatLocale: { thousands: '~' }, tooltip: { id: 'main' } } },
    };
    expect(withoutEmbedOptions(spec)).toEqual({ mark: 'bar', data: { values: [{ a: 1 }] } });
    expect(spec.usermeta).toBeDefined();
  });
});

describe('configRefusal(spec)', () => {
  it('refuses a config given as an address, in the spec or in its embed options', () => {
    expect(configRefusal({ config: 'http://evil.example/c.json' })).toEqual({
      kind: 'config',
      url: 'http://evil.example/c.json',
    });
    expect(configRefusal({ usermeta: { embedOptions: { config: '//evil.example/c' } } })).toEqual({
      kind: 'config',
      url: '//evil.example/c',
    });
    expect(configRefusal({ config: { axis: { grid: false } } })).toBeNull();
  });
});

describe('confineVegaSpec(vgSpec)', () => {
  it('keeps bindings in the chart, listens to no outside element and leaves the cursor alone', () => {
    const confined = confineVegaSpec({
      config: { events: { bind: 'any', selector: true, globalCursor: true, window: ['mouseup'] } },
      marks: [],
    });
    expect(confined).toEqual({
      config: {
        events: { bind: 'container', selector: false, globalCursor: false, window: ['mouseup'] },
      },
      marks: [],
    });
    expect(confineVegaSpec({}).config).toEqual({
      events: { bind: 'container', selector: false, globalCursor: false },
    });
  });
});

describe('refusingLoader(onRefuse)', () => {
  it('refuses every load, and reports what was asked', async () => {
    const refused: ChartRefusal[] = [];
    const loader = refusingLoader((r) => refused.push(r));
    await expect(loader.load('http://evil.example/d.csv')).rejects.toThrow(/load nothing/);
    await expect(loader.http('x.csv')).rejects.toThrow();
    await expect(loader.file('/etc/passwd')).rejects.toThrow();
    await expect(
      loader.sanitize('http://evil.example/i.png', { context: 'image' }),
    ).rejects.toThrow();
    await expect(loader.sanitize('d.csv', { context: 'dataflow' })).rejects.toThrow();
    expect(refused).toEqual([
      { kind: 'load', url: 'http://evil.example/d.csv' },
      { kind: 'load', url: 'x.csv' },
      { kind: 'load', url: '/etc/passwd' },
      { kind: 'image', url: 'http://evil.example/i.png' },
      { kind: 'load', url: 'd.csv' },
    ]);
  });

  it('lets a mark link to the web, in a new tab, and refuses any other link', async () => {
    const refused: ChartRefusal[] = [];
    const loader = refusingLoader((r) => refused.push(r));
    expect(await loader.sanitize('https://example.org/a', { context: 'href' })).toEqual({
      href: 'https://example.org/a',
      target: '_blank',
      rel: 'noopener noreferrer',
    });
    await expect(loader.sanitize('javascript:alert(1)', { context: 'href' })).rejects.toThrow();
    expect(refused).toEqual([{ kind: 'href', url: 'javascript:alert(1)' }]);
  });
});

describe('tooltipLines(value)', () => {
  it('gives text only, one line per field', () => {
    expect(tooltipLines({ a: 'x', v: 1, o: { b: 2 } })).toEqual(['a: x', 'v: 1', 'o: {"b":2}']);
    expect(tooltipLines('<img src=x onerror=alert(1)>')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(tooltipLines(null)).toEqual([]);
  });
});
