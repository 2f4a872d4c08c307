import type { AlgorithmStatus } from '../format/transparency.ts';
import { dataNames, dataSources, dataUrls, operations } from './card-text.ts';
import type { FieldSource, RegisterField } from './field.ts';

/**
 * The UK's Algorithmic Transparency Recording Standard (ATRS) v3.0: its metadata and title
 * information, tier 1, and tier 2's sections (owner and responsibility, description and
 * rationale, decision-making process, tool, model and data specification, risks). Attribute
 * names, sections and required flags are those of the standard's template,
 * co-cddo/algorithmic-transparency-recording-standard, `template_table.md` (V3.0, March 2024),
 * with its reference numbers in the comments. `0.1 id` is given by the register and left out;
 * `2.4.1.2 phase` repeats `0.13 phase` and is given once. The template sets no maximum length and
 * lists no values.
 */

/**
 * The card's status as an ATRS phase; the template names no list: these are the phases the ATRS
 * scope and exemptions policy speaks of (pre-deployment, production, retired).
 */
const PHASE: Record<AlgorithmStatus, string> = {
  development: 'Pre-deployment',
  'in-use': 'Production',
  retired: 'Retired',
};

const META = 'Metadata and Title Information';
const TIER1 = 'Tier 1 Information';
const OWNER = 'Owner and Responsibility';
const RATIONALE = 'Description and Rationale';
const DECISION = 'Decision-making Process';
const TOOL = 'Tool Specification';
const MODEL = 'Model Specification';
const DATA = 'Data Specification';
const RISKS = 'Risks, mitigations and impact assessments';

/** The sections in the template's order: the JSON layout's keys. */
export const ATRS_SECTIONS = [META, TIER1, OWNER, RATIONALE, DECISION, TOOL, MODEL, DATA, RISKS];

const field = (
  section: string,
  name: string,
  required: boolean,
  source: FieldSource = 'unknown',
): RegisterField => ({ name, required, section, source });

export const ATRS_FIELDS: readonly RegisterField[] = [
  field(META, 'standard_version', true, () => '3.0'), // 0.2
  field(META, 'organisation_type', true), // 0.3
  field(META, 'function', true, (e) => e.card.theme), // 0.4: the policy area
  field(META, 'capability', true), // 0.5
  field(META, 'task', true), // 0.6
  field(META, 'tags', true), // 0.7
  field(META, 'date_of_completion', true, (e) => e.published.slice(0, 10) || null), // 0.8
  field(META, 'date_updated', true, (e) => e.card.updated), // 0.9
  field(META, 'date_archived', true), // 0.10
  field(META, 'title', true, (e) => e.title || null), // 0.11
  field(META, 'organisation_name', true, (e) => e.card.organisation), // 0.12
  field(META, 'phase', true, (e) => (e.card.status ? PHASE[e.card.status] : null)), // 0.13
  field(META, 'region', true), // 0.14
  field(META, 'one_sentence_description', true), // 0.15
  field(TIER1, 'name', true, (e) => e.title || null), // 1.1
  field(TIER1, 'description', true, (e) => e.card.purpose), // 1.2
  field(TIER1, 'website_url', true, (e) => e.url ?? null), // 1.3
  field(TIER1, 'contact_email', true, (e) => e.card.contact), // 1.4
  field(OWNER, 'organisation_or_department', true, (e) => e.card.organisation), // 2.1.1
  field(OWNER, 'team', true, (e) => e.card.administration), // 2.1.2
  field(OWNER, 'senior_responsible_owner', true), // 2.1.3
  field(OWNER, 'external_supplier_involvement', true), // 2.1.4
  field(OWNER, 'external_supplier', false), // 2.1.4.1
  field(OWNER, 'companies_house_number', false), // 2.1.4.2
  field(OWNER, 'external_supplier_role', false), // 2.1.4.3
  field(OWNER, 'procurement_procedure_type', false), // 2.1.4.4
  field(OWNER, 'data_access_terms', false), // 2.1.4.5
  field(RATIONALE, 'detailed_description', false, operations), // 2.2.1: the steps
  field(RATIONALE, 'scope', true, (e) => e.card.purpose), // 2.2.2
  field(RATIONALE, 'benefit', true), // 2.2.3
  field(RATIONALE, 'previous_process', false), // 2.2.4
  field(RATIONALE, 'alternatives_considered', false), // 2.2.5
  field(DECISION, 'process_integration', true, (e) => e.card.contribution), // 2.3.1
  field(DECISION, 'provided_information', true), // 2.3.2
  field(DECISION, 'frequency_and_scale_of_usage', true), // 2.3.3
  field(DECISION, 'human_decisions_and_review', true, (e) => e.card.humanReview), // 2.3.4
  field(DECISION, 'required_training', true), // 2.3.5
  field(DECISION, 'appeals_and_review', false), // 2.3.6
  field(TOOL, 'system_architecture', true), // 2.4.1.1
  field(TOOL, 'maintenance', true), // 2.4.1.3
  field(TOOL, 'models', true), // 2.4.1.4
  field(MODEL, 'model_name', true), // 2.4.2.1
  field(MODEL, 'model_version', true), // 2.4.2.2
  field(MODEL, 'model_task', true), // 2.4.2.3
  field(MODEL, 'model_input', true), // 2.4.2.4
  field(MODEL, 'model_output', true), // 2.4.2.5
  field(MODEL, 'model_architecture', true), // 2.4.2.6
  field(MODEL, 'model_performance', true), // 2.4.2.7
  field(MODEL, 'datasets', true), // 2.4.2.8: datasets used to develop a model
  field(MODEL, 'dataset_purposes', true), // 2.4.2.9
  field(DATA, 'source_data_name', true, dataNames), // 2.4.3.1
  field(DATA, 'data_modality', true), // 2.4.3.2
  field(DATA, 'data_description', true), // 2.4.3.3
  field(DATA, 'data_quantities', true), // 2.4.3.4
  field(DATA, 'sensitive_attributes', true), // 2.4.3.5
  field(DATA, 'data_completeness_and_representativeness', true), // 2.4.3.6
  field(DATA, 'source_data_url', true, dataUrls), // 2.4.3.7
  field(DATA, 'data_collection', true, dataSources), // 2.4.3.8: where the data comes from
  field(DATA, 'data_cleaning', false), // 2.4.3.9
  field(DATA, 'data_sharing_agreements', true), // 2.4.3.10
  field(DATA, 'data_access_and_storage', true), // 2.4.3.11
  field(RISKS, 'impact_assessment', true), // 2.5.1
  field(RISKS, 'risks_and_mitigations', true, (e) => e.card.risks), // 2.5.2
];
