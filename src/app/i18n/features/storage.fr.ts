import type { storageEn } from './storage.en.ts';

/** French messages of storage that never loses the only copy, typed against the English ones. */
export const storageFr: Record<keyof typeof storageEn, string> = {
  'storage.error.html':
    '{url} n’est pas là\u00a0: le serveur a répondu par une page web (HTML) au lieu des données.',
  'storage.state.sourceNotFound': 'sa source n’a plus le fichier',
  'storage.verify.notFound': 'Jeu de données «\u00a0{name}\u00a0»\u00a0: {url} est introuvable.',

  'storage.kept.undo': 'Redemander',
  'storage.kept.undoLabel':
    'Redemander à propos du changement du jeu de données «\u00a0{name}\u00a0»',

  'storage.free.title': 'Libérer de l’espace dans ce navigateur',
  'storage.free.explain':
    'Les jeux de données gardés dans ce navigateur ouvrent les carnets vite et hors ligne. Choisissez ce qu’il faut supprimer.',
  'storage.free.deleted': 'À supprimer\u00a0: téléchargés de nouveau depuis leur source au besoin',
  'storage.free.kept': 'Gardés',
  'storage.free.noneDeleted': 'Rien\u00a0: tous les jeux de données gardés sont conservés.',
  'storage.free.reason.file': 'un fichier local\u00a0: ce navigateur en a la seule copie',
  'storage.free.reason.draft': 'utilisé par le brouillon «\u00a0{title}\u00a0»',
  'storage.free.reason.version':
    'utilisé par la version publiée «\u00a0{title}\u00a0» (version {version})',
  'storage.free.deleteAnyway': 'Le supprimer quand même',
  'storage.free.warnFile':
    'C’est la seule copie\u00a0: une fois supprimée, elle ne peut pas être téléchargée de nouveau, et les carnets qui l’utilisent ne s’exécuteront plus tant que quelqu’un n’aura pas choisi le fichier de nouveau.',
  'storage.free.warnUsed':
    'Vos carnets le téléchargeront de nouveau depuis sa source, qui a pu changer ou disparaître.',
  'storage.free.confirm':
    'Supprimer {count} jeu de données ({size})|Supprimer {count} jeux de données ({size})',
  'storage.free.cancel': 'Annuler',
  'storage.free.done':
    '{size} libérés\u00a0: {count} jeu de données supprimé\u00a0; il sera téléchargé de nouveau depuis sa source au besoin.|{size} libérés\u00a0: {count} jeux de données supprimés\u00a0; ils seront téléchargés de nouveau depuis leurs sources au besoin.',
  'storage.free.doneFiles':
    '{count} fichier local supprimé\u00a0: ce navigateur ne l’a plus\u00a0; choisissez le fichier de nouveau pour l’utiliser.|{count} fichiers locaux supprimés\u00a0: ce navigateur ne les a plus\u00a0; choisissez les fichiers de nouveau pour les utiliser.',
  'storage.free.confirmFile':
    'Le jeu de données «\u00a0{name}\u00a0» est un fichier local\u00a0: ce navigateur en a la seule copie. Une fois supprimé, il ne peut pas être téléchargé de nouveau. Le supprimer quand même\u00a0?',
  'storage.free.fileDone':
    'La seule copie de «\u00a0{name}\u00a0» ({size}) est supprimée de ce navigateur\u00a0: choisissez le fichier de nouveau pour l’utiliser.',
  'storage.free.unnamed': 'sha256 {hash}',

  'storage.persist.persisted': 'Ce navigateur garde ces données durablement.',
  'storage.persist.mayClear': 'Ce navigateur peut effacer ces données s’il manque de place.',
};
