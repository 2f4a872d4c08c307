// Regenerates `test/fixtures/portal-files/`: INSEE's commune list (from the npm package
// @etalab/decoupage-administratif) re-written as a data.gouv.fr producer exports it, in the
// variants that French portals publish. Deterministic: a second run changes nothing.
//
//   node scripts/make-portal-fixtures.mjs           # write what changed
//   node scripts/make-portal-fixtures.mjs --check   # write nothing; exit 1 if anything is stale
//
// Every variant holds the same table: the current communes of Essonne (91) and Loire (42), in
// INSEE code order, with the columns
//   code_insee;nom;population;surface_km2;densite;date_maj
// `code_insee`, `nom` and `population` are the package's. The package has no area and no update
// date: `surface_km2` and `date_maj` are DERIVED from the code (a hash, see `derived`), plausible
// but not true, and `densite` is population / surface. The README beside the files says so.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/portal-files');
const check = process.argv.includes('--check');

/** The départements whose communes the files hold. */
const DEPARTEMENTS = ['91', '42'];
/** The one surface written "NC" (non communiqué) in the bad-value variant: a commune's code. */
const NOT_GIVEN = '42218';
const HEADER = ['code_insee', 'nom', 'population', 'surface_km2', 'densite', 'date_maj'];
const NBSP = '\u00a0';

function communes() {
  const path = join(ROOT, 'node_modules/@etalab/decoupage-administratif/data/communes.json');
  const rows = JSON.parse(readFileSync(path, 'utf8'))
    .filter((c) => c.type === 'commune-actuelle' && DEPARTEMENTS.includes(c.departement))
    .sort((a, b) => a.code.localeCompare(b.code));
  if (rows.some((c) => !Number.isInteger(c.population)))
    throw new Error('a commune has no population');
  return rows;
}

/** FNV-1a of `text`: a stable 32-bit number, the same on every machine. */
function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/**
 * The made-up columns of commune `code`: an area of 4 to 40 km² plus a share that grows with the
 * population (so that densities look like real ones), and a day of 2023 or 2024.
 */
function derived(code, population) {
  const h = hash(code);
  const surface = Math.round(400 + (h % 3600) + (100 * Math.sqrt(population)) / 12) / 100;
  const day = new Date(Date.UTC(2023, 0, 1 + ((h >>> 13) % 731)));
  return { surface, density: Math.round((population / surface) * 10) / 10, day };
}

/** `12345` as `12 345` with no-break spaces, as a French spreadsheet shows it. */
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, NBSP);
const comma = (x, digits) => x.toFixed(digits).replace('.', ',');
const dmy = (d) =>
  [d.getUTCDate(), d.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') +
  `/${d.getUTCFullYear()}`;

/** The rows as a French producer's CSV text: `;`, decimal commas, dd/mm/yyyy, CRLF. */
function frenchCsv(rows, { surfaceNotGiven = false } = {}) {
  const lines = [HEADER];
  for (const c of rows) {
    const { surface, density, day } = derived(c.code, c.population);
    const missing = surfaceNotGiven && c.code === NOT_GIVEN;
    lines.push([
      c.code,
      c.nom,
      grouped(c.population),
      missing ? 'NC' : comma(surface, 2),
      missing ? '' : comma(density, 1),
      dmy(day),
    ]);
  }
  for (const line of lines)
    if (line.some((f) => /[;"\r\n]/.test(f))) throw new Error(`a field needs quotes: ${line}`);
  return lines.map((line) => line.join(';')).join('\r\n') + '\r\n';
}

// Windows-1252's bytes 0x80–0x9F (WHATWG index; the five unused bytes map to C1 controls). Not
// from TextDecoder: Node 20.18.3 and later decode windows-1252 as Latin-1 (nodejs/node#60888).
const HIGH_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes of `text`; throws on a character it cannot write. */
function windows1252(text) {
  const byteOf = new Map([...HIGH_1252].map((ch, i) => [ch, 0x80 + i]));
  return Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : byteOf.get(ch);
    if (byte === undefined) throw new Error(`not in Windows-1252: ${ch}`);
    return byte;
  });
}

/** The same table as an Excel workbook: a title row, a blank row, then the header and numbers. */
function workbook(rows) {
  // Excel's serial days count from 1899-12-30; written as numbers so the time zone plays no part.
  const serial = (d) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  const aoa = [
    [`Communes de l'Essonne (91) et de la Loire (42) : population municipale`],
    [],
    HEADER,
    ...rows.map((c) => {
      const { surface, density, day } = derived(c.code, c.population);
      return [c.code, c.nom, c.population, surface, density, serial(day)];
    }),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  for (let r = 3; r < aoa.length; r++) {
    const cell = sheet[XLSX.utils.encode_cell({ r, c: 5 })];
    cell.z = 'dd/mm/yyyy';
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Communes');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** The fixture files, by name, as bytes. */
function files() {
  const rows = communes();
  const text = frenchCsv(rows);
  return {
    'communes-91-42.csv': windows1252(text),
    'communes-91-42-utf8-bom.csv': Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text, 'utf8'),
    ]),
    'communes-91-42-surface-nc.csv': windows1252(frenchCsv(rows, { surfaceNotGiven: true })),
    'communes-91-42.xlsx': workbook(rows),
  };
}

const stale = [];
for (const [name, content] of Object.entries(files())) {
  const path = join(OUT, name);
  const bytes = Buffer.from(content);
  let current;
  try {
    current = readFileSync(path);
  } catch {
    current = undefined;
  }
  if (current?.equals(bytes)) continue;
  stale.push(relative(ROOT, path));
  if (!check) writeFileSync(path, bytes);
}

if (stale.length === 0) console.log('portal fixtures: everything up to date');
else if (check) {
  console.error(
    `portal fixtures: out of date (run node scripts/make-portal-fixtures.mjs):\n  ${stale.join('\n  ')}`,
  );
  process.exitCode = 1;
} else console.log(`portal fixtures: updated\n  ${stale.join('\n  ')}`);
