import type { AlgorithmStatus } from '../format/transparency.ts';
import { dataNames, operations } from './card-text.ts';
import type { RegisterField } from './field.ts';

/**
 * The Dutch Algoritmeregister's publication standard v1.0, field by field. Every name, type,
 * required flag, maximum length and list of permitted values below is the one of the register's
 * open-source backend: MinBZK/Algoritmeregister, `backend/app/schemas/config/v1_0.json` (its
 * `properties`, in the same order). `lars`, the register's own id, is given by the register and
 * left out. The JSON export is an array of objects keyed by these names.
 */

const STATUS: Record<AlgorithmStatus, string> = {
  development: 'In ontwikkeling',
  'in-use': 'In gebruik',
  retired: 'Buiten gebruik',
};

/** ISO 639-1 (the notebook's `lang`) to ISO 639-3, which the standard's `lang` uses. */
const LANG: Record<string, string> = { nl: 'nld', fr: 'fra', en: 'eng', de: 'deu' };

const text = (value: string | null | undefined) => (value?.trim() ? value : null);

export const NL_FIELDS: readonly RegisterField[] = [
  // v1_0.json `name`: string, max 100, required ("Naam").
  { name: 'name', required: true, maxLength: 100, source: (e) => text(e.title) },
  // `description_short`: string, max 350, required ("Korte omschrijving"): the card's purpose.
  { name: 'description_short', required: true, maxLength: 350, source: (e) => e.card.purpose },
  // `organization`: string, max 100, required ("Organisatie"): the organisation using it.
  { name: 'organization', required: true, maxLength: 100, source: (e) => e.card.organisation },
  // `category`: array, max 3 items, permitted values, optional ("Thema"): the card's theme.
  {
    name: 'category',
    required: false,
    list: true,
    allowed: [
      'Organisatie en bedrijfsvoering',
      'Cultuur en recreatie',
      'Economie',
      'Overheidsfinanciën',
      'Wonen',
      'Internationaal',
      'Migratie en integratie',
      'Natuur en milieu',
      'Onderwijs en wetenschap',
      'Openbare orde en veiligheid',
      'Recht',
      'Ruimte en infrastructuur',
      'Sociale zekerheid',
      'Verkeer',
      'Werk',
      'Zorg en gezondheid',
    ],
    source: (e) => e.card.theme,
  },
  // `status`: enum, required ("Status"): the card's status in the standard's words.
  {
    name: 'status',
    required: true,
    allowed: ['In ontwikkeling', 'In gebruik', 'Buiten gebruik'],
    source: (e) => (e.card.status ? STATUS[e.card.status] : null),
  },
  // `begin_date`: string, max 7, optional ("Begindatum", a month `2023-01`): the card's begin,
  // a day reduced to its month.
  {
    name: 'begin_date',
    required: false,
    maxLength: 7,
    source: (e) => (e.card.begin ? e.card.begin.trim().slice(0, 7) : null),
  },
  // `end_date`: string, max 7, optional ("Einddatum"): the card has no end date.
  { name: 'end_date', required: false, maxLength: 7, source: 'unknown' },
  // `contact_email`: string, max 500, required ("Contactgegevens", an e-mail or a website).
  { name: 'contact_email', required: true, maxLength: 500, source: (e) => e.card.contact },
  // `website`: string, max 500, optional ("Link naar publiekspagina"): where a person reads it.
  { name: 'website', required: false, maxLength: 500, source: (e) => e.url ?? null },
  // `publication_category`: enum, required ("Publicatiecategorie"): the card does not say.
  {
    name: 'publication_category',
    required: true,
    allowed: ['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes'],
    source: 'unknown',
  },
  // `url`: string, max 500, optional ("Link naar bronregistratie", a machine-readable record).
  { name: 'url', required: false, maxLength: 500, source: 'unknown' },
  // `goal`: string, max 2500, optional ("Doel en impact"): the card's purpose.
  { name: 'goal', required: false, maxLength: 2500, source: (e) => e.card.purpose },
  // `proportionality`: string, max 2500, optional ("Afwegingen").
  { name: 'proportionality', required: false, maxLength: 2500, source: 'unknown' },
  // `human_intervention`: string, max 2500, optional ("Menselijke tussenkomst").
  {
    name: 'human_intervention',
    required: false,
    maxLength: 2500,
    source: (e) => e.card.humanReview,
  },
  // `risks`: string, max 2500, optional ("Risicobeheer").
  { name: 'risks', required: false, maxLength: 2500, source: (e) => e.card.risks },
  // `lawful_basis`: string, max 2500, optional ("Wettelijke basis").
  { name: 'lawful_basis', required: false, maxLength: 2500, source: (e) => e.card.legalBasis },
  // `lawful_basis_grouping`: array of {title, link}, optional: the card has no links to laws.
  { name: 'lawful_basis_grouping', required: false, list: true, source: 'unknown' },
  // `process_index_url`: string, max 500, optional ("Link naar verwerkingsregister").
  { name: 'process_index_url', required: false, maxLength: 500, source: 'unknown' },
  // `impacttoetsen_grouping`: array of {title, link}, optional ("Impacttoetsen").
  { name: 'impacttoetsen_grouping', required: false, list: true, source: 'unknown' },
  // `impacttoetsen`: string, max 2500, optional ("Toelichting op impacttoetsen").
  { name: 'impacttoetsen', required: false, maxLength: 2500, source: 'unknown' },
  // `source_data`: string, max 2500, optional ("Gegevens"): the datasets the notebook reads.
  { name: 'source_data', required: false, maxLength: 2500, source: dataNames },
  // `source_data_grouping`: array of {title, link}, optional ("Verwijzingen gegevensbronnen").
  { name: 'source_data_grouping', required: false, list: true, source: 'unknown' },
  // `methods_and_models`: string, max 5000, optional ("Technische werking"): the steps.
  { name: 'methods_and_models', required: false, maxLength: 5000, source: operations },
  // `provider`: string, max 200, optional ("Leverancier").
  { name: 'provider', required: false, maxLength: 200, source: 'unknown' },
  // `publiccode`: string, max 500, optional ("Link naar broncode"): the notebook is its code.
  { name: 'publiccode', required: false, maxLength: 500, source: (e) => e.url ?? null },
  // `lang`: enum ["nld"], required ("Taal", ISO 639-3): the notebook's language.
  {
    name: 'lang',
    required: true,
    allowed: ['nld'],
    source: (e) => (e.lang ? (LANG[e.lang.toLowerCase()] ?? e.lang) : null),
  },
  // `standard_version`: enum ["1.0"], optional ("Versie publicatiestandaard"): this export's.
  { name: 'standard_version', required: false, allowed: ['1.0'], source: () => '1.0' },
  // `source_id`: string, max 100, optional ("Bron-ID", the id in the owner's register).
  { name: 'source_id', required: false, maxLength: 100, source: (e) => e.id },
  // `tags`: string, max 2500, optional ("Zoektermen").
  { name: 'tags', required: false, maxLength: 2500, source: 'unknown' },
];
