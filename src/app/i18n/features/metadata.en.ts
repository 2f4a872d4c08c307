/**
 * English messages of the metadata editor (the notebook's title, summary, authors, licence,
 * language and transparency fields) and of naming a new notebook; keys start with `metadata.`.
 * Merged into en.ts.
 */
export const metadataEn = {
  'metadata.open': 'Title, licence and card',
  'metadata.title': 'Notebook details',
  'metadata.intro':
    'What readers see first, and what the transparency card says. Saved in the notebook’s front matter.',
  'metadata.save': 'Save details',
  'metadata.cancel': 'Cancel',
  'metadata.errors':
    'Correct the field marked below before saving.|Correct the {count} fields marked below before saving.',
  'metadata.section.notebook': 'The notebook',
  'metadata.section.card': 'Transparency card',
  'metadata.section.cardIntro':
    'For a public algorithm, what the administration tells the people it concerns (CRPA R311-3-1-2).',
  'metadata.field.title': 'Title',
  'metadata.field.summary': 'Summary',
  'metadata.field.summaryHint':
    'One or two sentences: what the notebook computes, from which data.',
  'metadata.field.authors': 'Authors',
  'metadata.field.author': 'Author {n}',
  'metadata.field.addAuthor': 'Add an author',
  'metadata.field.removeAuthor': 'Remove author {n}',
  'metadata.field.noAuthors': 'No author given.',
  'metadata.field.license': 'Licence of the notebook',
  'metadata.field.licenseHint':
    'An SPDX id: search the common licences, or type any id from spdx.org/licenses.',
  'metadata.field.licenseOptions': 'Common licences',
  'metadata.field.licenseOther':
    '“{id}” is not among the common licences: check it is on spdx.org/licenses.',
  'metadata.field.licenseNone': 'No common licence matches; any SPDX id is accepted.',
  'metadata.field.lang': 'Language of the notebook',
  'metadata.field.langNone': 'Not stated',
  'metadata.field.langOther': 'Other: {tag}',
  'metadata.field.datasetLicences': 'What the datasets’ licences oblige',
  'metadata.field.purposeHint': 'What the algorithm is for, and the decision it helps to make.',
  'metadata.field.contributionHint':
    'How much its result weighs in the decision: the only criterion, one among others, a suggestion.',
  'metadata.field.automationHint':
    'Whether a person reviews the result before a decision is taken.',
  'metadata.field.legalBasisHint': 'The text that allows or requires the processing.',
  'metadata.field.administrationHint': 'The administration or body that runs the algorithm.',
  'metadata.field.contactHint':
    'An e-mail address or an https:// address where people can ask about it.',
  'metadata.field.updatedHint': 'When this description was last checked.',
  'metadata.field.organisationHint':
    'The public body responsible for the algorithm (a city, a ministry), as registers name it.',
  'metadata.field.statusHint': 'Where the algorithm stands: being built, used, or no longer used.',
  'metadata.field.statusNone': 'Not stated',
  'metadata.field.beginHint':
    'The month it began to be used (or its development, if not yet in use).',
  'metadata.field.themeHint': 'The policy area it serves, such as housing, mobility or social aid.',
  'metadata.field.risksHint': 'What could go wrong for the people concerned, and what limits it.',
  'metadata.field.humanReviewHint':
    'How a person checks or can overturn the result before or after a decision.',
  'metadata.error.required': 'Give the notebook a title.',
  'metadata.error.one-line': 'The title must fit on one line.',
  'metadata.error.too-long': 'At most {max} characters.',
  'metadata.error.too-long-author': 'Author {n}: at most {max} characters.',
  'metadata.error.too-many': 'At most {max} authors.',
  'metadata.error.license': 'Not an SPDX licence id (such as MIT, EUPL-1.2 or LicenseRef-town).',
  'metadata.error.lang': 'Not a language tag (such as en, fr or fr-CA).',
  'metadata.error.contact':
    'Give an e-mail address or an https:// address (a name before it is fine).',
  'metadata.error.date': 'Give a date (YYYY-MM-DD).',
  'metadata.error.month': 'Give a month (YYYY-MM).',
  'metadata.error.status': 'Choose one of the listed statuses.',
  'metadata.gap.field': '“{field}” is missing.',
  'metadata.gap.fill': 'Fill in “{field}”',
  'metadata.new.title': 'New notebook',
  'metadata.new.intro': 'Its title names it in your drafts, in catalogs and in downloaded files.',
  'metadata.new.create': 'Create',
};
