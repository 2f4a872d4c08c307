import type { linksEn } from './links.en.ts';

/** French messages of links, catalogs and the published claim. Merged into fr.ts. */
export const linksFr: Record<keyof typeof linksEn, string> = {
  'links.error.title': 'Ce lien ne peut pas être ouvert',
  'links.param.src': 'L’adresse du carnet (?src=)',
  'links.param.catalog': 'L’adresse du catalogue (?catalog=)',
  'links.param.base': 'L’adresse d’où ses jeux de données sont lus (base=)',
  'links.error.too-long':
    'L’adresse compte {length} caractères\u00a0; l’application lit des adresses de {limit} caractères au plus.',
  'links.error.bad-encoding':
    'Une partie de l’adresse, «\u00a0{part}\u00a0», n’est pas un encodage-pourcent valide\u00a0: un «\u00a0%\u00a0» doit commencer le code d’un caractère. Le lien a sans doute été coupé ou modifié.',
  'links.error.empty-url': '{param} est vide.',
  'links.error.bad-url': '{param}, «\u00a0{value}\u00a0», n’est pas une adresse valide.',
  'links.error.bad-scheme':
    '{param} commence par «\u00a0{scheme}:\u00a0». Seules les adresses http et https sont ouvertes.',
  'links.error.bad-sha256':
    'L’empreinte après «\u00a0#sha256=\u00a0», «\u00a0{value}\u00a0», n’est pas un SHA-256\u00a0: il faut 64 chiffres hexadécimaux.',
  'links.error.missing-part':
    'Le lien s’arrête après «\u00a0#/{route}/\u00a0»\u00a0: la suite manque. Il a sans doute été coupé lors de la copie.',
  'links.error.bad-example': '«\u00a0{file}\u00a0» n’est pas le nom d’un exemple.',
  'links.error.bad-payload':
    'Ce lien de partage contient des caractères qu’un lien de partage n’a jamais. Copiez de nouveau le lien en entier.',
  'links.error.bad-version-hash':
    '«\u00a0{value}\u00a0» n’est pas le SHA-256 d’une version\u00a0: il faut 64 chiffres hexadécimaux.',
  'links.error.bad-version-number':
    'La version dans «\u00a0{id}@{version}\u00a0» doit être un nombre entier à partir de 1, comme dans «\u00a0{id}@1\u00a0».',
  'links.error.unknown-route': 'L’application n’a pas de page «\u00a0#/{path}\u00a0».',

  'links.catalog.thirdParty': 'Catalogue tiers',
  'links.catalog.thirdPartyNotice':
    'Ce catalogue n’est pas celui de ce site\u00a0: il vient de {origin}. Ce site ne se porte pas garant de ce qu’il liste.',
  'links.catalog.ownSite': 'Revenir au catalogue de ce site',
  'links.catalog.html':
    'Il n’y a pas de catalogue à l’adresse {url}\u00a0: elle répond par une page web, pas par un catalogue.',

  'links.claim.thirdParty': 'listée dans un catalogue tiers venant de {origin}',
  'links.claim.none':
    'Ce texte se dit version {n}, mais aucun enregistrement publié ne permet de le comparer.',
  'links.claim.source': 'Source\u00a0: {url}',
  'links.claim.sourceLink': 'Source\u00a0: le lien lui-même (le texte est dans l’adresse)',
};
