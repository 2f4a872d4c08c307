import type { RegisterFormat, RegisterStandard } from '../../core/register/types.ts';

/** A download of the register: which standard, in which format, under which file name. */
export interface RegisterDownload {
  standard: RegisterStandard;
  format: RegisterFormat;
  file: string;
  /** The message key of its button. */
  label:
    | 'register.download.etalab'
    | 'register.download.nl'
    | 'register.download.ukJson'
    | 'register.download.ukCsv';
}

/** Etalab's inventory as CSV, the Dutch register's JSON, the ATRS in its JSON and CSV layouts. */
export const REGISTER_DOWNLOADS: readonly RegisterDownload[] = [
  {
    standard: 'etalab',
    format: 'csv',
    file: 'register-etalab.csv',
    label: 'register.download.etalab',
  },
  {
    standard: 'nl-algoritmeregister',
    format: 'json',
    file: 'register-nl-algoritmeregister.json',
    label: 'register.download.nl',
  },
  {
    standard: 'uk-atrs',
    format: 'json',
    file: 'register-uk-atrs.json',
    label: 'register.download.ukJson',
  },
  {
    standard: 'uk-atrs',
    format: 'csv',
    file: 'register-uk-atrs.csv',
    label: 'register.download.ukCsv',
  },
];

/** Saves `text` as the file `name`, through a Blob URL revoked once the browser has it. */
export function saveText(text: string, mime: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
