export { errorCatalogues, errorText } from '../../core/errors/translate.ts';
/** The title of an error: algobook's own names are translated, a notebook's own are kept. */
export { errorName as errorTitle } from '../../core/errors/error-names.ts';
