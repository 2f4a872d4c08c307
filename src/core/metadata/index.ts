export {
  applyForm,
  authorNames,
  beginFromMonth,
  beginMonthValue,
  formOf,
  type MetadataField,
  type MetadataForm,
  type TransparencyField,
} from './form.ts';
export { isContact, isIsoDate, LIMITS, validateForm, type MetadataIssue } from './validate.ts';
