import type { publishEn } from './publish.en.ts';

/** French messages of the publish feature, typed against the English ones. Merged into fr.ts. */
export const publishFr: Record<keyof typeof publishEn, string> = {
  'publish.title': 'Publier',
  'publish.bar': 'Versions et partage',
  'publish.publish': 'Publier…',
  'publish.verify': 'Vérifier',
  'publish.history': 'Historique',
  'publish.fork': 'Dériver',
  'publish.share': 'Lien de partage',
  'publish.download': 'Télécharger',

  'publish.version.label': 'Version {n}',
  'publish.version.published': 'publiée le {date}',
  'publish.version.missing':
    'Aucune version d’empreinte {hash} n’est enregistrée dans ce navigateur. Les versions sont gardées dans le navigateur où elles ont été publiées.',
  'publish.tampered.banner':
    'Altéré\u00a0: ce fichier n’est pas celui qui a été publié. Son SHA-256 est {actual}…, celui publié est {expected}…. Ne vous fiez pas à ses résultats.',

  'publish.form.title': 'Publier la version {n}',
  'publish.form.explain':
    'Le brouillon est exécuté depuis le début, puis figé avec l’empreinte des sorties de chaque cellule. Une version publiée n’est jamais modifiée.',
  'publish.form.message': 'Ce qui a changé',
  'publish.form.submit': 'Publier la version {n}',
  'publish.form.needMessage': 'Dites en quelques mots ce qui change dans cette version.',
  'publish.form.running': 'Exécution du carnet pour enregistrer ses résultats…',
  'publish.form.done': 'Version {n} publiée (SHA-256 {hash}…).',
  'publish.form.sameText':
    'Cette version exacte est déjà publiée\u00a0: modifiez d’abord le brouillon.',
  'publish.form.numberTaken':
    'La version {n} vient d’être publiée depuis un autre onglet\u00a0: rien n’a été écrasé. Ouvrez l’historique, puis publiez de nouveau.',
  'publish.form.failed': 'La version n’a pas été publiée\u00a0: {reason}',

  'publish.history.title': 'Versions publiées',
  'publish.history.none': 'Aucune version publiée pour l’instant.',
  'publish.history.versionN': 'Version {n}',
  'publish.history.open': 'Ouvrir',
  'publish.history.openLabel': 'Ouvrir la version {n}',
  'publish.history.restore': 'Restaurer',
  'publish.history.restoreLabel': 'Restaurer la version {n} comme brouillon',
  'publish.history.forkLabel': 'Dériver la version {n}',
  'publish.history.restored': 'Version {n} restaurée comme brouillon.',
  'publish.history.keptTitle': '{title} (avant restauration de la version {n})',
  'publish.history.restoredKept':
    'Version {n} restaurée comme brouillon. Le texte qu’elle remplace n’était pas publié\u00a0: il est gardé comme brouillon «\u00a0{title}\u00a0».',
  'publish.history.restoreFailed': 'La version n’a pas pu être restaurée\u00a0: {reason}',
  'publish.history.from': 'Comparer',
  'publish.history.to': 'avec',
  'publish.history.compare': 'Voir les différences',
  'publish.history.compareFailed': 'Les versions n’ont pas pu être comparées\u00a0: {reason}',

  'publish.diff.title': 'De {before} à {after}',
  'publish.diff.label': 'Différences de {before} à {after}',
  'publish.diff.same': 'Aucune différence.',
  'publish.diff.summary': '{count} cellule modifiée|{count} cellules modifiées',
  'publish.diff.license': 'Licence\u00a0: {before} → {after}',
  'publish.diff.front': '{key}\u00a0: {before} → {after}',
  'publish.diff.datasets': 'Jeux de données',
  'publish.diff.datasetAdded': '{name}\u00a0: ajouté',
  'publish.diff.datasetRemoved': '{name}\u00a0: retiré',
  'publish.diff.datasetChanged': '{name}\u00a0: modifié ({fields})',
  'publish.diff.parameters': 'Paramètres',
  'publish.diff.parameterAdded': '{name}\u00a0: ajouté, {after}',
  'publish.diff.parameterRemoved': '{name}\u00a0: retiré',
  'publish.diff.parameterChanged': '{name}\u00a0: {before} → {after}',
  'publish.diff.cells': 'Cellules',
  'publish.diff.code': 'code',
  'publish.diff.prose': 'texte',
  'publish.diff.cellSame': 'Cellule {a} ({kind})\u00a0: inchangée, désormais cellule {b}',
  'publish.diff.cellAdded': 'Cellule {b} ({kind})\u00a0: ajoutée',
  'publish.diff.cellRemoved': 'Cellule {a} ({kind})\u00a0: retirée',
  'publish.diff.cellChanged': 'Cellule {a} ({kind})\u00a0: modifiée, désormais cellule {b}',
  'publish.diff.options': 'Options\u00a0: «\u00a0{before}\u00a0» → «\u00a0{after}\u00a0»',

  'publish.verify.title': 'Vérification',
  'publish.verify.running':
    'Vérification\u00a0: contrôle du texte et de la chaîne des versions, puis nouvelle exécution du carnet sur ses jeux de données épinglés…',
  'publish.verify.reproduced':
    'Reproduit\u00a0: le texte est celui publié et chaque cellule donne son résultat publié.',
  'publish.verify.reproducedButData':
    'Reproduit avec les octets épinglés gardés dans ce navigateur, mais la source d’un jeu de données sert désormais d’autres octets\u00a0: ailleurs, il pourrait ne pas se reproduire.',
  'publish.verify.notReproduced': 'Non reproduit\u00a0: voir ci-dessous ce qui diffère.',
  'publish.verify.tampered':
    'Altéré\u00a0: cette version n’est pas celle publiée, ou sa chaîne de versions est rompue.',
  'publish.verify.failed': 'La vérification n’a pas pu aboutir\u00a0: {reason}',
  'publish.verify.problems': 'Texte et chaîne des versions',
  'publish.verify.datasets': 'Jeux de données',
  'publish.verify.datasetChanged':
    'Jeu de données «\u00a0{name}\u00a0»\u00a0: {url} sert désormais d’autres octets (SHA-256 {actual}…) que ceux épinglés.',
  'publish.verify.datasetUnreachable':
    'Jeu de données «\u00a0{name}\u00a0»\u00a0: {url} est injoignable.',
  'publish.verify.cells': 'Cellules dont le résultat diffère',
  'publish.verify.cellChanged': 'Cellule {n}\u00a0: publié {published}, maintenant {actual}',
  'publish.verify.cellMissing': 'Cellule {n}\u00a0: elle a un résultat publié mais n’en donne plus',
  'publish.verify.cellExtra': 'Cellule {n}\u00a0: elle donne un résultat qui n’a pas été publié',

  'publish.fork.from': 'Dérivé de',
  'publish.fork.origin': '{id}, version {n}',
  'publish.fork.this': 'cette dérivation',
  'publish.fork.compare': 'Comparer avec l’origine',
  'publish.fork.failed': 'La dérivation n’a pas pu être créée\u00a0: {reason}',
  'publish.fork.originMissing':
    'L’origine ({id}, version {n}) n’est pas enregistrée dans ce navigateur et la dérivation ne dit pas où elle est publiée.',
  'publish.fork.originChanged':
    'Le fichier à l’adresse {url} n’est plus la version dont cette dérivation est issue (son SHA-256 diffère).',

  'publish.share.title': 'Lien de partage',
  'publish.share.explain':
    'Le lien contient tout le carnet, compressé\u00a0: qui l’ouvre le lit sans passer par aucun serveur à nous.',
  'publish.share.making': 'Création du lien…',
  'publish.share.size': 'Le lien fait {n} caractère.|Le lien fait {n} caractères.',
  'publish.share.long':
    'Ce lien dépasse {limit} caractères\u00a0: certaines messageries coupent les liens longs. Préférez héberger le fichier et partager son adresse.',
  'publish.share.link': 'Lien',
  'publish.share.copy': 'Copier',
  'publish.share.copied': 'Copié.',
  'publish.share.copyFailed':
    'Le navigateur a refusé de copier\u00a0: sélectionnez le lien et copiez-le vous-même.',
  'publish.share.bad': 'Ce lien de partage ne peut pas être ouvert. {reason}',
  'publish.src.mismatch':
    'Le fichier à l’adresse {url} n’est pas celui attendu\u00a0: son SHA-256 est {actual}, le lien demande {expected}. Il a été modifié depuis la création du lien, il n’est donc pas ouvert.',

  'publish.download.title': 'Télécharger',
  'publish.download.md': 'Carnet (.algo.md)',
  'publish.download.ipynb': 'Jupyter (.ipynb)',
  'publish.download.html': 'Page web (.html)',
  'publish.download.explain':
    'La page web s’ouvre hors ligne avec toutes les sorties telles qu’affichées ici\u00a0; le carnet Jupyter garde aussi les sorties.',
  'publish.download.failed': 'Le fichier n’a pas pu être créé\u00a0: {reason}',

  'publish.catalog.title': 'Publiés sur ce site',
  'publish.catalog.address': 'Catalogue',
  'publish.catalog.load': 'Afficher',
  'publish.catalog.empty': 'Ce catalogue ne liste aucun carnet.',
  'publish.catalog.latest': 'version {n}, {date}',
  'publish.catalog.forks': 'Dérivations connues\u00a0:',
  'publish.catalog.badAddress':
    '«\u00a0{address}\u00a0» n’est pas une adresse valide de catalogue.',
  'publish.catalog.unreachable':
    'Impossible de joindre {url}. Le serveur est peut-être arrêté, ou il refuse les requêtes d’autres sites (CORS).',
  'publish.catalog.tooLarge':
    'Le catalogue à l’adresse {url} dépasse {size}\u00a0: il n’est pas lu.',
  'publish.catalog.status': '{url} a répondu par l’erreur {status}.',
  'publish.catalog.invalid': 'Le catalogue à l’adresse {url} est illisible. {reason}',
  'publish.catalog.noEntry': 'Le catalogue à l’adresse {url} n’a pas de carnet «\u00a0{id}\u00a0».',
  'publish.catalog.noVersion':
    'Le carnet «\u00a0{id}\u00a0» n’a pas de version {version} dans le catalogue.',

  'publish.error.share-empty': 'Ce lien de partage ne contient aucun carnet.',
  'publish.error.share-not-base64url':
    'Ce lien de partage est abîmé\u00a0: il contient des caractères qu’un lien de partage n’a jamais. Recopiez le lien en entier.',
  'publish.error.share-corrupt':
    'Ce lien de partage est abîmé\u00a0: son carnet ne peut pas être décompressé. Il a peut-être été coupé lors de la copie.',
  'publish.error.share-not-text': 'Ce lien de partage ne contient pas de carnet.',
  'publish.error.share-too-large':
    'Ce lien de partage se décompresse en bien plus qu’un carnet\u00a0: refusé.',
  'publish.error.ipynb-not-json':
    'Ce fichier n’est pas un carnet Jupyter\u00a0: ce n’est pas du JSON valide.',
  'publish.error.ipynb-not-notebook': 'Ce fichier n’est pas un carnet Jupyter.',
  'publish.error.ipynb-nbformat':
    'Ce carnet Jupyter est au format version {version}\u00a0; algobook lit la version 4.',
  'publish.error.ipynb-no-cells': 'Ce carnet Jupyter n’a pas de liste de cellules.',
  'publish.error.ipynb-bad-cell': 'La cellule {cell} de ce carnet Jupyter n’est pas valide.',
  'publish.error.ipynb-language':
    'Ce carnet est écrit en {language}\u00a0; algobook n’exécute que du JavaScript, son code ne peut donc pas être importé.',
  'publish.error.ipynb-front':
    'Les métadonnées algobook de ce carnet ne sont pas valides\u00a0: {reason}.',
  'publish.error.catalog-not-json': 'Ce n’est pas du JSON valide.',
  'publish.error.catalog-invalid': 'Ce n’est pas un catalogue valide\u00a0: {where} {what}.',

  'publish.load.badAddress': '«\u00a0{src}\u00a0» n’est pas une adresse valide.',
  'publish.load.unreachable':
    'Impossible de joindre {url}. Le serveur est peut-être arrêté, ou il refuse les requêtes d’autres sites (CORS)\u00a0; téléchargez le fichier et utilisez «\u00a0Ouvrir un fichier\u00a0».',
  'publish.load.status': '{url} a répondu {status}.',
  'publish.load.invalid': 'Ce fichier n’est pas un carnet valide. {reason}',
  'publish.load.unreadable': 'Ce fichier n’a pas pu être lu\u00a0: {reason}',
};
