/**
 * Text in the dataset that a user reads (rule summaries, penalties, election
 * and region names) is stored per language: English and French always, and
 * German, Spanish or Italian where that language is official in the country.
 * A user's own custom election keeps the plain name they typed.
 */

export const TEXT_LANGUAGES = ['en', 'fr', 'de', 'es', 'it'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export interface LocalizedText {
  readonly en: string;
  readonly fr: string;
  readonly de?: string;
  readonly es?: string;
  readonly it?: string;
}

/** A localized text, or a plain string that reads the same in every language. */
export type Text = string | LocalizedText;

/**
 * The text in the UI language (`fr`, `fr-CA`, `de_CH`…), falling back to
 * English when the dataset has no text in that language.
 */
export function localized(text: Text, language: string): string {
  if (typeof text === 'string') return text;
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  const wanted = (TEXT_LANGUAGES as readonly string[]).includes(base) ? text[base as TextLanguage] : undefined;
  return wanted ?? text.en;
}

/** The English text, the dataset's reference language (the command line prints it). */
export function english(text: Text): string {
  return localized(text, 'en');
}
