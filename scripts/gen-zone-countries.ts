/**
 * Writes src/data/zone-countries.json: IANA time zone → country code, for the
 * countries in the dataset, from the tz database's zone.tab plus its link
 * names (browsers may report old names such as Europe/Kiev). The popup uses
 * it to suggest countries from the browser's zone. Run after adding a
 * country: `npx tsx scripts/gen-zone-countries.ts` (needs tzdata installed).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const tz = process.env.TZDIR ?? '/usr/share/zoneinfo';
const countries = new Set(
  readdirSync(new URL('../src/data/countries/', import.meta.url))
    .filter((name) => /^[A-Z]{2}\.json$/.test(name))
    .map((name) => name.slice(0, 2)),
);

const zoneCountry = new Map<string, string>();
for (const line of readFileSync(`${tz}/zone.tab`, 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const [code, , zone] = line.split('\t');
  if (code !== undefined && zone !== undefined && countries.has(code)) zoneCountry.set(zone, code);
}
for (const line of readFileSync(`${tz}/tzdata.zi`, 'utf8').split('\n')) {
  const [kind, target, alias] = line.split(' ');
  if (kind !== 'L' || target === undefined || alias === undefined) continue;
  const code = zoneCountry.get(target);
  // Only country-specific aliases; shared ones (e.g. Europe/Zagreb → Europe/Belgrade) keep their own entry.
  if (code !== undefined && !zoneCountry.has(alias) && !/^(Etc|SystemV|US|Canada|Mexico|Brazil|Chile)\//.test(alias) && alias.includes('/')) {
    zoneCountry.set(alias, code);
  }
}
const sorted = Object.fromEntries([...zoneCountry].sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('../src/data/zone-countries.json', import.meta.url), `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`wrote ${zoneCountry.size} zones for ${countries.size} countries`);
