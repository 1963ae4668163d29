/** Date formatting shared by the popup and the options page, in the UI language. */
import { uiLanguage } from '../i18n.ts';

export function formatDateTime(instant: number, zone?: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(zone === undefined ? {} : { timeZone: zone }),
    timeZoneName: 'short',
  }).format(instant);
}

/** A country's name in the UI language (the dataset's English name as a fallback). */
export function countryName(code: string, fallback: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Lower-case, accent-free text for forgiving search ("Etats" finds "États-Unis"). */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
