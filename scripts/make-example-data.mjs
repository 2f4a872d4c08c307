// Regenerates `examples/data/` from the npm packages the data come from, then pins every dataset
// of every example notebook: it rewrites the `sha256` and `bytes` lines of the notebook's front
// matter (a targeted text edit, so comments and layout stay as written) and the package versions
// named in `source` lines. Deterministic: a second run changes nothing.
//
//   node scripts/make-example-data.mjs           # write what changed
//   node scripts/make-example-data.mjs --check   # write nothing; exit 1 if anything is stale
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = join(ROOT, 'examples');
const DATA = join(EXAMPLES, 'data');
// Read from node_modules directly: the packages' `exports` do not expose their data files.
const packageDir = (name) => join(ROOT, 'node_modules', name);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const check = process.argv.includes('--check');

// Areas of Paris's arrondissements in km², TRANSCRIBED by hand from the Ville de Paris dataset
// "Arrondissements" (opendata.paris.fr, column `surface`, converted from m² and rounded to three
// decimals). They are not generated from any package: edit them here if the source changes.
const AREAS_KM2 = [
  1.826, 0.992, 1.171, 1.601, 2.541, 2.154, 4.088, 3.881, 2.179, 2.892, 3.666, 16.324, 7.146, 5.621,
  8.502, 16.305, 5.669, 6.005, 6.786, 5.984,
];

// Upper bounds (µg/m³, inclusive) of the classes of each pollutant's sub-index, TRANSCRIBED from
// Annex I of the arrêté du 10 juillet 2020 relatif à l'indice de la qualité de l'air ambiant
// (Légifrance, JORFTEXT000042164835). Class 6 has no upper bound.
const ATMO_LABELS = ['Bon', 'Moyen', 'Dégradé', 'Mauvais', 'Très mauvais', 'Extrêmement mauvais'];
const ATMO_BOUNDS = {
  'PM2.5': [10, 20, 25, 50, 75],
  PM10: [20, 40, 50, 100, 150],
  NO2: [40, 90, 120, 230, 340],
  O3: [50, 100, 130, 240, 380],
  SO2: [100, 200, 350, 500, 750],
};

/** The data files, by name in `examples/data/`, as bytes. */
function dataFiles() {
  return {
    'paris-arrondissements.csv': parisPopulation(),
    'paris-arrondissements-surface.csv': parisSurface(),
    'atmo-thresholds.csv': atmoThresholds(),
    'seattle-weather.csv': seattleWeather(),
  };
}

function parisPopulation() {
  const communes = readJson(
    join(packageDir('@etalab/decoupage-administratif'), 'data/communes.json'),
  );
  const rows = communes
    .filter((c) => c.type === 'arrondissement-municipal' && /^751(0[1-9]|1\d|20)$/.test(c.code))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => [c.code, c.nom, c.population]);
  if (rows.length !== 20)
    throw new Error(`expected 20 Paris arrondissements, found ${rows.length}`);
  return csv(['code', 'name', 'population'], rows);
}

function parisSurface() {
  const rows = AREAS_KM2.map((area, i) => [75101 + i, i + 1, area.toFixed(3)]);
  return csv(['code', 'arrondissement', 'area_km2'], rows);
}

function atmoThresholds() {
  const rows = [];
  for (const [pollutant, bounds] of Object.entries(ATMO_BOUNDS)) {
    ATMO_LABELS.forEach((label, i) => {
      rows.push([pollutant, i + 1, label, bounds[i] ?? '']);
    });
  }
  return csv(['pollutant', 'class', 'label', 'upper_ug_m3'], rows);
}

/** vega-datasets' file as is, after checking it against the package's own datapackage.json. */
function seattleWeather() {
  const dir = packageDir('vega-datasets');
  const bytes = readFileSync(join(dir, 'data', 'seattle-weather.csv'));
  const pkg = readJson(join(dir, 'datapackage.json'));
  const resource = pkg.resources.find((r) => r.path === 'seattle-weather.csv');
  // datapackage.json's `sha1:` is the file's git blob hash, not the sha1 of its bytes.
  const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  if (resource?.bytes !== bytes.length || resource.hash !== `sha1:${blob}`) {
    throw new Error('vega-datasets/data/seattle-weather.csv does not match its datapackage.json');
  }
  return bytes;
}

/** RFC 4180 CSV with LF line ends; fields are quoted only when they need it. */
function csv(header, rows) {
  const field = (v) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/** Package versions that `source` lines name, kept in step with what is installed. */
function packageVersions() {
  const version = (name) => readJson(join(packageDir(name), 'package.json')).version;
  return {
    '@etalab/decoupage-administratif': version('@etalab/decoupage-administratif'),
    'vega-datasets': version('vega-datasets'),
  };
}

/**
 * The notebook text with each local dataset's `sha256` and `bytes` set from its file, and the
 * package versions in the front matter brought up to date. Only those lines change.
 */
function pinNotebook(text, folder, versions) {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) throw new Error('no front matter');
  const front = parseYaml(lines.slice(1, end).join('\n'));

  for (let i = 1; i < end; i++) {
    for (const [name, version] of Object.entries(versions)) {
      const pattern = new RegExp(
        `(${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[ @])\\d+\\.\\d+\\.\\d+`,
        'g',
      );
      lines[i] = lines[i].replace(pattern, `$1${version}`);
    }
  }

  for (const [name, spec] of Object.entries(front.datasets ?? {})) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(spec.url)) continue; // http(s): pinned by hand
    const bytes = readFileSync(resolve(folder, spec.url));
    const pins = { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
    const block = datasetBlock(lines, end, name);
    for (const [key, value] of Object.entries(pins)) {
      const at = lines.findIndex(
        (l, i) => i > block.start && i < block.end && l.trimStart().startsWith(`${key}:`),
      );
      const line = `${block.indent}${key}: ${value}`;
      if (at >= 0) lines[at] = line;
      else {
        lines.splice(block.end, 0, line);
        block.end++;
      }
    }
  }
  return lines.join('\n');
}

/** Lines `(start, end)` of dataset `name`'s mapping in the front matter, and its fields' indent. */
function datasetBlock(lines, frontEnd, name) {
  const datasets = lines.findIndex((l, i) => i < frontEnd && /^datasets:\s*$/.test(l));
  const indentOf = (l) => /^ */.exec(l)[0].length;
  let start = -1;
  for (let i = datasets + 1; i < frontEnd && (!lines[i].trim() || indentOf(lines[i]) > 0); i++) {
    const key = /^(\s+)(['"]?)([^'":]+)\2:\s*$/.exec(lines[i]);
    if (key && key[3] === name) start = i;
    else if (start >= 0 && lines[i].trim() && indentOf(lines[i]) <= indentOf(lines[start])) {
      return { start, end: i, indent: ' '.repeat(indentOf(lines[start + 1])) };
    }
  }
  if (start < 0) throw new Error(`dataset "${name}" not found under datasets:`);
  let end = frontEnd;
  while (end > start + 1 && !lines[end - 1].trim()) end--;
  return { start, end, indent: ' '.repeat(indentOf(lines[start + 1])) };
}

const stale = [];
function update(path, content) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let current;
  try {
    current = readFileSync(path);
  } catch {
    current = undefined;
  }
  if (current?.equals(bytes)) return;
  stale.push(relative(ROOT, path));
  if (!check) writeFileSync(path, bytes);
}

for (const [name, content] of Object.entries(dataFiles())) update(join(DATA, name), content);
const versions = packageVersions();
for (const file of readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.algo.md'))
  .sort()) {
  const path = join(EXAMPLES, file);
  update(path, pinNotebook(readFileSync(path, 'utf8'), EXAMPLES, versions));
}

if (stale.length === 0) console.log('examples: everything up to date');
else if (check) {
  console.error(`examples: out of date (run npm run examples:data):\n  ${stale.join('\n  ')}`);
  process.exitCode = 1;
} else console.log(`examples: updated\n  ${stale.join('\n  ')}`);
