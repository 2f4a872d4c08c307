import type { b2En } from './b2.en.ts';

/** French messages of imports in the editor and the citizen views, typed against the English ones. */
export const b2Fr: Record<keyof typeof b2En, string> = {
  'importCitizen.into': 'Dans «\u00a0{title}\u00a0», le carnet que celui-ci importe',
  'importCitizen.back': 'De retour dans ce carnet',
  'importCitizen.computedThere': 'Calculé dans «\u00a0{title}\u00a0», tel que publié.',
  'importCitizen.group': 'Importé\u00a0: {title}',
  'importCitizen.kind': 'Importé',
  'importCitizen.reliesOn': 'Algorithmes sur lesquels celui-ci s’appuie',
  'importCitizen.reliesOnNone': 'Il ne s’appuie sur aucun autre algorithme publié.',
  'importCitizen.version': 'version {version}',
  'importCitizen.hash': 'empreinte {hash}…',
  'addImport.panel': 'Imports',
  'addImport.open': 'Ajouter un import',
  'addImport.none': 'Ce carnet n’importe aucun autre carnet.',
  'addImport.title': 'Ajouter un import',
  'addImport.close': 'Fermer',
  'addImport.intro':
    'Utilisez les noms que calcule un autre carnet publié, tel qu’il est publié : l’import est épinglé par le SHA-256 de son fichier.',
  'addImport.tabs': 'Où est le carnet',
  'addImport.fromUrl': 'Depuis une URL',
  'addImport.fromCatalog': 'Depuis un catalogue',
  'addImport.fromFile': 'Depuis un fichier',
  'addImport.url': 'Adresse du carnet (.algo.md)',
  'addImport.read': 'Lire',
  'addImport.reading': 'Lecture…',
  'addImport.file': 'Fichier du carnet (.algo.md)',
  'addImport.fileNote':
    'Un fichier de cet ordinateur est gardé dans ce navigateur, par son empreinte, et le carnet tourne hors ligne.',
  'addImport.examples': 'Exemples livrés avec algobook',
  'addImport.catalog': 'Adresse d’un catalogue (catalog.json)',
  'addImport.loadCatalog': 'Ouvrir le catalogue',
  'addImport.catalogEntries': 'Carnets du catalogue',
  'addImport.entry': '{title} (v{version})',
  'addImport.found': 'Le carnet à importer',
  'addImport.foundText': 'Trouvé « {title} », empreinte {hash}…',
  'addImport.untitled': 'sans titre',
  'addImport.name': 'Nom dans ce carnet',
  'addImport.nameHelp': 'Les cellules écriront import {…} from "{name}" ou use("{name}").',
  'addImport.nameTaken':
    '« {name} » ne peut pas nommer un import : des lettres, des chiffres et _, sans chiffre au début, et un nom qu’aucune cellule ni aucun import n’a déjà.',
  'addImport.add': 'Ajouter l’import',
  'addImport.added': '« {title} » importé sous le nom {name}, épinglé à {hash}…',
  'addImport.badUrl': '« {url} » n’est pas une adresse.',
  'addImport.notText':
    '{source} n’est pas un carnet algobook : ce n’est pas du texte (UTF-8). Rien n’a été modifié.',
  'addImport.notNotebook': '{source} n’est pas un carnet algobook : {reason} Rien n’a été modifié.',
  'addImport.tooLarge': 'il dépasse 4 Mo.',
  'newerImport.label': 'Une version plus récente de {name}',
  'newerImport.notice':
    '{name} : « {title} » a une version plus récente dans son catalogue. Ce carnet importe la {before} ; la dernière est la {after}.',
  'newerImport.changes': 'Ce qui a changé de la {before} à la {after}',
  'newerImport.move': 'Passer à la {version}',
  'newerImport.moved': '{name} importe maintenant la version {hash}…',
  'newerImport.mismatch':
    '{url} ne correspond pas à son catalogue ({expected}… attendu, {actual}… reçu) : il ne peut pas être importé.',
};
