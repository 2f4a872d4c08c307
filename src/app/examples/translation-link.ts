/** A version of the text in another language: where it opens, its language and its title. */
export interface TranslationLink {
  href: string;
  lang: string | undefined;
  title: string;
}
