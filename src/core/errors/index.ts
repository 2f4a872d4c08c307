export { AlgobookError, coreError, errorCode, type ErrorParams } from './algobook-error.ts';
export {
  DATASET_PARSE_PREFIX,
  DATASET_PARSE_REASONS,
  datasetReason,
  FORMAT_REASONS,
  formatReason,
  type FormatCode,
  ERROR_MESSAGES,
  englishMessage,
  fillTemplate,
  isErrorCode,
  listItems,
  listParam,
  LIST_SEPARATOR,
  type DatasetParseCode,
  type ErrorCode,
} from './messages.ts';
export { errorCatalogues, errorText, type ErrorLocale } from './translate.ts';
export { fromWire, toWire, type WireError } from './wire.ts';
export { errorName } from './error-names.ts';
