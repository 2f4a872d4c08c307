import type { metadataEn } from './metadata.en.ts';

/** French messages of the metadata editor; same keys as metadata.en.ts. */
export const metadataFr: Record<keyof typeof metadataEn, string> = {
  'metadata.open': 'Titre, licence et fiche',
  'metadata.title': 'Informations du carnet',
  'metadata.intro':
    'Ce que les lecteurs voient d’abord, et ce que dit la fiche de transparence. Enregistré dans l’en-tête du carnet.',
  'metadata.save': 'Enregistrer',
  'metadata.cancel': 'Annuler',
  'metadata.errors':
    'Corrigez le champ signalé ci-dessous avant d’enregistrer.|Corrigez les {count} champs signalés ci-dessous avant d’enregistrer.',
  'metadata.section.notebook': 'Le carnet',
  'metadata.section.card': 'Fiche de transparence',
  'metadata.section.cardIntro':
    'Pour un algorithme public, ce que l’administration doit dire aux personnes concernées (CRPA R311-3-1-2).',
  'metadata.field.title': 'Titre',
  'metadata.field.summary': 'Résumé',
  'metadata.field.summaryHint':
    'Une ou deux phrases : ce que calcule le carnet, à partir de quelles données.',
  'metadata.field.authors': 'Auteurs',
  'metadata.field.author': 'Auteur {n}',
  'metadata.field.addAuthor': 'Ajouter un auteur',
  'metadata.field.removeAuthor': 'Retirer l’auteur {n}',
  'metadata.field.noAuthors': 'Aucun auteur indiqué.',
  'metadata.field.license': 'Licence du carnet',
  'metadata.field.licenseHint':
    'Un identifiant SPDX : cherchez parmi les licences courantes, ou tapez un identifiant de spdx.org/licenses.',
  'metadata.field.licenseOptions': 'Licences courantes',
  'metadata.field.licenseOther':
    '« {id} » n’est pas une licence courante : vérifiez qu’elle figure sur spdx.org/licenses.',
  'metadata.field.licenseNone':
    'Aucune licence courante ne correspond ; tout identifiant SPDX est accepté.',
  'metadata.field.lang': 'Langue du carnet',
  'metadata.field.langNone': 'Non indiquée',
  'metadata.field.langOther': 'Autre : {tag}',
  'metadata.field.datasetLicences': 'Ce qu’imposent les licences des données',
  'metadata.field.purposeHint': 'À quoi sert l’algorithme, et la décision qu’il aide à prendre.',
  'metadata.field.contributionHint':
    'Le poids de son résultat dans la décision : seul critère, un critère parmi d’autres, une simple suggestion.',
  'metadata.field.automationHint':
    'Si une personne examine le résultat avant qu’une décision soit prise.',
  'metadata.field.legalBasisHint': 'Le texte qui permet ou impose le traitement.',
  'metadata.field.administrationHint':
    'L’administration ou l’organisme qui met en œuvre l’algorithme.',
  'metadata.field.contactHint':
    'Une adresse e-mail ou une adresse https:// où l’on peut poser des questions.',
  'metadata.field.updatedHint': 'La date à laquelle cette description a été vérifiée.',
  'metadata.field.organisationHint':
    'L’organisme public responsable de l’algorithme (une ville, un ministère), tel que les registres le nomment.',
  'metadata.field.statusHint':
    'Où en est l’algorithme\u00a0: en développement, en service ou retiré.',
  'metadata.field.statusNone': 'Non indiqué',
  'metadata.field.beginHint':
    'Le mois où il a commencé à être utilisé (ou développé, s’il n’est pas encore en service).',
  'metadata.field.themeHint':
    'Le domaine de l’action publique qu’il sert, comme le logement, la mobilité ou l’aide sociale.',
  'metadata.field.risksHint':
    'Ce qui pourrait mal tourner pour les personnes concernées, et ce qui le limite.',
  'metadata.field.humanReviewHint':
    'Comment une personne vérifie le résultat ou peut le remettre en cause, avant ou après une décision.',
  'metadata.error.required': 'Donnez un titre au carnet.',
  'metadata.error.one-line': 'Le titre doit tenir sur une ligne.',
  'metadata.error.too-long': '{max} caractères au plus.',
  'metadata.error.too-long-author': 'Auteur {n} : {max} caractères au plus.',
  'metadata.error.too-many': '{max} auteurs au plus.',
  'metadata.error.license':
    'Ce n’est pas un identifiant de licence SPDX (comme MIT, EUPL-1.2 ou LicenseRef-ville).',
  'metadata.error.lang': 'Ce n’est pas un code de langue (comme en, fr ou fr-CA).',
  'metadata.error.contact':
    'Indiquez une adresse e-mail ou une adresse https:// (un nom peut la précéder).',
  'metadata.error.date': 'Indiquez une date (AAAA-MM-JJ).',
  'metadata.error.month': 'Indiquez un mois (AAAA-MM).',
  'metadata.error.status': 'Choisissez l’un des statuts proposés.',
  'metadata.gap.field': '« {field} » manque.',
  'metadata.gap.fill': 'Remplir « {field} »',
  'metadata.new.title': 'Nouveau carnet',
  'metadata.new.intro':
    'Son titre le désigne dans vos brouillons, dans les catalogues et dans les fichiers téléchargés.',
  'metadata.new.create': 'Créer',
};
