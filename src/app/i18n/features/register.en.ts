/**
 * English messages of the register (issue 16): the home page's catalog as a public inventory
 * of algorithms; keys start with `register.`. Merged into en.ts.
 */
export const registerEn = {
  'register.intro':
    'The public register of these algorithms: what each is for, who runs it, on what legal basis, and how complete its transparency card is. Each card is read from the published text itself.',
  'register.controls': 'Search the register',
  'register.search': 'Search',
  'register.searchHint': 'Title, purpose, organisation, administration, theme, legal basis',
  'register.facet.theme': 'Theme',
  'register.facet.administration': 'Administration',
  'register.facet.automation': 'Level of automation',
  'register.all': 'All',
  'register.sort': 'Sort by',
  'register.sort.title': 'Title',
  'register.sort.date': 'Latest publication',
  'register.sort.completeness': 'Completeness',
  'register.count': '{shown} of {count} algorithm|{shown} of {count} algorithms',
  'register.more':
    'This catalog lists {count} notebooks; the register reads the first {limit} of them.',
  'register.noMatch': 'No algorithm matches this search.',
  'register.field.purpose': 'Purpose',
  'register.field.organisation': 'Organisation',
  'register.field.administration': 'Administration',
  'register.field.legalBasis': 'Legal basis',
  'register.field.automation': 'Level of automation',
  'register.field.theme': 'Theme',
  'register.field.version': 'Latest version',
  'register.field.license': 'Licence',
  'register.field.completeness': 'Transparency card',
  'register.notGiven': 'not given',
  'register.completeness': '{filled} of {total} fields',
  'register.complete': 'complete',
  'register.openCard': 'Transparency card',
  'register.loading': 'Reading its card…',
  'register.unavailable': 'Card unavailable: {why}',
  'register.problem.unreachable': 'its file cannot be reached.',
  'register.problem.status': 'its file’s server answered with the error {status}.',
  'register.problem.too-large': 'its file is larger than {size}, the most the register reads.',
  'register.problem.hash':
    'its file is not the text the catalog lists (its SHA-256 is {actual}…, the catalog says {expected}…).',
  'register.problem.format': 'its file is not a valid notebook. {reason}',
  'register.downloads': 'Download the register',
  'register.downloadsIntro':
    'The algorithms whose card could be read, in the public registers’ formats. Fields algobook does not know are left empty: nothing is invented.',
  'register.download.etalab': 'Etalab inventory (CSV)',
  'register.download.nl': 'Dutch Algoritmeregister (JSON)',
  'register.download.ukJson': 'UK ATRS (JSON)',
  'register.download.ukCsv': 'UK ATRS (CSV)',
  'register.download.gaps':
    '{file}: {count} field left empty or not as the standard wants.|{file}: {count} fields left empty or not as the standard wants.',
} as const;
