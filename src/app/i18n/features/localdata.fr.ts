import type { localdataEn } from './localdata.en.ts';

/** French messages of local files that travel. Merged into fr.ts. */
export const localdataFr: Record<keyof typeof localdataEn, string> = {
  'localdata.missing':
    'Le jeu de données «\u00a0{name}\u00a0» lit le fichier «\u00a0{file}\u00a0», qui n’est pas dans ce navigateur. Choisissez le fichier\u00a0: il est vérifié avec son empreinte.',
  'localdata.choose': 'Choisir le fichier',
  'localdata.chooseFor': 'Choisir le fichier du jeu de données {name}',
  'localdata.checking': 'Vérification de {file}…',
  'localdata.wrong':
    '«\u00a0{chosen}\u00a0» n’est pas le fichier épinglé par ce jeu de données\u00a0: son SHA-256 commence par {actual}, celui de l’épinglage par {pinned}. Choisissez le fichier qui a été épinglé.',
  'localdata.kept':
    '«\u00a0{chosen}\u00a0» est le fichier épinglé\u00a0; il est gardé dans ce navigateur et les cellules sont relancées.',
  'localdata.notKept':
    '«\u00a0{chosen}\u00a0» est le fichier épinglé, mais il n’a pas pu être gardé\u00a0: {message}',

  'localdata.share.carries':
    'Le lien emporte le fichier local de {names}.|Le lien emporte les fichiers locaux de {names}.',
  'localdata.share.tooLarge':
    '«\u00a0{name}\u00a0» ne peut pas aller dans le lien\u00a0: le lien serait trop long ({limit}\u00a0caractères au plus). Téléchargez plutôt le paquet.',
  'localdata.share.notHere':
    '«\u00a0{name}\u00a0» ne peut pas aller dans le lien\u00a0: son fichier n’est pas dans ce navigateur. Choisissez le fichier dans le panneau des données, ou téléchargez le paquet là où il se trouve.',
  'localdata.share.bundle': 'Télécharger le paquet (.algobook.zip)',
  'localdata.share.refused': 'Les données de ce lien de partage sont refusées\u00a0: {reason}',

  'localdata.download.bundle': 'Le carnet et ses données (.algobook.zip)',
  'localdata.download.missing':
    'Le paquet laisse de côté «\u00a0{name}\u00a0»\u00a0: son fichier n’est pas dans ce navigateur.|Le paquet laisse de côté {name}\u00a0: leurs fichiers ne sont pas dans ce navigateur.',
  'localdata.open.failed': 'Ce paquet ne peut pas être ouvert\u00a0: {reason}',

  'publish.error.bundle-too-many':
    'Ce paquet contient plus de {limit}\u00a0fichiers\u00a0; le paquet d’un carnet en contient bien moins, il est donc refusé.',
  'publish.error.bundle-bad-path':
    'Ce paquet contient «\u00a0{entry}\u00a0», un nom qui pourrait sortir de son dossier\u00a0; il est refusé.',
  'publish.error.bundle-too-large':
    'Ce paquet se décompresse en plus de {limit}\u00a0Mo\u00a0; il est refusé.',
  'publish.error.bundle-corrupt':
    'Ce paquet est abîmé\u00a0: il ne peut pas être décompressé comme un zip.',
  'publish.error.bundle-no-notebook':
    'Un paquet contient exactement un carnet (un fichier .algo.md à sa racine)\u00a0; celui-ci en contient {count}.',
  'publish.error.bundle-not-text': '{entry} dans ce paquet n’est pas du texte.',
  'publish.error.bundle-unexpected':
    'Ce paquet contient «\u00a0{entry}\u00a0», qu’aucun jeu de données du carnet ne lit\u00a0; il est refusé.',
  'publish.error.bundle-hash-mismatch':
    '«\u00a0{entry}\u00a0» dans ce paquet n’est pas le fichier épinglé par le carnet (SHA-256 {actual}…, épinglé {pinned}…)\u00a0; il est refusé.',
};
