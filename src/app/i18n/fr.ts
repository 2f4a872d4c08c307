import type { en } from './en.ts';
// French errors (core/errors) come with the French dictionary, never with an English page.
import '../../core/errors/french.ts';
import { chartGuardFr } from './features/chart-guard.fr.ts';
import { citizenFr } from './features/citizen.fr.ts';
import { dataFr } from './features/data.fr.ts';
import { linksFr } from './features/links.fr.ts';
import { examplesFr } from './features/examples.fr.ts';
import { publishFr } from './features/publish.fr.ts';
import { houseFr } from './features/house.fr.ts';
import { sandboxFr } from './features/sandbox.fr.ts';
import { verifyFr } from './features/verify.fr.ts';
import { runnerFr } from './features/runner.fr.ts';
import { demoportalFr } from './features/demoportal.fr.ts';
import { editingFr } from './features/editing.fr.ts';
import { localdataFr } from './features/localdata.fr.ts';
import { storageFr } from './features/storage.fr.ts';
import { metadataFr } from './features/metadata.fr.ts';
import { cliexportFr } from './features/cliexport.fr.ts';
import { panelFr } from './features/panel.fr.ts';
import { dialectFr } from './features/dialect.fr.ts';
import { b2Fr } from './features/b2.fr.ts';
import { b1Fr } from './features/b1.fr.ts';
import { registerFr } from './features/register.fr.ts';
import { snapshotFr } from './features/snapshot.fr.ts';

/**
 * French messages. Typed against the English keys so that a missing or extra key fails the type
 * check. French puts a non-breaking space before `:`.
 */
export const fr: Record<keyof typeof en, string> = {
  ...dataFr,
  ...publishFr,
  ...citizenFr,
  ...houseFr,
  ...linksFr,
  ...examplesFr,
  ...chartGuardFr,
  ...sandboxFr,
  ...verifyFr,
  ...runnerFr,
  ...demoportalFr,
  ...editingFr,
  ...localdataFr,
  ...storageFr,
  ...metadataFr,
  ...cliexportFr,
  ...panelFr,
  ...dialectFr,
  ...b2Fr,
  ...b1Fr,
  ...registerFr,
  ...snapshotFr,

  // Language switch
  'language.label': 'Langue',
  'language.en': 'English',
  'language.fr': 'Français',

  // Tables
  'table.label': 'Tableau\u00a0: {count} ligne|Tableau\u00a0: {count} lignes',
  'table.rows': '{count} ligne|{count} lignes',
  'table.columns': '{count} colonne|{count} colonnes',
  'table.firstRows': 'seules les {count} premières sont disponibles',
  'table.loading': 'Chargement des lignes…',
  'table.loadError': 'Impossible de charger les lignes\u00a0: {message}',
  'table.null': 'null',

  // Charts
  'chart.label': 'Graphique',
  'chart.roleDescription': 'visualisation',
  'chart.loading': 'Chargement du graphique…',
  'chart.error': 'Impossible de dessiner le graphique\u00a0: {message}',
  'chart.downloadPng': 'Télécharger en PNG',
  'chart.downloadSvg': 'Télécharger en SVG',

  // Value inspector
  'inspector.more': '… {count} de plus',
  'inspector.showMore': 'Afficher {count} de plus',

  // Inputs
  'input.defaultLabel': 'Saisie',

  // Errors
  'error.label': 'Erreur',
  'error.position': 'ligne {line}, colonne {column}',
  'error.line': 'ligne {line}',

  // Code
  'code.summary': 'Code',

  // Cadre, pages, cellules, exécution, onglets, aide
  'app.skip': 'Aller au contenu',
  'app.tagline': 'Des algorithmes ouverts sur des données ouvertes',
  'app.backHome': "Retour à l'accueil",
  'app.pageUnavailable':
    'Cette page n’a pas pu être chargée. L’application a peut-être été mise à jour depuis que cet onglet l’a ouverte\u00a0: rechargez pour obtenir la nouvelle version.',
  'app.reload': 'Recharger',
  'home.title': 'Carnets',
  'home.intro':
    'Lisez comment un indicateur est calculé à partir de données ouvertes, essayez ses paramètres, ou écrivez votre propre algorithme.',
  'home.new': 'Nouveau carnet',
  'home.openFile': 'Ouvrir un fichier',
  'home.openUrl': 'Ouvrir depuis une URL',
  'home.open': 'Ouvrir',
  'home.examples': 'Exemples',
  'home.drafts': 'Enregistrés dans ce navigateur',
  'home.noDrafts': "Aucun carnet enregistré dans ce navigateur pour l'instant.",
  'home.updated': 'enregistré le {date}',
  'home.delete': 'Supprimer',
  'home.deleteLabel': 'Supprimer {title}',
  'home.confirmDelete': 'Supprimer « {title} » de ce navigateur ?',
  'home.badFile': "{name} n'a pas pu être ouvert. {message}",
  'nb.untitled': 'Carnet sans titre',
  'nb.by': 'Par {authors}',
  'nb.license': 'Licence : {license}',
  'reader.editCopy': 'Modifier une copie',
  'reader.loading': 'Chargement du carnet…',
  'reader.cannotOpen': 'Ce carnet ne peut pas être ouvert',
  'editor.toolbar': 'Carnet',
  'editor.runAll': 'Tout exécuter',
  'editor.addCode': 'Ajouter une cellule de code',
  'editor.addProse': 'Ajouter une cellule de texte',
  'editor.timeLimit': 'Durée maximale (s)',
  'editor.shortcuts': 'Raccourcis clavier',
  'editor.edit': 'Modifier',
  'editor.editProse': 'Modifier {label}',
  'editor.emptyProse': 'Cellule de texte vide',
  'editor.saved': 'Toutes les modifications sont enregistrées dans ce navigateur',
  'editor.saving': 'Enregistrement…',
  'editor.noDraft': "Aucun carnet de ce nom n'est enregistré dans ce navigateur.",
  'editor.cannotOpen': 'Ce carnet ne peut pas être ouvert',
  'cell.label': 'Cellule {n}',
  'cell.code': 'Code · cellule {n}',
  'cell.prose': 'Texte · cellule {n}',
  'cell.codeLabel': 'Code de la cellule {n}',
  'cell.proseLabel': 'Texte de la cellule {n}',
  'cell.queued': 'en attente',
  'cell.running': 'en cours {time}',
  'cell.done': 'terminée en {time}',
  'cell.error': 'erreur',
  'cell.interrupted': 'interrompue',
  'cell.edited': 'modifiée, non exécutée',
  'cell.run': 'Exécuter',
  'cell.runLabel': 'Exécuter la cellule {n}',
  'cell.moveUpLabel': 'Monter la cellule {n}',
  'cell.moveDownLabel': 'Descendre la cellule {n}',
  'cell.addBelowLabel': 'Ajouter une cellule de code sous la cellule {n}',
  'cell.deleteLabel': 'Supprimer la cellule {n}',
  'run.stop': 'Arrêter',
  'run.busy': 'Exécution…',
  'run.dismiss': 'Fermer',
  'run.stoppedUser':
    '{cells} arrêtée après {time} s. Les autres cellules ont été exécutées à nouveau ; exécutez une cellule arrêtée pour la relancer.',
  'run.stoppedTimeout':
    '{cells} a dépassé la durée maximale et a été arrêtée après {time} s. Les autres cellules ont été exécutées à nouveau ; relancez-la ou augmentez la limite.',
  'conflict.title': 'Modifié dans un autre onglet',
  'conflict.text':
    "Ce carnet a été enregistré dans un autre onglet après son ouverture ici. Rien n'a été écrasé. Quelle version voulez-vous garder ?",
  'conflict.keepMine': 'Garder la mienne',
  'conflict.takeTheirs': "Charger la version de l'autre onglet",
  'conflict.saveCopy': 'Enregistrer la mienne comme copie',
  'conflict.otherTab':
    'Ce carnet est aussi ouvert dans un autre onglet. Si les deux onglets le modifient, vous choisirez la version à garder.',
  'help.title': 'Raccourcis clavier',
  'help.editing': "Pendant l'édition d'une cellule",
  'help.command': 'Une cellule sélectionnée (touche Échap)',
  'help.runNext': 'Exécuter la cellule et celles qui en dépendent, passer à la suivante',
  'help.runStay': 'Exécuter la cellule et celles qui en dépendent, rester',
  'help.runInsert': 'Exécuter la cellule, insérer une cellule en dessous',
  'help.commandMode': "Quitter l'éditeur, sélectionner la cellule",
  'help.editMode': 'Modifier la cellule sélectionnée',
  'help.moveFocus': 'Sélectionner la cellule au-dessus / en dessous',
  'help.insertAbove': 'Insérer une cellule de code au-dessus',
  'help.insertBelow': 'Insérer une cellule de code en dessous',
  'help.deleteCell': 'Supprimer la cellule',
  'help.toProse': 'Transformer en cellule de texte',
  'help.toCode': 'Transformer en cellule de code',
  'help.stop': 'Arrêter les cellules en cours',
  'help.open': 'Afficher cette aide',
  'help.close': 'Fermer',
  // Noms des touches tels qu'ils sont imprimés sur un clavier français
  'key.enter': 'Entrée',
  'key.shiftEnter': 'Maj+Entrée',
  'key.ctrlEnter': 'Ctrl/⌘+Entrée',
  'key.altEnter': 'Alt+Entrée',
  'key.escape': 'Échap',
};
