import type { citizenEn } from './citizen.en.ts';

/** French messages of the citizen feature, typed against the English ones. Merged into fr.ts. */
export const citizenFr: Record<keyof typeof citizenEn, string> = {
  'citizen.title': 'Comment est-ce calculé\u00a0?',
  'citizen.explainIndicator': 'Comment «\u00a0{title}\u00a0» est-il calculé\u00a0?',
  'citizen.indicators': 'Résultats clés',
  'citizen.indicatorsIntro':
    'Les résultats que l’auteur désigne comme clés, calculés maintenant dans votre navigateur à partir des données publiées.',
  'citizen.indicatorsIntroPublished':
    'Les résultats que l’auteur désigne comme clés, tels qu’ils ont été publiés ; en cours de recalcul dans votre navigateur.',
  'citizen.now': 'Maintenant',
  'citizen.published': 'Valeur publiée',
  'citizen.firstComputed': 'Valeur à l’ouverture',
  'citizen.whatIf': 'Recalculé avec les paramètres que vous avez changés.',
  'citizen.reset': 'Revenir aux valeurs publiées',
  'citizen.chainHeading': 'Comment «\u00a0{title}\u00a0» est calculé',
  'citizen.chainHeadingThis': 'Comment ce résultat est calculé',
  'citizen.close': 'Fermer',
  'citizen.steps': 'Les étapes, dans l’ordre',
  'citizen.stepsIntro': 'Chaque étape lit ce que les étapes précédentes ont calculé.',
  'citizen.stepResult': 'Résultat de cette étape',
  'citizen.noOutput':
    'Cette étape n’affiche rien\u00a0; elle calcule {names} pour les étapes suivantes.',
  'citizen.noProse': 'L’auteur n’a pas écrit d’explication pour cette étape.',
  'citizen.datasets': 'Données utilisées',
  'citizen.noDatasets':
    'Aucun jeu de données\u00a0: ce résultat n’utilise pas de données publiées.',
  'citizen.parameters': 'Paramètres',
  'citizen.parametersIntro':
    'Et si un paramètre était différent\u00a0? Changez-le\u00a0: le résultat est recalculé, et la valeur publiée reste à côté.',
  'citizen.parametersIntroAuthor':
    'Et si un paramètre était différent\u00a0? Changez-le\u00a0: le résultat est recalculé, et la valeur de l’auteur reste à côté.',
  'citizen.authorValue': 'valeur de l’auteur\u00a0: {value}',
  'citizen.resetAuthor': 'Revenir aux valeurs de l’auteur',
  'citizen.noParameters':
    'Aucun paramètre\u00a0: ce résultat ne dépend que des données et du code.',
  'citizen.defaultValue': 'publié\u00a0: {value}',
  'citizen.computedValue': 'calculé par le code',
  'citizen.source': 'Source',
  'citizen.license': 'Licence',
  'citizen.retrieved': 'Récupéré le',
  'citizen.sha256': 'SHA-256',
  'citizen.notGiven': 'non indiqué',
  'citizen.type.text': 'texte',
  'citizen.type.wholeNumber': 'nombre entier',
  'citizen.type.decimal': 'nombre décimal',
  'citizen.type.date': 'date',
  'citizen.type.dateTime': 'date et heure',
  'citizen.type.yesNo': 'oui/non',
  'citizen.type.list': 'liste',
  'citizen.type.nested': 'valeur composée',
  'citizen.graph': 'Graphe des dépendances',
  'citizen.graphIntro':
    'Données et paramètres à gauche, résultats clés à droite\u00a0; une flèche va de ce qui est lu à ce qui le lit. Choisissez un nœud pour ouvrir cette étape.',
  'citizen.graphLabel': 'Graphe des dépendances\u00a0: {count} nœuds',
  'citizen.kind.dataset': 'Jeu de données',
  'citizen.kind.parameter': 'Paramètre',
  'citizen.kind.cell': 'Étape',
  'citizen.kind.indicator': 'Résultat clé',
  'citizen.node': '{kind} «\u00a0{label}\u00a0»',
  'citizen.nodeReads': '{kind} «\u00a0{label}\u00a0», lit {names}',
  'citizen.badge.idle.title': 'Pas encore vérifié',
  'citizen.badge.idle.text':
    'Appuyez sur Vérifier pour recalculer chaque résultat dans votre navigateur et le comparer à celui que ce texte enregistre.',
  'citizen.badge.running.title': 'Vérification…',
  'citizen.badge.running.text':
    'Chaque résultat est recalculé dans votre navigateur à partir des données publiées.',
  'citizen.badge.checked.title':
    'Vérifié\u00a0: ces résultats ont été reproduits dans votre navigateur à l’instant.',
  'citizen.badge.checked.text':
    'Votre navigateur a recalculé chaque résultat à partir des mêmes données et retrouvé les résultats publiés.',
  'citizen.badge.not-reproduced.title': 'Non reproduit\u00a0: ce n’est pas ce qui a été publié.',
  'citizen.badge.not-reproduced.text':
    'Un résultat calculé dans votre navigateur, ou le texte lui-même, diffère de la version publiée\u00a0; le détail est ci-dessous.',
  'citizen.badge.unchecked.title': 'Vérification impossible',
  'citizen.badge.unchecked.text':
    'Une partie de ce sur quoi reposent ces résultats n’a pas pu être vérifiée dans ce navigateur (la provenance du texte, certains résultats ou les données)\u00a0; le détail est ci-dessous.',
  'citizen.reuse.title': 'Réutiliser cet algorithme',
  'citizen.reuse.hint':
    'Dériver crée votre propre copie, liée à cette version pour vous y comparer et publier vos versions\u00a0; Modifier une copie commence un brouillon neuf dans ce navigateur, sans lien avec l’original.',
  'citizen.reuse.hintNoFork':
    'Modifier une copie commence votre propre brouillon dans ce navigateur\u00a0; Télécharger enregistre le fichier du carnet.',
  'citizen.card': 'Fiche de transparence',
  'citizen.cardIntro':
    'Ce que la loi demande à une administration de dire d’un algorithme qu’elle utilise (code des relations entre le public et l’administration, article R311-3-1-2). Les données, paramètres et opérations sont lus dans le carnet lui-même\u00a0: ce sont ceux du code.',
  'citizen.card.purpose': 'Finalité',
  'citizen.card.contribution': 'Contribution à la décision',
  'citizen.card.automation': 'Degré d’automatisation',
  'citizen.card.legalBasis': 'Base légale',
  'citizen.card.administration': 'Administration',
  'citizen.card.contact': 'Contact',
  'citizen.card.updated': 'Mise à jour',
  'citizen.card.status': 'Statut',
  'citizen.card.begin': 'En service depuis',
  'citizen.card.organisation': 'Organisme',
  'citizen.card.theme': 'Thème',
  'citizen.card.risks': 'Risques',
  'citizen.card.humanReview': 'Intervention humaine',
  'citizen.status.development': 'En développement',
  'citizen.status.in-use': 'En service',
  'citizen.status.retired': 'Retiré',
  'citizen.card.completeness':
    'Complétude\u00a0: {filled} champ sur {count}|Complétude\u00a0: {filled} champs sur {count}',
  'citizen.card.missingItems': 'Manque encore\u00a0:',
  'citizen.card.data': 'Données traitées et leurs sources',
  'citizen.card.parameters': 'Paramètres et leurs valeurs',
  'citizen.card.operations': 'Opérations effectuées',
  'citizen.card.notGiven': 'Non indiqué par l’auteur',
  'citizen.card.none': 'Aucun',
  'citizen.card.openStep': 'Ouvrir la cellule {n}',
  'citizen.checklistSummary': 'Fiche de transparence\u00a0: {status}',
  'citizen.checklistIntro': 'Ce qui manque encore à la fiche avant de publier\u00a0:',
  'citizen.checklistDone': 'complète, rien ne manque.',
  'citizen.checklistCount': '{count} élément manquant|{count} éléments manquants',
  'citizen.gap.field':
    '«\u00a0{field}\u00a0»\u00a0: ajoutez `{key}:` au bloc `transparency:` de l’en-tête.',
  'citizen.gap.noIndicator':
    'Aucun résultat clé\u00a0: marquez les cellules dont les résultats comptent avec `js indicator` pour que la fiche liste ce dont elles dépendent.',
  'citizen.gap.datasetSource': 'Le jeu de données «\u00a0{name}\u00a0» n’a pas de `source`.',
  'citizen.gap.datasetLicense': 'Le jeu de données «\u00a0{name}\u00a0» n’a pas de `license`.',
  'citizen.gap.datasetUnpinned':
    'Le jeu de données «\u00a0{name}\u00a0» est lu par le code mais n’est pas épinglé dans l’en-tête.',
  'citizen.gap.parameterLabel': 'Une entrée de la cellule {n} n’a pas de `label`.',
  'citizen.gap.operationProse':
    'La cellule {n} n’a pas de texte juste avant elle pour expliquer ce qu’elle fait.',
};
