/**
 * The licences a notebook is most often published under, for the licence picker: algorithm
 * licences (EUPL, the FSF and OSI ones, CeCILL) and data or content licences. Any other SPDX id
 * is accepted too (see {@link spdxId}); these only have a name shown beside them.
 */
export const COMMON_LICENSES: readonly { id: string; name: string }[] = [
  { id: 'EUPL-1.2', name: 'European Union Public Licence 1.2' },
  { id: 'MIT', name: 'MIT License' },
  { id: 'Apache-2.0', name: 'Apache License 2.0' },
  { id: 'GPL-3.0-or-later', name: 'GNU General Public License v3.0 or later' },
  { id: 'GPL-3.0-only', name: 'GNU General Public License v3.0 only' },
  { id: 'AGPL-3.0-or-later', name: 'GNU Affero General Public License v3.0 or later' },
  { id: 'AGPL-3.0-only', name: 'GNU Affero General Public License v3.0 only' },
  { id: 'LGPL-3.0-or-later', name: 'GNU Lesser General Public License v3.0 or later' },
  { id: 'MPL-2.0', name: 'Mozilla Public License 2.0' },
  { id: 'BSD-3-Clause', name: 'BSD 3-Clause "New" or "Revised" License' },
  { id: 'BSD-2-Clause', name: 'BSD 2-Clause "Simplified" License' },
  { id: 'ISC', name: 'ISC License' },
  { id: '0BSD', name: 'BSD Zero Clause License' },
  { id: 'Unlicense', name: 'The Unlicense' },
  { id: 'CECILL-2.1', name: 'CeCILL Free Software License Agreement v2.1' },
  { id: 'CECILL-B', name: 'CeCILL-B Free Software License Agreement' },
  { id: 'CECILL-C', name: 'CeCILL-C Free Software License Agreement' },
  { id: 'etalab-2.0', name: 'Licence Ouverte / Open Licence 2.0 (Etalab)' },
  { id: 'ODbL-1.0', name: 'Open Database License 1.0 (ODbL)' },
  { id: 'ODC-By-1.0', name: 'Open Data Commons Attribution License 1.0' },
  { id: 'PDDL-1.0', name: 'Open Data Commons Public Domain Dedication and License 1.0' },
  { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0' },
  { id: 'CC-BY-SA-4.0', name: 'Creative Commons Attribution-ShareAlike 4.0' },
  { id: 'CC0-1.0', name: 'Creative Commons Zero 1.0 (public domain)' },
  { id: 'OGL-UK-3.0', name: 'Open Government Licence v3.0 (UK)' },
];

/** The longest licence id accepted. */
export const MAX_LICENSE_ID = 64;

// The SPDX license-list short identifier: letters, digits, `.` and `-` (an optional `+` means
// "or later"), or a `LicenseRef-` for a licence not on the list.
const SPDX_ID = /^(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.-]*\+?)$/;

const BY_LOWER = new Map(COMMON_LICENSES.map((l) => [l.id.toLowerCase(), l]));

/**
 * `input` as an SPDX licence id: a common one in its canonical spelling (`mit` → `MIT`), any
 * other well-formed id as given; `null` when it is not shaped like one (spaces, a sentence, an
 * expression).
 */
export function spdxId(input: string): string | null {
  const id = input.trim();
  if (!id || id.length > MAX_LICENSE_ID) return null;
  const common = BY_LOWER.get(id.toLowerCase());
  if (common) return common.id;
  return SPDX_ID.test(id) ? id : null;
}

/** The name of a common licence, by id. */
export function commonLicenseName(id: string): string | undefined {
  return BY_LOWER.get(id.toLowerCase())?.name;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Common licences matching `query` (every word in the id or the name, accents and punctuation
 * ignored), ids that start with it first; all of them for an empty query.
 */
export function searchLicenses(query: string): { id: string; name: string }[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return [...COMMON_LICENSES];
  const matches = COMMON_LICENSES.filter((l) => {
    const text = `${fold(l.id)} ${fold(l.name)}`;
    return words.every((w) => text.includes(w));
  });
  const start = fold(query);
  return [
    ...matches.filter((l) => fold(l.id).startsWith(start)),
    ...matches.filter((l) => !fold(l.id).startsWith(start)),
  ];
}
