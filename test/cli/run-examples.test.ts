import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, EXAMPLES } from './cli.ts';
import { readCsv } from './csv.ts';

interface JsonCell {
  index: number;
  kind: 'code' | 'markdown';
  status?: string;
  source: string;
  outputs: Record<string, unknown>[];
}

async function runJson(file: string): Promise<JsonCell[]> {
  const { code, stdout, stderr } = await algobook('run', join(EXAMPLES, file), '--json');
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return (JSON.parse(stdout) as { cells: JsonCell[] }).cells;
}

const outputs = (cells: JsonCell[]) => cells.flatMap((cell) => cell.outputs);
const tables = (cells: JsonCell[]) =>
  outputs(cells).filter((o) => o.kind === 'table') as {
    numRows: number;
    rows: Record<string, unknown>[];
  }[];
const markdown = (cells: JsonCell[]) =>
  outputs(cells).flatMap((o) => (o.kind === 'markdown' ? [String(o.markdown)] : []));
const inputs = (cells: JsonCell[]) =>
  outputs(cells).filter((o) => o.kind === 'input') as {
    input: { type: string; label: string };
    value: unknown;
  }[];
const en = (n: number) => n.toLocaleString('en');

describe.concurrent('algobook run on the examples', { timeout: CLI_TIMEOUT }, () => {
  it('paris-arrondissements: population, areas and densities match the data files', async () => {
    const population = readCsv(join(EXAMPLES, 'data/paris-arrondissements.csv'));
    const areas = readCsv(join(EXAMPLES, 'data/paris-arrondissements-surface.csv'));
    const total = population.reduce((sum, row) => sum + Number(row.population), 0);
    const area = areas.reduce((sum, row) => sum + Number(row.area_km2), 0);
    const areaOf = new Map(areas.map((row) => [row.code, Number(row.area_km2)]));

    const cells = await runJson('paris-arrondissements.algo.md');
    expect(inputs(cells).map((i) => i.value)).toEqual([false, 'Inhabitants per km²']);
    const [table] = tables(cells);
    expect(table.numRows).toBe(20);
    const byName = new Map(table.rows.map((row) => [row.arrondissement, row]));
    for (const row of population) {
      const n = Number(row.code) - 75100;
      const shown = byName.get(n === 1 ? '1er' : `${n}e`);
      expect(shown).toMatchObject({
        population: row.population,
        density: Math.round(Number(row.population) / areaOf.get(row.code)!),
      });
    }
    const summary = markdown(cells).join('\n');
    expect(summary).toContain(`${en(total)} inhabitants on ${area.toFixed(1)} km²`);
    expect(summary).toContain(`**${en(Math.round(total / area))} inhabitants per km²**`);
  });

  it('indice-atmo: the index of the default concentrations is the worst sub-index', async () => {
    const thresholds = readCsv(join(EXAMPLES, 'data/atmo-thresholds.csv'));
    const subIndex = (pollutant: string, concentration: number) =>
      thresholds
        .filter((t) => t.pollutant === pollutant)
        .sort((a, b) => Number(a.class) - Number(b.class))
        .find((t) => t.upper_ug_m3 === null || concentration <= Number(t.upper_ug_m3))!;

    const cells = await runJson('indice-atmo.algo.md');
    const sliders = inputs(cells).filter((s) => s.input.type === 'range');
    expect(sliders.map((s) => s.input.label.split(',')[0])).toEqual([
      'PM2.5',
      'PM10',
      'NO2',
      'O3',
      'SO2',
    ]);
    const expected = sliders.map((s) => {
      const pollutant = s.input.label.split(',')[0];
      const { class: level, label } = subIndex(pollutant, Number(s.value));
      return { pollutant, concentration: s.value, class: level, label };
    });
    const shown = tables(cells).find((t) => t.rows[0] && 'concentration' in t.rows[0])!;
    expect(
      shown.rows.toSorted((a, b) => String(a.pollutant).localeCompare(String(b.pollutant))),
    ).toEqual(expected.toSorted((a, b) => a.pollutant.localeCompare(b.pollutant)));
    const worst = expected.reduce((a, b) => (Number(b.class) > Number(a.class) ? b : a));
    expect(markdown(cells).join('\n')).toContain(
      `Indice ATMO: ${worst.label} (class ${worst.class} of 6)`,
    );
  });

  it('seattle-weather: days per weather type match the data file', async () => {
    const days = readCsv(join(EXAMPLES, 'data/seattle-weather.csv'));
    const counts: Record<string, number> = {};
    for (const day of days) counts[String(day.weather)] = (counts[String(day.weather)] ?? 0) + 1;

    const cells = await runJson('seattle-weather.algo.md');
    expect(inputs(cells).map((i) => i.value)).toEqual(['All years']);
    const [byType] = tables(cells);
    expect(Object.fromEntries(byType.rows.map((row) => [row.weather, row.days]))).toEqual(counts);
    const chart = outputs(cells).find((o) => o.kind === 'chart') as {
      spec: { data: { values: { days: number }[] } };
    };
    expect(chart.spec.data.values.reduce((sum, v) => sum + v.days, 0)).toBe(days.length);
  });

  it.each(['paris-arrondissements', 'indice-atmo', 'seattle-weather'])(
    'prints %s for a person, without errors',
    async (name) => {
      const { code, stdout, stderr } = await algobook('run', join(EXAMPLES, `${name}.algo.md`));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout.split('\n')[1]).toMatch(new RegExp(`^${name} · datasets: `));
      expect(stdout).not.toContain('Error in cell');
    },
  );

  it('prints inputs as "label: value", tables aligned and charts as one line', async () => {
    const { stdout } = await algobook('run', join(EXAMPLES, 'indice-atmo.algo.md'));
    expect(stdout).toMatch(
      /^The ATMO air-quality index, step by step\nindice-atmo · datasets: thresholds \(etalab-2\.0\)\n/,
    );
    expect(stdout).toContain('\n  PM2.5, daily mean (µg/m³): 12\n');
    expect(stdout).toMatch(
      /\n {2}pollutant +concentration +class +label\n {2}─+ +─+ +─+ +─+\n {2}O3 +105 +3 +Dégradé\n/,
    );
    expect(stdout).toMatch(
      /\n {2}chart "[^"]+": bar · y: pollutant \(nominal\), x: class \(quantitative\), color: label \(nominal\) · 5 rows\n/,
    );
    expect(stdout).toContain('\n  ### Indice ATMO: Dégradé (class 3 of 6)\n');
  });

  it('shows the first 10 rows of a table and counts the others', async () => {
    const { stdout } = await algobook('run', join(EXAMPLES, 'paris-arrondissements.algo.md'));
    const table = stdout.slice(stdout.indexOf('  arrondissement '));
    expect(
      table
        .split('\n')
        .slice(2, 12)
        .every((line) => /^ {2}\d+e +[\d,]+ /.test(line)),
    ).toBe(true);
    expect(table.split('\n')[12]).toBe('  … 10 more rows (20 in all)');
  });
});
