/**
 * The portal fixtures (test/fixtures/portal-files/, made by scripts/make-portal-fixtures.mjs) and
 * what a reading of them must give, computed from the package they come from, INSEE's commune
 * list in @etalab/decoupage-administratif, never from the files themselves.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PORTAL_FILES = `${ROOT}test/fixtures/portal-files`;

/** The files, by what makes each one different. */
export const PORTAL_FILE = {
  windows1252: 'communes-91-42.csv',
  utf8Bom: 'communes-91-42-utf8-bom.csv',
  surfaceNotGiven: 'communes-91-42-surface-nc.csv',
  xlsx: 'communes-91-42.xlsx',
} as const;

/** The bytes of fixture `name`. */
export const portalFile = (name: string): Buffer => readFileSync(`${PORTAL_FILES}/${name}`);

interface Commune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  population?: number;
}

/** The communes the files hold, in their order: the current ones of Essonne and Loire. */
export function communes(): Commune[] {
  const path = `${ROOT}node_modules/@etalab/decoupage-administratif/data/communes.json`;
  const all = JSON.parse(readFileSync(path, 'utf8')) as Commune[];
  return all
    .filter((c) => c.type === 'commune-actuelle' && ['91', '42'].includes(c.departement))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** What a reading must give: row count, population total and the names written with accents. */
export function expected() {
  const rows = communes();
  return {
    rows: rows.length,
    population: rows.reduce((sum, c) => sum + (c.population ?? 0), 0),
    /** Names with a letter beyond ASCII ("Évry-Courcouronnes", "Chambœuf"), in file order. */
    accented: rows.map((c) => c.nom).filter((nom) => /[^\x20-\x7e]/.test(nom)),
    nameOf: (code: string) => rows.find((c) => c.code === code)?.nom,
  };
}
