/**
 * Time zones are never shown as raw IANA ids: a zone is named by its city
 * ("Europe/Paris" → Paris, "America/St_Johns" → St. John's), in the UI
 * language where the city has a name of its own there (Parigi, Varsovie).
 */

/** City names that differ from the zone id's, per language ('*' for every language). */
const EXONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'America/Bogota': { '*': 'Bogotá' },
  'America/Cancun': { '*': 'Cancún' },
  'America/Mexico_City': { fr: 'Mexico', de: 'Mexiko-Stadt', es: 'Ciudad de México', it: 'Città del Messico' },
  'America/New_York': { es: 'Nueva York' },
  'America/Sao_Paulo': { '*': 'São Paulo' },
  'America/St_Barthelemy': { '*': 'Saint-Barthélemy' },
  'America/St_Johns': { en: "St. John's", fr: 'Saint-Jean de Terre-Neuve', de: "St. John's", es: "St. John's", it: "St. John's" },
  'America/Martinique': { '*': 'Fort-de-France' },
  'America/Guadeloupe': { '*': 'Pointe-à-Pitre' },
  'Asia/Jerusalem': { fr: 'Jérusalem', es: 'Jerusalén', it: 'Gerusalemme' },
  'Asia/Jakarta': { it: 'Giacarta', es: 'Yakarta' },
  'Asia/Kolkata': { it: 'Calcutta', fr: 'Calcutta' },
  'Asia/Nicosia': { fr: 'Nicosie', de: 'Nikosia' },
  'Asia/Seoul': { fr: 'Séoul', es: 'Seúl', it: 'Seul' },
  'Asia/Singapore': { fr: 'Singapour', de: 'Singapur', es: 'Singapur' },
  'Asia/Tokyo': { de: 'Tokio', es: 'Tokio' },
  'Asia/Manila': { fr: 'Manille' },
  'Atlantic/Azores': { fr: 'Açores', de: 'Azoren', it: 'Azzorre' },
  'Atlantic/Canary': { en: 'Canary Islands', fr: 'Canaries', de: 'Kanaren', es: 'Canarias', it: 'Canarie' },
  'Atlantic/Reykjavik': { '*': 'Reykjavík' },
  'Europe/Athens': { fr: 'Athènes', de: 'Athen', es: 'Atenas', it: 'Atene' },
  'Europe/Belgrade': { de: 'Belgrad', es: 'Belgrado', it: 'Belgrado' },
  'Europe/Berlin': { es: 'Berlín', it: 'Berlino' },
  'Europe/Brussels': { fr: 'Bruxelles', de: 'Brüssel', es: 'Bruselas', it: 'Bruxelles' },
  'Europe/Bucharest': { fr: 'Bucarest', de: 'Bukarest', es: 'Bucarest', it: 'Bucarest' },
  'Europe/Chisinau': { '*': 'Chișinău' },
  'Europe/Copenhagen': { fr: 'Copenhague', de: 'Kopenhagen', es: 'Copenhague', it: 'Copenaghen' },
  'Europe/Dublin': { es: 'Dublín', it: 'Dublino' },
  'Europe/Istanbul': { es: 'Estambul' },
  'Europe/Kyiv': { de: 'Kyjiw', es: 'Kiev', it: 'Kiev' },
  'Europe/Lisbon': { fr: 'Lisbonne', de: 'Lissabon', es: 'Lisboa', it: 'Lisbona' },
  'Europe/Ljubljana': { it: 'Lubiana', es: 'Liubliana' },
  'Europe/London': { fr: 'Londres', es: 'Londres', it: 'Londra' },
  'Europe/Luxembourg': { de: 'Luxemburg', es: 'Luxemburgo', it: 'Lussemburgo' },
  'Europe/Moscow': { fr: 'Moscou', de: 'Moskau', es: 'Moscú', it: 'Mosca' },
  'Europe/Paris': { es: 'París', it: 'Parigi' },
  'Europe/Prague': { de: 'Prag', es: 'Praga', it: 'Praga' },
  'Europe/Rome': { de: 'Rom', es: 'Roma', it: 'Roma' },
  'Europe/Sofia': { es: 'Sofía' },
  'Europe/Stockholm': { es: 'Estocolmo', it: 'Stoccolma' },
  'Europe/Tirane': { '*': 'Tirana' },
  'Europe/Vienna': { fr: 'Vienne', de: 'Wien', es: 'Viena' },
  'Europe/Warsaw': { fr: 'Varsovie', de: 'Warschau', es: 'Varsovia', it: 'Varsavia' },
  'Europe/Zagreb': { it: 'Zagabria' },
  'Europe/Zurich': { de: 'Zürich', es: 'Zúrich', it: 'Zurigo' },
  'Indian/Reunion': { en: 'Réunion', fr: 'La Réunion', de: 'Réunion', es: 'Reunión', it: 'Riunione' },
  'Pacific/Noumea': { '*': 'Nouméa' },
};

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu']);

/** The place a zone is named after, in `language` ("Europe/Paris" → "Paris"; UTC → "UTC"). */
export function placeOfZone(zone: string, language: string): string {
  if (UTC_ZONES.has(zone)) return 'UTC';
  const names = EXONYMS[zone];
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  const named = names?.[base] ?? names?.['*'];
  if (named !== undefined) return named;
  const city = zone.split('/').pop() ?? zone;
  return city.replaceAll('_', ' ');
}

/** Whether the zone has no place (UTC and its aliases): nothing can be told about its user's country. */
export function isPlacelessZone(zone: string): boolean {
  return UTC_ZONES.has(zone) || zone.startsWith('Etc/');
}
