/**
 * Validates the dataset files against the schema and across files, naming
 * the file and field of every problem ("countries/FR.json: rules.0.start.time:
 * must be …"). Pure: callers pass the parsed file contents.
 */
import * as v from 'valibot';
import type { LocalizedText, TextLanguage } from '../rules/localize.ts';
import type { Dataset } from '../rules/status.ts';
import { type Country, type Election, type Source, calendar, country } from '../rules/schema.ts';
import { DATASET_AS_OF } from './as-of.ts';

/**
 * Languages other than English and French that are official nationally, in
 * which every text of that country (summaries, penalties, election and region
 * names) must also be given.
 */
export const OFFICIAL_LANGUAGES: Readonly<Record<string, readonly TextLanguage[]>> = {
  AT: ['de'], BE: ['de'], CH: ['de', 'it'], DE: ['de'], LU: ['de'], IT: ['it'],
  AR: ['es'], BO: ['es'], CL: ['es'], CO: ['es'], CR: ['es'], DO: ['es'], EC: ['es'], ES: ['es'],
  GT: ['es'], MX: ['es'], PE: ['es'], PY: ['es'], SV: ['es'], UY: ['es'],
};

export interface CheckedDataset {
  readonly dataset: Dataset;
  readonly problems: readonly string[];
}

/**
 * `asOf` is the day the data was last checked (DATASET_AS_OF): nothing is
 * verified after it, and bundled elections before it must be `held`.
 */
export function checkDataset(
  countryFiles: Readonly<Record<string, unknown>>,
  electionFiles: Readonly<Record<string, unknown>>,
  asOf: string = DATASET_AS_OF,
): CheckedDataset {
  const problems: string[] = [];
  const countries = new Map<string, Country>();
  const elections: Election[] = [];

  for (const [file, contents] of Object.entries(countryFiles)) {
    const label = `countries/${file}`;
    const result = v.safeParse(country, contents);
    if (!result.success) {
      problems.push(...formatIssues(label, result.issues));
      continue;
    }
    const data = result.output;
    if (`${data.code}.json` !== file) problems.push(`${label}: code: "${data.code}" does not match the file name`);
    if (data.lastVerified > asOf) problems.push(`${label}: lastVerified: ${data.lastVerified} is after the dataset's as-of date ${asOf}`);
    const prefix = `${data.code.toLowerCase()}-`;
    const ids = new Set<string>();
    for (const [index, rule] of data.rules.entries()) {
      if (ids.has(rule.id)) problems.push(`${label}: rules.${index}.id: duplicate id "${rule.id}"`);
      if (!rule.id.startsWith(prefix)) problems.push(`${label}: rules.${index}.id: must start with "${prefix}"`);
      if (rule.lastVerified > asOf) {
        problems.push(`${label}: rules.${index}.lastVerified: ${rule.lastVerified} is after the dataset's as-of date ${asOf}`);
      }
      ids.add(rule.id);
    }
    for (const [index, region] of (data.regions ?? []).entries()) {
      if (!region.code.startsWith(`${data.code}-`)) {
        problems.push(`${label}: regions.${index}.code: "${region.code}" is not a subdivision of ${data.code}`);
      }
      problems.push(...missingLanguages(data.code, region.name, `${label}: regions.${index}.name`));
    }
    problems.push(...missingLanguages(data.code, data.summary, `${label}: summary`));
    for (const [index, rule] of data.rules.entries()) {
      problems.push(...missingLanguages(data.code, rule.summary, `${label}: rules.${index}.summary`));
      problems.push(...missingLanguages(data.code, rule.penalty, `${label}: rules.${index}.penalty`));
      problems.push(...checkSources(rule.sources, `${label}: rules.${index}.sources`));
      if (rule.confidence === 'high' && !rule.sources.some((source) => source.kind === 'law' || source.kind === 'official')) {
        problems.push(`${label}: rules.${index}.sources: a high-confidence rule must cite the law text or the election body's own page (kind "law" or "official"), or be lowered to medium`);
      }
      if (rule.confidence !== 'high' && rule.notes === undefined) {
        problems.push(`${label}: rules.${index}.notes: a ${rule.confidence}-confidence rule must say what could not be confirmed`);
      }
    }
    problems.push(...checkSources(data.sources ?? [], `${label}: sources`));
    for (const [index, change] of (data.recentChanges ?? []).entries()) {
      if (change.source !== undefined) problems.push(...checkSources([change.source], `${label}: recentChanges.${index}.source`));
    }
    countries.set(data.code, data);
  }

  for (const [file, contents] of Object.entries(electionFiles)) {
    const label = `elections/${file}`;
    const result = v.safeParse(calendar, contents);
    if (!result.success) {
      problems.push(...formatIssues(label, result.issues));
      continue;
    }
    for (const [index, election] of result.output.entries()) {
      problems.push(...checkElection(election, countries, `${label}: ${index}`));
      problems.push(...checkBundledElection(election, `${label}: ${index}`, asOf));
      if (`${election.country}.json` !== file) {
        problems.push(`${label}: ${index}.country: "${election.country}" does not match the file name`);
      }
      elections.push(election);
    }
  }
  elections.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
  return { dataset: { countries, calendar: elections }, problems };
}

/** Checks one election against the countries it refers to (also used for custom elections). */
export function checkElection(election: Election, countries: ReadonlyMap<string, Country>, label: string): string[] {
  const problems: string[] = [];
  const owner = countries.get(election.country);
  if (owner === undefined) return [`${label}.country: no rules are known for "${election.country}"`];
  if (election.endDate !== undefined && election.endDate < election.date) {
    problems.push(`${label}.endDate: is before date`);
  }
  const known = new Set((owner.regions ?? []).map((region) => region.code));
  const used = [
    ...(election.regionalVotes ?? []).flatMap((vote) => vote.regions),
    ...(election.phases ?? []).flatMap((phase) => phase.regions ?? []),
  ];
  for (const code of used) {
    if (!known.has(code)) problems.push(`${label}: region "${code}" is not listed in countries/${election.country}.json`);
  }
  return problems;
}

/**
 * What the bundled calendar must say beyond what a custom election may:
 * localized names, at least one source, a status that is current on the
 * as-of date (before it an election is `held`; after it, not yet), and for an
 * `expected` date, notes saying what the estimate rests on.
 */
function checkBundledElection(election: Election, label: string, asOf: string): string[] {
  const problems: string[] = [];
  if (typeof election.name === 'string') problems.push(`${label}.name: must give the name per language ({ "en": …, "fr": … })`);
  else problems.push(...missingLanguages(election.country, election.name, `${label}.name`));
  if (election.status === 'scheduled') problems.push(`${label}.status: write "confirmed" (or "expected", "held")`);
  const lastDay = election.phases?.at(-1)?.endDate ?? election.phases?.at(-1)?.date ?? election.endDate ?? election.date;
  if (lastDay < asOf && election.status !== 'held') {
    problems.push(`${label}.status: ${election.date} is before the as-of date ${asOf}: mark it "held" with its real date, or remove it if it did not take place`);
  }
  if (election.date > asOf && election.status === 'held') problems.push(`${label}.status: ${election.date} is after the as-of date ${asOf}, so it cannot be "held" yet`);
  if ((election.sources ?? []).length === 0) problems.push(`${label}.sources: cite at least one source for the date (the law fixing it, the election body, or the press)`);
  if (election.status === 'expected' && election.notes === undefined) {
    problems.push(`${label}.notes: an expected date is an estimate: say what it rests on (the usual schedule, a term's end, a report)`);
  }
  problems.push(...checkSources(election.sources ?? [], `${label}.sources`));
  return problems;
}

/** Every bundled source says what it is and lives on a well-formed public host name. */
function checkSources(sources: readonly Source[], label: string): string[] {
  const problems: string[] = [];
  for (const [index, source] of sources.entries()) {
    if (source.kind === undefined) problems.push(`${label}.${index}.kind: say what the source is ("law", "official", "press" or "other")`);
    const problem = hostProblem(source.url);
    if (problem !== undefined) problems.push(`${label}.${index}.url: ${problem}`);
  }
  return problems;
}

/**
 * Why a source URL's host is not a citable site, if it is not: an IP address,
 * a trailing dot or malformed label, a search-engine cache, a proxy or a
 * pre-production copy of a site.
 */
export function hostProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  const host = parsed.hostname.toLowerCase();
  if (host.endsWith('.')) return `host "${host}" ends with a dot`;
  if (/^\d+(?:\.\d+){3}$/.test(host) || host.startsWith('[')) return `host "${host}" is an IP address, not a site name`;
  const labels = host.split('.');
  if (labels.length < 2) return `host "${host}" has no domain`;
  if (labels.some((label) => !/^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(label))) return `host "${host}" has a malformed label`;
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels.at(-1) ?? '')) return `host "${host}" has no valid top-level domain`;
  if (labels.includes('cache') || host === 'webcache.googleusercontent.com' || host.endsWith('.translate.goog')) {
    return `host "${host}" is a cached or translated copy; cite the page itself`;
  }
  if (/^(?:preprod|staging|dev|test)\b/.test(labels[0] ?? '')) return `host "${host}" is a pre-production copy of a site`;
  if (/proxy/i.test(parsed.pathname) || /[?&]url=https?(?::|%3a)/i.test(parsed.search)) return `URL goes through a proxy; cite the page itself`;
  return undefined;
}

function missingLanguages(code: string, text: LocalizedText, label: string): string[] {
  return (OFFICIAL_LANGUAGES[code] ?? []).filter((language) => text[language] === undefined).map((language) => `${label}.${language}: missing (${language} is official in ${code})`);
}

export function formatIssues(label: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${label}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
