/**
 * Validates the actor files against their schema, within each file and
 * across files, naming the file and field of every problem
 * ("actors/FR.json: parties.0.names.1: …"). Pure: callers pass the parsed
 * file contents and the country codes that have rules.
 *
 * Terms are checked as the detector will see them, through its normaliser:
 * each must keep at least two characters, two-letter Latin abbreviations
 * ("PS", "RN") must be marked ambiguous, and one normalised term may not
 * name things of different kinds (a party in one file, a leak operation in
 * another), which would give the detector contradictory context.
 */
import * as v from 'valibot';
import { normalise } from '../detect/normalise.ts';
import { type ActorKind, type ActorsFile, actorsFile, termsOf } from './actors-schema.ts';
import { formatIssues } from './validate.ts';

export interface CheckedActors {
  readonly actors: readonly ActorsFile[];
  readonly problems: readonly string[];
}

interface Use {
  readonly kind: ActorKind;
  readonly where: string;
}

/** The skeleton the detector matches: the normalised text without the hashtag's `#`. */
export function normaliseTerm(term: string): string {
  return normalise(term).text;
}

export function checkActors(files: Readonly<Record<string, unknown>>, countryCodes: ReadonlySet<string>): CheckedActors {
  const problems: string[] = [];
  const actors: ActorsFile[] = [];
  const uses = new Map<string, Use[]>();

  for (const [file, contents] of Object.entries(files)) {
    const label = `actors/${file}`;
    const result = v.safeParse(actorsFile, contents);
    if (!result.success) {
      problems.push(...formatIssues(label, result.issues));
      continue;
    }
    const data = result.output;
    if (`${data.country}.json` !== file) problems.push(`${label}: country: "${data.country}" does not match the file name`);
    if (!countryCodes.has(data.country)) problems.push(`${label}: country: "${data.country}" has no file in src/data/countries`);

    const ids = new Map<string, string>();
    const groups = [
      ['parties', 'party', data.parties],
      ['people', 'person', data.people],
      ['operations', 'operation', data.operations],
    ] as const;
    for (const [group, kind, entries] of groups) {
      for (const [index, entry] of entries.entries()) {
        const at = `${group}.${index}`;
        const previous = ids.get(entry.id);
        if (previous !== undefined) problems.push(`${label}: ${at}.id: duplicate id "${entry.id}" (also ${previous})`);
        ids.set(entry.id, at);

        const seen = new Map<string, string>();
        const terms = termsOf(entry);
        for (const { term, field, ambiguous } of terms) {
          const where = `${at}.${field}.${indexIn(entry, field, term)}`;
          const skeleton = normaliseTerm(term);
          if ([...skeleton].length < 2) {
            problems.push(`${label}: ${where}: "${term}" normalises to "${skeleton}", shorter than 2 characters`);
            continue;
          }
          if (field !== 'hashtags' && !ambiguous && /^[a-z0-9]{2}$/.test(skeleton)) {
            problems.push(`${label}: ${where}: "${term}" is a two-letter abbreviation; list it in ambiguous`);
          }
          if (field !== 'hashtags') {
            const twin = seen.get(skeleton);
            if (twin !== undefined) problems.push(`${label}: ${where}: "${term}" repeats ${twin} once normalised`);
            else seen.set(skeleton, `"${term}"`);
          }
          const list = uses.get(skeleton) ?? [];
          list.push({ kind, where: `${label}: ${where}` });
          uses.set(skeleton, list);
        }
        if ('ambiguous' in entry) {
          const own = new Set(terms.map((t) => t.term));
          for (const [k, term] of entry.ambiguous.entries()) {
            if (!own.has(term)) problems.push(`${label}: ${at}.ambiguous.${k}: "${term}" is not one of this entry's terms`);
          }
        }
      }
    }
    const partyIds = new Set(data.parties.map((p) => p.id));
    for (const [index, person] of data.people.entries()) {
      if (person.party !== undefined && !partyIds.has(person.party)) {
        problems.push(`${label}: people.${index}.party: "${person.party}" is not the id of a party in this file`);
      }
    }
    actors.push(data);
  }

  for (const [skeleton, list] of uses) {
    const kinds = new Set(list.map((u) => u.kind));
    if (kinds.size < 2) continue;
    const first = list[0] as Use;
    for (const use of list.slice(1)) {
      if (use.kind !== first.kind) {
        problems.push(`${use.where}: "${skeleton}" names ${article(use.kind)} here but ${article(first.kind)} at ${first.where}`);
      }
    }
  }
  actors.sort((a, b) => a.country.localeCompare(b.country));
  return { actors, problems };
}

const article = (kind: ActorKind) => (kind === 'operation' ? `an ${kind}` : `a ${kind}`);

function indexIn(entry: object, field: string, term: string): number {
  const list = (entry as Record<string, unknown>)[field];
  return Array.isArray(list) ? list.indexOf(term) : -1;
}
