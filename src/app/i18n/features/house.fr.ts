import type { houseEn } from './house.en.ts';

/** French messages of the house feature; typed against the English keys. */
export const houseFr: Record<keyof typeof houseEn, string> = {
  'house.changed.larger':
    'plus que les {pinned} épinglés\u00a0: le téléchargement s’est arrêté après {read}, ce ne sont donc pas les octets épinglés',
  'house.error.larger':
    'Le jeu de données «\u00a0{name}\u00a0» a changé depuis son épinglage\u00a0: {url} sert plus que les {pinned} épinglés (le téléchargement s’est arrêté après {read}). Il n’est pas utilisé\u00a0; voir le panneau des données pour garder les octets épinglés ou ré-épingler.',
  'house.error.budget':
    'Les jeux de données téléchargés ensemble dépassent {limit}\u00a0: {url} a été arrêté après {read}. Chargez moins de jeux à la fois, ou de plus petits (une requête au portail en réduit un).',
  'house.repin.failed':
    'Les nouveaux octets n’ont pas pu être téléchargés à nouveau pour le ré-épinglage\u00a0: {message}',
  'house.conflict.copyFailed':
    'Votre version n’a pas pu être enregistrée comme copie. Réessayez, choisissez autrement, ou téléchargez votre texte.',
  'house.conflict.retryCopy': 'Réessayer d’enregistrer la mienne comme copie',
  'house.conflict.download': 'Télécharger mon texte',
  'house.free': 'Libérer son espace',
  'house.free.done':
    'Les octets de «\u00a0{name}\u00a0» ({size}) ne sont plus gardés dans ce navigateur\u00a0; ils seront téléchargés à nouveau au besoin.',
};
