/**
 * Portal licence names to SPDX ids. Portals name licences their own way: data.gouv.fr by short
 * ids (`lov2`, `fr-lo`, `odc-odbl`), CKAN by `license_id` (`odc-odbl`, `cc-by`, `CC-BY-4.0`),
 * Opendatasoft by free text in `metas.default.license` ("Open Database License (ODbL)",
 * "Licence Ouverte v2.0 (Etalab)"). Each is folded (lower case, no accents, no punctuation)
 * before lookup, so spelling variants meet.
 */

/** SPDX ids of the licences open data comes under, as this module knows them. */
export type KnownLicense =
  | 'etalab-2.0'
  | 'ODbL-1.0'
  | 'ODC-By-1.0'
  | 'PDDL-1.0'
  | 'CC-BY-4.0'
  | 'CC-BY-SA-4.0'
  | 'CC0-1.0'
  | 'OGL-UK-3.0';

// Folded names → SPDX. Folding: see `fold`. A Map, not an object literal: a portal licence named
// `constructor` or `__proto__` must be unknown, not a property every object inherits.
const NAMES = new Map<string, KnownLicense>(
  Object.entries({
    // Licence Ouverte / Open Licence (Etalab). SPDX lists only version 2.0; data.gouv.fr's `fr-lo`
    // (version 1.0, 2011) maps to it too: 2.0 replaced it with the same obligations (attribution:
    // source and date of last update).
    lov2: 'etalab-2.0',
    'etalab 2 0': 'etalab-2.0',
    'licence ouverte v2 0': 'etalab-2.0',
    'licence ouverte v2 0 etalab': 'etalab-2.0',
    'licence ouverte 2 0': 'etalab-2.0',
    'licence ouverte open licence version 2 0': 'etalab-2.0',
    'licence ouverte open licence v2 0': 'etalab-2.0',
    'open licence 2 0': 'etalab-2.0',
    'open licence version 2 0': 'etalab-2.0',
    'fr lo': 'etalab-2.0',
    'licence ouverte': 'etalab-2.0',
    'licence ouverte etalab': 'etalab-2.0',
    'licence ouverte open licence': 'etalab-2.0',
    'licence ouverte v1 0': 'etalab-2.0',
    'licence ouverte 1 0': 'etalab-2.0',
    'licence ouverte open licence version 1 0': 'etalab-2.0',
    'open licence': 'etalab-2.0',
    // ODbL
    'odc odbl': 'ODbL-1.0',
    odbl: 'ODbL-1.0',
    'odbl 1 0': 'ODbL-1.0',
    'open database license': 'ODbL-1.0',
    'open database license odbl': 'ODbL-1.0',
    'open data commons open database license odbl': 'ODbL-1.0',
    'open data commons open database license': 'ODbL-1.0',
    'open database licence': 'ODbL-1.0',
    // ODC Attribution, PDDL
    'odc by': 'ODC-By-1.0',
    'odc by 1 0': 'ODC-By-1.0',
    'open data commons attribution license': 'ODC-By-1.0',
    'odc pddl': 'PDDL-1.0',
    'pddl 1 0': 'PDDL-1.0',
    'open data commons public domain dedication and license pddl': 'PDDL-1.0',
    'open data commons public domain dedication and license': 'PDDL-1.0',
    // Creative Commons, with a version (a name without one is a family: see UNVERSIONED)
    'cc by 4 0': 'CC-BY-4.0',
    'creative commons attribution 4 0': 'CC-BY-4.0',
    'creative commons attribution 4 0 international': 'CC-BY-4.0',
    'cc by sa 4 0': 'CC-BY-SA-4.0',
    'creative commons attribution share alike 4 0': 'CC-BY-SA-4.0',
    'creative commons attribution sharealike 4 0': 'CC-BY-SA-4.0',
    'cc zero': 'CC0-1.0',
    cc0: 'CC0-1.0',
    'cc0 1 0': 'CC0-1.0',
    'creative commons cczero': 'CC0-1.0',
    'creative commons cc0': 'CC0-1.0',
    'public domain cc0': 'CC0-1.0',
    // UK
    'uk ogl': 'OGL-UK-3.0',
    'ogl uk 3 0': 'OGL-UK-3.0',
    'open government licence v3 0': 'OGL-UK-3.0',
  }),
);

/**
 * Licence families whose versions oblige differently (CC BY 2.0 and 3.0 are not 4.0: no
 * "changes" notice before 4.0, other ports and compatibilities): a name without a version is
 * not guessed as the latest. It is kept in the portal's words and flagged as unversioned.
 */
export type LicenseFamily = 'CC-BY' | 'CC-BY-SA';

const UNVERSIONED = new Map<string, LicenseFamily>([
  ['cc by', 'CC-BY'],
  ['creative commons attribution', 'CC-BY'],
  ['cc by sa', 'CC-BY-SA'],
  ['creative commons attribution share alike', 'CC-BY-SA'],
  ['creative commons attribution sharealike', 'CC-BY-SA'],
]);

/** Lower case, accents and punctuation gone, single spaces: "Licence Ouverte / Open Licence" → "licence ouverte open licence". */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The SPDX id of a portal's licence name, or `undefined` when the name is unknown or names a
 * family without its version (`cc-by`; see {@link unversionedFamily}): the caller then keeps the
 * portal's own words. An SPDX id given as is (any case) is returned in its canonical spelling.
 */
export function toSpdx(portalLicense: string | null | undefined): KnownLicense | undefined {
  if (!portalLicense) return undefined;
  const folded = fold(portalLicense);
  if (!folded) return undefined;
  return NAMES.get(folded) ?? SPDX_BY_FOLDED.get(folded);
}

const SPDX_IDS: KnownLicense[] = [
  'etalab-2.0',
  'ODbL-1.0',
  'ODC-By-1.0',
  'PDDL-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC0-1.0',
  'OGL-UK-3.0',
];
const SPDX_BY_FOLDED = new Map(SPDX_IDS.map((id) => [fold(id), id]));
const KNOWN = new Set<string>(SPDX_IDS);

/** Whether `id` is one of the licences this module knows the obligations of. */
export function isKnownLicense(id: string | null | undefined): id is KnownLicense {
  return !!id && KNOWN.has(id);
}

/** The family a licence name belongs to when it gives no version (`cc-by` → `CC-BY`). */
export function unversionedFamily(name: string | null | undefined): LicenseFamily | undefined {
  return name ? UNVERSIONED.get(fold(name)) : undefined;
}
