import type { DatasetSpec } from '../format/types.ts';
import {
  isKnownLicense,
  unversionedFamily,
  type KnownLicense,
  type LicenseFamily,
} from './spdx.ts';

/** What the credit line for a dataset must contain under its licence. */
export type AttributionPart = 'source' | 'lastUpdate' | 'licenseLink' | 'changes';

/** What re-using data under a licence obliges a notebook to do. */
export interface Obligations {
  license: string;
  /** False for an id this module does not know: the person must read the licence. */
  known: boolean;
  /** Credit the source where results are shown. */
  attribution: boolean;
  /** What the credit must contain. */
  attributionParts: AttributionPart[];
  /**
   * Share-alike: `database` (ODbL: a derived database must stay under the ODbL),
   * `adaptations` (CC BY-SA: adapted material under the same licence), or null.
   */
  shareAlike: 'database' | 'adaptations' | null;
  /** Output licences that honour the share-alike clause (empty when there is none). */
  compatibleOutputs: string[];
  /**
   * The licence names a family but not its version (`cc-by`): what every version obliges is
   * listed, and the person should pin the version (warning in English; the UI words its own).
   */
  unversioned?: { family: LicenseFamily; warning: string };
}

export const LICENSE_NAMES: Record<KnownLicense, string> = {
  'etalab-2.0': 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  'ODbL-1.0': 'Open Database License 1.0 (ODbL)',
  'ODC-By-1.0': 'Open Data Commons Attribution License 1.0',
  'PDDL-1.0': 'Open Data Commons Public Domain Dedication and License 1.0',
  'CC-BY-4.0': 'Creative Commons Attribution 4.0',
  'CC-BY-SA-4.0': 'Creative Commons Attribution-ShareAlike 4.0',
  'CC0-1.0': 'Creative Commons Zero 1.0 (public domain)',
  'OGL-UK-3.0': 'Open Government Licence v3.0 (UK)',
};

export const LICENSE_URLS: Record<KnownLicense, string> = {
  'etalab-2.0': 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
  'ODC-By-1.0': 'https://opendatacommons.org/licenses/by/1-0/',
  'PDDL-1.0': 'https://opendatacommons.org/licenses/pddl/1-0/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'OGL-UK-3.0': 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

const NONE = { attribution: false, attributionParts: [], shareAlike: null, compatibleOutputs: [] };

const OBLIGATIONS: Record<KnownLicense, Omit<Obligations, 'license' | 'known'>> = {
  // Licence Ouverte 2.0, art. "Réutilisation": mention the source (the producer) and the date of
  // the last update of the information.
  'etalab-2.0': { ...NONE, attribution: true, attributionParts: ['source', 'lastUpdate'] },
  // ODbL 4.2–4.4: notice for produced works and databases; a publicly used derivative database
  // stays under the ODbL (or a compatible licence: only the ODbL itself in practice).
  'ODbL-1.0': {
    attribution: true,
    attributionParts: ['source', 'licenseLink'],
    shareAlike: 'database',
    compatibleOutputs: ['ODbL-1.0'],
  },
  'ODC-By-1.0': { ...NONE, attribution: true, attributionParts: ['source', 'licenseLink'] },
  'PDDL-1.0': NONE,
  // CC BY 4.0 §3(a): credit, a link to the licence, and whether the material was modified.
  'CC-BY-4.0': {
    ...NONE,
    attribution: true,
    attributionParts: ['source', 'licenseLink', 'changes'],
  },
  // CC BY-SA 4.0 §3(b): adaptations under BY-SA 4.0 or a compatible licence (GPLv3, one-way).
  'CC-BY-SA-4.0': {
    attribution: true,
    attributionParts: ['source', 'licenseLink', 'changes'],
    shareAlike: 'adaptations',
    compatibleOutputs: ['CC-BY-SA-4.0', 'GPL-3.0-only', 'GPL-3.0-or-later'],
  },
  'CC0-1.0': NONE,
  'OGL-UK-3.0': { ...NONE, attribution: true, attributionParts: ['source', 'licenseLink'] },
};

// What every version of a family obliges. CC BY-SA 2.0 and later let adaptations take a later
// version of the same licence, so BY-SA 4.0 honours any of them.
const FAMILY_OBLIGATIONS: Record<LicenseFamily, Omit<Obligations, 'license' | 'known'>> = {
  'CC-BY': { ...NONE, attribution: true, attributionParts: ['source', 'licenseLink'] },
  'CC-BY-SA': {
    attribution: true,
    attributionParts: ['source', 'licenseLink'],
    shareAlike: 'adaptations',
    compatibleOutputs: ['CC-BY-SA-4.0'],
  },
};

/**
 * The obligations of a licence by SPDX id; an unknown id gives `known: false`, and a family
 * without version (`cc-by`) what all its versions oblige, with a warning.
 */
export function obligationsOf(spdx: string | null | undefined): Obligations {
  if (isKnownLicense(spdx)) return { license: spdx, known: true, ...OBLIGATIONS[spdx] };
  const family = unversionedFamily(spdx);
  if (family) {
    const warning = `The licence "${spdx}" names ${family} without its version; the obligations differ between versions, so state it (e.g. ${family}-4.0).`;
    return {
      license: spdx ?? '',
      known: false,
      ...FAMILY_OBLIGATIONS[family],
      unversioned: { family, warning },
    };
  }
  return { license: spdx ?? '', known: false, ...NONE };
}

/** A share-alike input whose terms the notebook's own licence would break. */
export interface ShareAlikeConflict {
  dataset: string;
  license: string;
  /** The notebook's licence, null when it declares none. */
  notebookLicense: string | null;
  /** Licences the notebook could use instead. */
  compatible: string[];
}

/**
 * Datasets under a share-alike licence (ODbL, CC BY-SA) feeding a notebook whose licence does
 * not honour it: results derived from them would have to be published under a compatible one.
 */
export function shareAlikeConflicts(
  datasets: Record<string, Pick<DatasetSpec, 'license'>> | null | undefined,
  notebookLicense: string | null | undefined,
): ShareAlikeConflict[] {
  const conflicts: ShareAlikeConflict[] = [];
  for (const [name, spec] of Object.entries(datasets ?? {})) {
    const obligations = obligationsOf(spec.license);
    if (!obligations.shareAlike) continue;
    if (notebookLicense && obligations.compatibleOutputs.includes(notebookLicense)) continue;
    conflicts.push({
      dataset: name,
      license: obligations.license,
      notebookLicense: notebookLicense || null,
      compatible: obligations.compatibleOutputs,
    });
  }
  return conflicts;
}

/** The credit a dataset needs, as data; the UI words it in the reader's language. */
export interface Attribution {
  dataset: string;
  title?: string;
  /** Who published the data (the spec's `source`, else the URL's host). */
  source: string;
  url: string;
  license: string;
  licenseName?: string;
  licenseUrl?: string;
  /** Date of the data's last update (the portal's `modified`, else the retrieval date). */
  lastUpdate?: string;
  parts: AttributionPart[];
}

/** Credits owed to the notebook's datasets, in front-matter order; free licences owe none. */
export function attributions(
  datasets: Record<string, DatasetSpec> | null | undefined,
): Attribution[] {
  const result: Attribution[] = [];
  for (const [name, spec] of Object.entries(datasets ?? {})) {
    const obligations = obligationsOf(spec.license);
    // An unknown or missing licence still gets a credit: crediting is never wrong.
    if (obligations.known && !obligations.attribution) continue;
    const owed = obligations.known || obligations.unversioned;
    const known = isKnownLicense(spec.license) ? spec.license : undefined;
    result.push({
      dataset: name,
      title: spec.title,
      source: spec.source || hostOf(spec.portal?.base ?? spec.url),
      url: spec.url,
      license: spec.license ?? '',
      licenseName: known && LICENSE_NAMES[known],
      licenseUrl: known && LICENSE_URLS[known],
      lastUpdate: (spec.modified ?? spec.retrieved)?.slice(0, 10),
      parts: owed ? obligations.attributionParts : ['source', 'lastUpdate'],
    });
  }
  return result;
}

/** One English credit line, for exports and the command line. */
export function attributionLine(a: Attribution): string {
  const what = a.title ? `"${a.title}", ` : '';
  const date = a.lastUpdate ? `, last updated ${a.lastUpdate}` : '';
  const license = a.licenseName ?? (a.license || 'licence not stated');
  return `${what}${a.source}${date} (${license}).`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
