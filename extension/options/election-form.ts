/**
 * The custom-election form's rules, apart from its rendering so they can be
 * unit-tested: what the user typed in, each field's problem (a message key
 * shown next to that field) or the election to save.
 */
import * as v from 'valibot';
import { ELECTION_TYPES, type Election } from '../../src/rules/schema.ts';
import { LIMITS, customElection } from '../shared/settings.ts';
import type { MessageKey } from '../shared/speaker.ts';

export type ElectionType = (typeof ELECTION_TYPES)[number];

/** The form's fields as typed: a date input gives '' while its date is empty or incomplete. */
export interface ElectionDraft {
  readonly country: string;
  readonly date: string;
  /** The last voting day when voting spans several days; '' for one day. */
  readonly endDate: string;
  readonly name: string;
  readonly type: ElectionType;
  /** The IANA zone voting. */
  readonly zone: string;
}

export const ELECTION_FIELDS = ['country', 'name', 'date', 'endDate', 'zone'] as const;
export type ElectionField = (typeof ELECTION_FIELDS)[number];

export interface FieldProblem {
  readonly key: MessageKey;
  readonly substitutions?: readonly string[];
}

export type ElectionCheck =
  | { readonly ok: true; readonly election: Election }
  | { readonly ok: false; readonly problems: Partial<Record<ElectionField, FieldProblem>> };

export interface ElectionContext {
  /** The main zone of each country with rules, by code. */
  readonly zones: ReadonlyMap<string, string>;
  /** The elections already saved: the same country and day is never overwritten silently. */
  readonly existing: readonly Election[];
}

/** Years a stored instant may fall in (settings.ts): outside them is a typo, not an election. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** Whether the platform knows this IANA zone (Intl throws a RangeError for an unknown one). */
export function isKnownZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A calendar day's problem, if any: not a real date, or a year out of range (with its own message). */
function dayProblem(day: string, bad: MessageKey): FieldProblem | undefined {
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return { key: bad };
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) return { key: 'optionsElectionYearRange', substitutions: [String(year), String(FIRST_YEAR), String(LAST_YEAR)] };
  const parsed = new Date(Date.UTC(year, month - 1, date));
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== date) return { key: bad };
  return undefined;
}

export function checkElectionDraft(draft: ElectionDraft, context: ElectionContext): ElectionCheck {
  const problems: Partial<Record<ElectionField, FieldProblem>> = {};
  const name = draft.name.trim();
  const mainZone = context.zones.get(draft.country);

  if (mainZone === undefined) problems.country = { key: 'optionsElectionBadCountry' };
  if (name === '') problems.name = { key: 'optionsElectionNoName' };
  else if (name.length > LIMITS.electionName) problems.name = { key: 'optionsElectionNameTooLong', substitutions: [String(LIMITS.electionName)] };

  const dateProblem = draft.date === '' ? { key: 'optionsElectionNoDate' as const } : dayProblem(draft.date, 'optionsElectionBadDate');
  if (dateProblem !== undefined) problems.date = dateProblem;
  else {
    const same = context.existing.find((e) => e.country === draft.country && e.date === draft.date);
    if (same !== undefined) problems.date = { key: 'optionsElectionDuplicate', substitutions: [typeof same.name === 'string' ? same.name : (same.name.en ?? '')] };
  }

  if (draft.endDate !== '') {
    const endProblem = dayProblem(draft.endDate, 'optionsElectionBadEndDate');
    if (endProblem !== undefined) problems.endDate = endProblem;
    else if (dateProblem === undefined && draft.endDate < draft.date) problems.endDate = { key: 'optionsElectionEndBeforeStart' };
  }

  if (!isKnownZone(draft.zone)) problems.zone = { key: 'optionsElectionBadZone', substitutions: [draft.zone.trim()] };

  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const candidate = {
    country: draft.country,
    date: draft.date,
    ...(draft.endDate !== '' && draft.endDate !== draft.date ? { endDate: draft.endDate } : {}),
    name,
    type: draft.type,
    status: 'confirmed' as const,
    // The country's main zone is the default: stored only when the vote is elsewhere.
    ...(draft.zone !== mainZone ? { zone: draft.zone.trim() } : {}),
  };
  // The same schema the background checks the message with: what passes here is what it accepts.
  const parsed = v.safeParse(customElection, candidate);
  if (!parsed.success) return { ok: false, problems: { name: { key: 'optionsElectionRejected', substitutions: [parsed.issues.map((i) => i.message).join('; ')] } } };
  return { ok: true, election: parsed.output };
}

/** The fields that decide an election's windows, in the form's order: its name does not. */
const WINDOW_FIELDS = ['country', 'date', 'endDate', 'zone'] as const satisfies readonly ElectionField[];

/** What the name is while the user has not typed one: the windows do not depend on it. */
const UNNAMED = '…';

export type WindowsQuery =
  | { readonly ok: true; readonly election: Election }
  /** `problem`: the first field (in the form's order) that keeps the windows from being known. */
  | { readonly ok: false; readonly problem: FieldProblem };

/**
 * The election whose windows the form shows while the user fills it in: as
 * soon as the fields that decide them are valid, whatever the name, and even
 * if it repeats a saved election's day (saving it is refused, not previewing it).
 */
export function electionForWindows(draft: ElectionDraft, context: ElectionContext): WindowsQuery {
  const name = draft.name.trim();
  const named = name !== '' && name.length <= LIMITS.electionName ? name : UNNAMED;
  const check = checkElectionDraft({ ...draft, name: named }, { ...context, existing: [] });
  if (check.ok) return check;
  const field = WINDOW_FIELDS.find((f) => check.problems[f] !== undefined);
  const problem = field === undefined ? check.problems.name : check.problems[field];
  return { ok: false, problem: problem ?? { key: 'optionsElectionNoDate' } };
}
