/**
 * Validates the dataset files against the schema and across files, naming
 * the file and field of every problem ("countries/FR.json: rules.0.start.time:
 * must be …"). Pure: callers pass the parsed file contents.
 */
import * as v from 'valibot';
import type { Dataset } from '../rules/status.ts';
import { type Country, type Election, calendar, country } from '../rules/schema.ts';

export interface CheckedDataset {
  readonly dataset: Dataset;
  readonly problems: readonly string[];
}

export function checkDataset(
  countryFiles: Readonly<Record<string, unknown>>,
  electionFiles: Readonly<Record<string, unknown>>,
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
    const prefix = `${data.code.toLowerCase()}-`;
    const ids = new Set<string>();
    for (const [index, rule] of data.rules.entries()) {
      if (ids.has(rule.id)) problems.push(`${label}: rules.${index}.id: duplicate id "${rule.id}"`);
      if (!rule.id.startsWith(prefix)) problems.push(`${label}: rules.${index}.id: must start with "${prefix}"`);
      ids.add(rule.id);
    }
    for (const [index, region] of (data.regions ?? []).entries()) {
      if (!region.code.startsWith(`${data.code}-`)) {
        problems.push(`${label}: regions.${index}.code: "${region.code}" is not a subdivision of ${data.code}`);
      }
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

export function formatIssues(label: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${label}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
