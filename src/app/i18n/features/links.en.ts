/**
 * English messages of links, catalogs and the published claim; keys start with `links.`.
 * Merged into en.ts.
 */
export const linksEn = {
  // A link that is not a route
  'links.error.title': 'This link cannot be opened',
  'links.param.src': 'The notebook’s address (?src=)',
  'links.param.catalog': 'The catalog’s address (?catalog=)',
  'links.param.base': 'The address its datasets are read from (base=)',
  'links.error.too-long':
    'The address is {length} characters long; the app reads addresses of at most {limit} characters.',
  'links.error.bad-encoding':
    'Part of the address, “{part}”, is not valid percent-encoding: a “%” must start the code of a character. The link was probably cut or altered.',
  'links.error.empty-url': '{param} is empty.',
  'links.error.bad-url': '{param}, “{value}”, is not a valid address.',
  'links.error.bad-scheme':
    '{param} starts with “{scheme}:”. Only http and https addresses are opened.',
  'links.error.bad-sha256':
    'The hash after “#sha256=”, “{value}”, is not a SHA-256: it must be 64 hexadecimal digits.',
  'links.error.missing-part':
    'The link stops after “#/{route}/”: the rest of it is missing. It was probably cut when copied.',
  'links.error.bad-example': '“{file}” is not the name of an example.',
  'links.error.bad-payload':
    'This share link contains characters a share link never has. Copy the whole link again.',
  'links.error.bad-version-hash':
    '“{value}” is not the SHA-256 of a version: it must be 64 hexadecimal digits.',
  'links.error.bad-version-number':
    'The version in “{id}@{version}” must be a whole number from 1, as in “{id}@1”.',
  'links.error.unknown-route': 'The app has no page “#/{path}”.',

  // Catalogs
  'links.catalog.thirdParty': 'Third-party catalog',
  'links.catalog.thirdPartyNotice':
    'This catalog is not this site’s: it comes from {origin}. This site does not vouch for what it lists.',
  'links.catalog.ownSite': 'Back to this site’s catalog',
  'links.catalog.html':
    'There is no catalog at {url}: the address answers with a web page, not a catalog.',

  // What the reader claims about a version
  'links.claim.thirdParty': 'listed in a third-party catalog from {origin}',
  'links.claim.none':
    'This text calls itself version {n}, but there is no published record to compare it with.',
  'links.claim.source': 'Source: {url}',
  'links.claim.sourceLink': 'Source: the link itself (the text is in the address)',
};
