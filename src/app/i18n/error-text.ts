import { dictionaries, type Locale, type MessageKey } from './translate.ts';

export { errorCatalogues, errorText } from '../../core/errors/translate.ts';

/** The title of an error: algobook's own names are translated, a notebook's own are kept. */
export function errorTitle(locale: Locale, name: string, coded: boolean): string {
  const key = `error.name.${name}`;
  return coded && isMessageKey(key) ? dictionaries[locale][key] : name;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries.en, key);
}
