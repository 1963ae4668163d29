/**
 * The shape of the election-actor files (`src/data/actors/<CC>.json`): each
 * country's parties, leaders and candidates, and the known hack-and-leak
 * operations, which the detector compiles into election context. The
 * cross-entry and cross-file checks are in validate-actors.ts.
 *
 * Every term (name, short name, nickname, alias, hashtag) is plain text as
 * people write it; the detector normalises it like a draft. `ambiguous`
 * lists the terms that are also ordinary words or common abbreviations in
 * the country's languages ("Vox", "Renaissance", "PS"), for which the
 * detector asks for extra context.
 */
import * as v from 'valibot';
import { countryCode, source } from '../rules/schema.ts';

const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, such as rn or le-pen'));
const term = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const terms = v.optional(v.array(term), []);
const hashtag = v.pipe(v.string(), v.regex(/^#[^\s#]+$/u, 'must be one # followed by no space, such as #RN'));
const note = v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')));

export const party = v.strictObject({
  id,
  /** Full names, in the national language(s), plus the common English name where one is usual. */
  names: v.pipe(v.array(term), v.minLength(1, 'needs at least one name')),
  /** Short names and acronyms. */
  short: terms,
  nicknames: terms,
  hashtags: v.optional(v.array(hashtag), []),
  /** Ballot list numbers where the country numbers its lists (PL, BR, ID…), most recent first. */
  listNumbers: v.optional(v.array(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(9999))), []),
  /** The terms above that are also ordinary words or common abbreviations. */
  ambiguous: terms,
  source,
  /** Why the source is a general page, or what could not be confirmed. */
  note,
});

export const person = v.strictObject({
  id,
  /** Full names, in the native script and in the Latin forms people use. */
  names: v.pipe(v.array(term), v.minLength(1, 'needs at least one name')),
  /** Surnames alone, nicknames, initials. */
  aliases: terms,
  /** The id of a party in the same file; absent for independents. */
  party: v.optional(id),
  role: term,
  ambiguous: terms,
  source,
  note,
});

export const operation = v.strictObject({
  id,
  names: v.pipe(v.array(term), v.minLength(1, 'needs at least one name')),
  year: v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1990), v.maxValue(2100)),
  hashtags: v.optional(v.array(hashtag), []),
  /** Names that are also ordinary words ("Ghostwriter"). */
  ambiguous: terms,
  source,
  note,
});

export const actorsFile = v.strictObject({
  country: countryCode,
  /** The date up to which the file reflects the country's politics. */
  asOf: isoDate,
  parties: v.array(party),
  people: v.array(person),
  operations: v.optional(v.array(operation), []),
});

export type Party = v.InferOutput<typeof party>;
export type Person = v.InferOutput<typeof person>;
export type Operation = v.InferOutput<typeof operation>;
export type ActorsFile = v.InferOutput<typeof actorsFile>;

/** What a term names, for the cross-file conflict check and for the detector. */
export type ActorKind = 'party' | 'person' | 'operation';

export interface ActorTerm {
  readonly term: string;
  /** The field it came from: names, short, nicknames, aliases or hashtags. */
  readonly field: 'names' | 'short' | 'nicknames' | 'aliases' | 'hashtags';
  readonly ambiguous: boolean;
}

/** Every term of an entry with the field it came from (hashtags included). */
export function termsOf(entry: Party | Person | Operation): ActorTerm[] {
  const ambiguous = new Set('ambiguous' in entry ? entry.ambiguous : []);
  const out: ActorTerm[] = [];
  const add = (field: ActorTerm['field'], list: readonly string[]) => {
    for (const term of list) out.push({ term, field, ambiguous: ambiguous.has(term) });
  };
  add('names', entry.names);
  if ('short' in entry) {
    add('short', entry.short);
    add('nicknames', entry.nicknames);
  }
  if ('aliases' in entry) add('aliases', entry.aliases);
  if ('hashtags' in entry) add('hashtags', entry.hashtags);
  return out;
}
