/**
 * Imported for its effect: the French text of the error codes joins `errorCatalogues`. The
 * command line's exports import it, and the page's French dictionary (app/i18n/fr.ts), so that
 * French errors come with French readers only (issue 15: the page's first chunks evaluated both
 * languages' ~40 KB of error text in one task).
 */
import { errorMessagesFr } from './messages.fr.ts';
import { addErrorCatalogue } from './translate.ts';

addErrorCatalogue('fr', errorMessagesFr);
