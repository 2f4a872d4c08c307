import { COLUMN_NOTES_FR } from './column-notes.fr.ts';
import { IMPORT_CELL_ERRORS_FR } from './import-cells.fr.ts';
import { IMPORT_FORMAT_REASONS_FR, IMPORT_MESSAGES_FR } from './import-messages.fr.ts';
import type { DatasetParseCode, ErrorCode, FormatCode } from './messages.ts';

/**
 * French text of the error codes (messages.ts holds the English), in the core so that the command
 * line's exports speak French too. Typed
 * against the codes, so that a code without French fails the type check. Identifiers, code and
 * JavaScript names stay as they are; French puts a non-breaking space before `:`.
 */
const DATASET_PARSE_REASONS_FR: Record<DatasetParseCode, string> = {
  'dataset-empty': 'le fichier est vide',
  'dataset-not-utf8':
    'les octets ne sont pas du texte UTF-8 (peut-être Latin-1 ou Windows-1252)\u00a0: enregistrez le fichier en UTF-8, ou demandez au portail un export UTF-8',
  'csv-unclosed-quote': 'le champ entre guillemets qui commence ligne {line} n’est jamais fermé',
  'csv-more-fields':
    'la ligne {line} a {fields} champs, plus que les {expected} de l’en-tête (ligne {header})',
  'csv-fewer-fields':
    'la ligne {line} a {fields} champs, moins que les {expected} de l’en-tête (ligne {header})',
  'json-invalid': 'JSON invalide ({detail})',
  'json-not-array': 'un tableau d’enregistrements était attendu ([{...}, ...])',
  'json-item-not-object':
    'un tableau d’enregistrements était attendu, mais l’élément {item} n’est pas un objet',
  'arrow-invalid': 'ce ne sont pas des données Arrow IPC ({detail})',
  'dataset-format-unknown':
    'format inconnu\u00a0; formats possibles\u00a0: csv, tsv, json, geojson, arrow, parquet, xlsx ou xls',
  'columns-missing':
    '`columns` nomme {missing}, absentes des données\u00a0; ses colonnes sont {columns}',
  'column-type':
    'la colonne «\u00a0{column}\u00a0» a un type imposé, mais {value} n’est pas de ce type',
  'column-type-row':
    'la colonne «\u00a0{column}\u00a0» a un type imposé, mais à la ligne {row} {value} n’est pas de ce type',
  'geojson-not-geojson':
    'ce n’est pas du GeoJSON\u00a0: une FeatureCollection était attendue ({"type": "FeatureCollection", "features": [...]})',
  'geojson-not-collection': 'une FeatureCollection GeoJSON était attendue, le type est {type}',
  'geojson-not-feature': 'l’élément {item} n’est pas une Feature GeoJSON',
  'geojson-properties': 'les propriétés de l’élément {item} ne sont pas un objet',
  'parquet-invalid': 'ce n’est pas un fichier Parquet',
  'parquet-codec':
    'il est compressé en {codec}, qu’algobook ne lit pas\u00a0; exportez-le en CSV, ou en Parquet avec Snappy, gzip, LZ4 ou ZSTD',
  'parquet-damaged': 'les données Parquet sont endommagées',
  'xlsx-invalid': 'ce n’est pas un classeur Excel (.xlsx ou .xls)',
  'xlsx-invalid-detail': 'ce n’est pas un classeur Excel qu’algobook sait lire ({detail})',
  'xlsx-encrypted':
    'le classeur est protégé par un mot de passe\u00a0; enregistrez-en une copie sans mot de passe et épinglez celle-ci',
  'xlsx-too-large':
    'le classeur décompressé dépasse {limit} Mo, plus qu’algobook n’en lit\u00a0; exportez la feuille en CSV',
  'xlsx-too-many-cells':
    'la feuille «\u00a0{sheet}\u00a0» a plus de {limit} cellules, plus qu’algobook n’en lit\u00a0; exportez-la en CSV',
  'xlsx-no-sheet': 'le classeur n’a aucune feuille',
  'xlsx-sheet-unknown':
    'le classeur n’a pas de feuille «\u00a0{sheet}\u00a0»\u00a0; ses feuilles sont {sheets}',
  'xlsx-sheet-empty': 'la feuille «\u00a0{sheet}\u00a0» est vide',
  'parser-unavailable': 'algobook n’a pas pu charger son lecteur {module} ({detail})',
  'dataset-unreadable': '{reason}',
};

const PREFIX = 'Le jeu de données «\u00a0{dataset}\u00a0» n’a pas pu être lu en {format}\u00a0: ';

const datasetParse = Object.fromEntries(
  Object.entries(DATASET_PARSE_REASONS_FR).map(([code, reason]) => [code, PREFIX + reason]),
) as Record<DatasetParseCode, string>;

const FORMAT_REASONS_FR: Record<FormatCode, string> = {
  'format-no-front-matter':
    'un carnet commence par un en-tête\u00a0: une ligne `---`, puis `algobook: 1`, `id`, `title`, et une ligne `---` qui le ferme',
  'format-front-unclosed': 'l’en-tête ouvert ici n’est jamais fermé par une ligne `---`',
  'format-fence-unclosed':
    'bloc de code ouvert ici ({fence}) jamais fermé\u00a0; fermez-le par une ligne {close}',
  'format-invalid-yaml': 'YAML invalide dans l’en-tête\u00a0: {detail}',
  'format-key-missing': 'l’en-tête doit avoir `{key}` (un texte)',
  'format-key-empty': '`{key}` ne doit pas être vide',
  'format-key-not-text': '`{key}` doit être un texte, pas {value}',
  'format-empty': 'l’en-tête est vide\u00a0; il lui faut `algobook: {version}`, `id` et `title`',
  'format-not-mapping': 'l’en-tête doit être un dictionnaire YAML (des lignes `clé: valeur`)',
  'format-version-missing': 'l’en-tête doit avoir `algobook: {version}` (la version du format)',
  'format-version-unsupported':
    'version de format non prise en charge `algobook: {value}`\u00a0; cet algobook lit la version {version}',
  'format-transparency-not-mapping':
    '`transparency` doit associer {keys} à des textes, pas {value}',
  'format-date-not-text':
    '`{key}` doit être un texte, pas {value} (écrivez la date comme un texte, p. ex. «\u00a02026-11-25\u00a0»)',
  'format-status-value': '`transparency.status` doit valoir {allowed}, pas {value}',
  'format-begin-not-month':
    '`transparency.begin` doit être un mois ou un jour qui existe, écrit 2024-03 ou 2024-03-15, pas {value}',
  'format-not-whole': '`{key}` doit être un nombre entier à partir de 1, pas {value}',
  'format-not-date-time':
    '`{key}` doit être une date ou une date et heure ISO comme 2026-11-26T09:30:00Z, pas {value}',
  'format-parent-not-sha256':
    '`parent` doit être le sha256 de la version précédente\u00a0: 64 chiffres hexadécimaux en minuscules, pas {value}',
  'format-not-sha256': '`{key}` doit compter 64 chiffres hexadécimaux en minuscules, pas {value}',
  'format-fork-not-mapping': '`forkOf` doit être un dictionnaire avec `id`, `version` et `sha256`',
  'format-fork-id': '`forkOf` doit donner l’`id` du carnet d’origine (un texte)',
  'format-results-not-list': '`results` doit être une liste d’entrées `{cell, sha256}`',
  'format-result-not-mapping':
    'l’entrée {entry} de `results` doit être un dictionnaire avec `cell` et `sha256`',
  'format-result-cell':
    'l’entrée {entry} de `results` doit avoir `cell`\u00a0: le numéro de la cellule de code à partir de 1, pas {value}',
  'format-result-twice': 'l’entrée {entry} de `results`\u00a0: la cellule {cell} figure deux fois',
  'format-result-sha256':
    'l’entrée {entry} de `results` doit avoir `sha256`\u00a0: 64 chiffres hexadécimaux en minuscules, pas {value}',
  'format-result-value':
    'l’entrée {entry} de `results` a pour `value` {value}\u00a0; un texte est attendu',
  'format-network-not-list':
    '`network` doit être une liste d’origines, p. ex. `network: [https://api.example.org]`, pas {value}',
  'format-network-twice': '`network` cite {origin} deux fois',
  'format-origin-not-text':
    'l’entrée {value} de `network` doit être un texte, une origine comme https://api.example.org',
  'format-origin-wildcard':
    'l’entrée {value} de `network` contient un joker\u00a0; citez chaque origine que le carnet contacte',
  'format-origin-not-address':
    'l’entrée {value} de `network` n’est pas une adresse\u00a0; écrivez une origine comme https://api.example.org',
  'format-origin-not-http': 'l’entrée {value} de `network` n’est pas une origine http(s)',
  'format-origin-credentials':
    'l’entrée {value} de `network` ne doit porter ni nom d’utilisateur ni mot de passe',
  'format-origin-path':
    'l’entrée {value} de `network` doit être une origine seule, sans chemin\u00a0: écrivez {origin}',
  'format-origin-spelling':
    'l’entrée {value} de `network` doit être écrite comme un navigateur la nomme\u00a0: {origin}',
  'format-datasets-not-mapping':
    '`datasets` doit associer à chaque nom de jeu de données son `url`, son `format` et son `sha256`',
  'format-dataset-no-name': 'un jeu de données doit avoir un nom',
  'format-dataset-not-mapping':
    'le jeu de données «\u00a0{dataset}\u00a0» doit être un dictionnaire avec `url`, `format` et `sha256`',
  'format-dataset-no-url':
    'le jeu de données «\u00a0{dataset}\u00a0» doit avoir une `url` (un texte)',
  'format-dataset-no-format':
    'le jeu de données «\u00a0{dataset}\u00a0» doit avoir un `format`\u00a0: l’un de {formats}',
  'format-dataset-format':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour format {value}\u00a0; attendu l’un de {formats}',
  'format-dataset-no-sha256':
    'le jeu de données «\u00a0{dataset}\u00a0» doit avoir un `sha256`\u00a0: 64 chiffres hexadécimaux en minuscules',
  'format-dataset-sha256':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour sha256 {value}\u00a0; attendu 64 chiffres hexadécimaux en minuscules',
  'format-dataset-not-number':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour {key} {value}\u00a0; un nombre est attendu',
  'format-dataset-not-text':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour {key} {value}\u00a0; un texte est attendu',
  'format-dataset-mirrors':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour miroirs {value}\u00a0; une liste d’URL est attendue',
  'format-dataset-mirror':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour miroir {index} {value}\u00a0; une URL (un texte) est attendue',
  'format-dataset-portal':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour portail {value}\u00a0; un dictionnaire avec `kind`, `base` et `dataset` est attendu',
  'format-dataset-portal-no-kind':
    'le jeu de données «\u00a0{dataset}\u00a0» a un portail sans `kind`\u00a0: l’un de {kinds}',
  'format-dataset-portal-kind':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour type de portail {value}\u00a0; attendu l’un de {kinds}',
  'format-dataset-portal-missing':
    'le jeu de données «\u00a0{dataset}\u00a0» a un portail sans `{key}` (un texte)',
  'format-dataset-query':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour requête {value}\u00a0; un dictionnaire avec certaines des clés {keys} est attendu',
  'format-dataset-query-key':
    'le jeu de données «\u00a0{dataset}\u00a0» a une clé de requête «\u00a0{key}\u00a0»\u00a0; attendu certaines des clés {keys}',
  'format-dataset-columns':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour colonnes {value}\u00a0; un dictionnaire des noms de colonnes vers un type ({types}) est attendu',
  'format-dataset-column-type':
    'le jeu de données «\u00a0{dataset}\u00a0» a une colonne «\u00a0{column}\u00a0» de type {value}\u00a0; attendu l’un de {types}',
  'format-dataset-csv':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour csv {value}\u00a0; un dictionnaire avec certaines des clés {keys} est attendu',
  'format-dataset-csv-key':
    'le jeu de données «\u00a0{dataset}\u00a0» a une clé csv «\u00a0{key}\u00a0»\u00a0; attendu certaines des clés {keys}',
  'format-dataset-csv-value':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour csv {key} {value}\u00a0; attendu l’une des valeurs {allowed}',
  'format-dataset-sheet':
    'le jeu de données «\u00a0{dataset}\u00a0» a pour feuille {value}\u00a0; le nom d’une feuille est attendu (un texte d’au plus {max} caractères)',
  'format-duplicate-front-key':
    'la clé d’en-tête «\u00a0{key}\u00a0» figure deux fois (d’abord à la ligne {first})',
  'format-duplicate-dataset':
    'le nom de jeu de données «\u00a0{key}\u00a0» figure deux fois (d’abord à la ligne {first})',
  'format-duplicate-key':
    'la clé «\u00a0{key}\u00a0» figure deux fois (d’abord à la ligne {first})',
  ...IMPORT_FORMAT_REASONS_FR,
  'format-invalid': '{reason}',
};

const formatReasons = Object.fromEntries(
  Object.entries(FORMAT_REASONS_FR).map(([code, reason]) => [
    code,
    'Ligne {line}\u00a0: ' + reason,
  ]),
) as Record<FormatCode, string>;

export const errorMessagesFr: Record<ErrorCode, string> = {
  'cell-stopped': 'Cette cellule a été arrêtée\u00a0; exécutez-la de nouveau pour la relancer.',
  'digest-mismatch':
    'Ce que cette page montre de cette cellule n’est pas ce que son exécuteur en a déclaré (son empreinte diffère)\u00a0: le code du carnet a altéré son exécuteur.',
  'runner-crashed':
    'L’exécuteur des cellules s’est arrêté pendant que cette cellule tournait, très probablement parce qu’elle a utilisé trop de mémoire. La page n’a rien\u00a0; relancez l’exécuteur pour exécuter de nouveau le carnet (cette cellule attend que vous la relanciez).',
  'duplicate-definition': '{name} est défini plusieurs fois (cellules {cells})',
  'undefined-name': '{name} n’est pas défini',
  'circular-definition':
    'définition circulaire\u00a0: les cellules {cells} lisent les noms les unes des autres',
  'input-failed': 'l’entrée «\u00a0{input}\u00a0» a échoué\u00a0: {message}',
  'too-deep':
    'Cette cellule est trop imbriquée pour être analysée\u00a0: découpez sa plus longue expression en plusieurs étapes (constantes intermédiaires)',
  'too-deep-to-compile':
    'Cette cellule est trop imbriquée pour être compilée\u00a0: découpez sa plus longue expression en plusieurs étapes (constantes intermédiaires)',

  'syntax-error': 'ce code n’est pas du JavaScript valide ligne {line}, colonne {column}',
  'syntax-engine': 'le moteur JavaScript ne peut pas compiler cette cellule',
  'syntax-unexpected-token': 'Symbole inattendu',
  'syntax-unexpected-character': 'Caractère inattendu «\u00a0{char}\u00a0»',
  'syntax-unterminated-string': 'Chaîne de caractères non fermée',
  'syntax-unterminated-template': 'Gabarit de chaîne (`…`) non fermé',
  'syntax-unterminated-comment': 'Commentaire non fermé',
  'syntax-already-declared': 'L’identifiant «\u00a0{name}\u00a0» est déjà déclaré',
  'syntax-unexpected-keyword': 'Mot-clé inattendu «\u00a0{word}\u00a0»',
  'syntax-import':
    '{word} n’est pas encore possible dans les cellules\u00a0; les fonctions intégrées {builtins} sont disponibles, et les déclarations de premier niveau sont partagées avec les autres cellules',

  'runner-stopped': 'L’exécuteur des cellules a été arrêté.',
  'runner-request-failed': 'L’exécuteur des cellules n’a pas pu répondre.',
  'runner-worker-error':
    'L’exécuteur des cellules a échoué hors de toute cellule (une erreur qu’aucune cellule n’a interceptée)\u00a0; exécutez de nouveau le carnet.',
  'runner-start-timeout': 'L’exécuteur des cellules n’a pas démarré en {seconds}\u00a0s.',
  'network-blocked-any':
    'Ce carnet ne peut pas contacter d’autres sites\u00a0: les cellules n’ont pas accès au réseau, sauf aux origines qu’un carnet déclare dans son en-tête (`network:`). Les données passent par dataset()\u00a0: épinglez le jeu de données dans l’en-tête et lisez-le avec dataset(nom).',
  'network-blocked':
    'Ce carnet ne peut pas contacter {origin}\u00a0: les cellules n’ont pas accès au réseau, sauf aux origines qu’un carnet déclare dans son en-tête (`network:`). Les données passent par dataset()\u00a0: épinglez le jeu de données dans l’en-tête et lisez-le avec dataset(nom).',

  'unknown-dataset':
    'Jeu de données inconnu «\u00a0{name}\u00a0»\u00a0; ce carnet épingle\u00a0: {known}.',
  'no-datasets':
    'Jeu de données inconnu «\u00a0{name}\u00a0»\u00a0: ce carnet n’épingle aucun jeu de données (listez-les sous «\u00a0datasets:\u00a0» dans son en-tête).',
  'view-not-input':
    'view() attend une saisie, par exemple view(Inputs.range([0, 10], {label: "n"}))',
  'inputs-range-extent':
    'Inputs.range attend [min, max] avec des nombres finis, min ≤ max, par exemple Inputs.range([0, 100])',
  'inputs-select-options':
    'Inputs.select attend un tableau non vide de textes ou de nombres, par exemple Inputs.select(["a", "b"])',
  'inputs-select-value': 'Inputs.select\u00a0: la valeur {value} ne fait pas partie des options',
  'inputs-text-value': 'Inputs.text\u00a0: la valeur doit être un texte',
  'inputs-checkbox-value': 'Inputs.checkbox\u00a0: la valeur doit être true ou false',
  'inputs-not-number': '{what} doit être un nombre fini',
  'chart-not-spec':
    'chart() attend une spécification Vega-Lite (un objet), par exemple chart({data: table, mark: "bar", encoding: {...}})',
  'chart-not-plain':
    'chart()\u00a0: la spécification doit être faite de données simples (ni fonctions ni instances de classes)',
  'chart-too-many-rows':
    'chart()\u00a0: les données ont {rows} lignes, plus que les {max} qu’un graphique peut montrer\u00a0; agrégez-les d’abord (par exemple table.groupby(...).rollup(...)) ou prenez-en un échantillon (table.sample(10000))',

  ...datasetParse,
  ...COLUMN_NOTES_FR,
  ...IMPORT_CELL_ERRORS_FR,
  'dataset-changed':
    'Le jeu de données «\u00a0{dataset}\u00a0» ne correspond pas à son empreinte épinglée\u00a0: sha256 attendu {expected}, obtenu {actual}. Le fichier a changé depuis qu’il a été épinglé\u00a0: restaurez le fichier d’origine ou épinglez de nouveau le jeu de données.',
  'dataset-changed-at':
    'Le jeu de données «\u00a0{dataset}\u00a0» ne correspond pas à son empreinte épinglée\u00a0: sha256 attendu {expected}, obtenu {actual}. {url} sert des octets qui ont changé depuis l’épinglage\u00a0: restaurez le fichier d’origine ou épinglez de nouveau le jeu de données.',

  'dataset-unavailable':
    'Le jeu de données «\u00a0{dataset}\u00a0» n’a pas pu être chargé. {reason}',
  'dataset-local-missing':
    'Le jeu de données «\u00a0{dataset}\u00a0» lit le fichier «\u00a0{file}\u00a0», qui n’est pas dans ce navigateur. Choisissez le fichier dans le panneau des données\u00a0: il est vérifié avec son empreinte.',
  'parse-cancelled': 'La lecture de «\u00a0{dataset}\u00a0» a été annulée.',

  ...formatReasons,
  ...IMPORT_MESSAGES_FR,

  'download-unreachable':
    'impossible de joindre {url}\u00a0: l’hôte ne répond pas (vérifiez l’adresse et le réseau).',
  'download-cors':
    '{url} refuse les requêtes d’autres sites (il n’envoie pas d’en-têtes CORS), le navigateur ne peut donc pas le lire. Téléchargez le fichier vous-même et chargez-le comme fichier local.',
  'download-http': '{url} a répondu {status}.',
  'download-not-found': '{url} n’existe pas (404)\u00a0: le fichier a peut-être été déplacé.',
  'download-too-large':
    '{url} est trop volumineux ({size}\u00a0Mo\u00a0; la limite est de {limit}\u00a0Mo)\u00a0; réduisez-le par une requête au portail (moins de colonnes, des lignes filtrées ou regroupées).',
  'download-cancelled': 'Le téléchargement de {url} a été annulé.',
  'download-html':
    '{url} n’est pas là\u00a0: le serveur a répondu par une page web (HTML) au lieu des données.',

  'portal-unreachable': 'Le portail {url} ne répond pas.',
  'portal-cors': '{url} ne se laisse pas lire par d’autres sites (pas d’en-têtes CORS).',
  'portal-not-api': '{url} ne répond pas comme ce type de portail.',
  'portal-not-found': 'Aucun jeu de données de ce nom sur {url}.',
  'portal-query': 'Le portail a refusé la requête\u00a0: {detail}',
  'portal-http': '{url} a répondu {status}.',
  'portal-cancelled': 'La requête à {url} a été annulée.',

  'version-tampered':
    'La version {version} a été modifiée\u00a0: son SHA-256 est {actual}…, celui publié est {expected}….',
  'version-broken-parent':
    'La version {version} ne désigne pas le texte de la version précédente comme parent.',
  'version-duplicate': 'La version {version} figure plusieurs fois.',
  'version-missing': 'La version {version} manque.',
  'version-wrong-number': 'La version {version} se dit version {actual}.',
  'version-unreadable': 'La version {version} n’est pas un carnet valide.',

  'storage-full':
    'Le stockage de votre navigateur est plein\u00a0: cette modification n’est pas enregistrée. Libérez de la place (par exemple en supprimant d’anciens brouillons) ou exportez le carnet.',
  'storage-closed':
    'algobook a été mis à jour dans un autre onglet\u00a0: cette modification n’est pas enregistrée. Exportez le carnet ou copiez votre texte, puis rechargez cette page.',
  'storage-failed':
    'Votre navigateur n’a pas pu enregistrer cette modification ({detail}). La dernière version enregistrée est intacte\u00a0; gardez cet onglet ouvert et réessayez, ou exportez le carnet.',
};
