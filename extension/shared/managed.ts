/**
 * An organisation's policy (browser `storage.managed`: Chromium's managed
 * policy for the extension, Firefox's enterprise policy `3rdparty.Extensions`)
 * and how it merges with the user's own settings. Pure: no browser API.
 *
 * - A value the policy gives is a **preset**: it applies until the user
 *   changes that setting themselves (the field is then in `touched`).
 * - A field the policy lists in `locked` is **locked**: the policy's value
 *   always applies and any change to it is refused.
 *
 * The policy comes from outside the extension and is validated here field by
 * field and entry by entry: a bad entry is dropped (and reported), never
 * trusted, and never costs the rest of the policy.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../../src/detect/detector.ts';
import { type Election, countryCode, regionCode } from '../../src/rules/schema.ts';
import { LIMITS, MANAGED_FIELDS, type ManagedField, type Settings, allCategoriesOn, customElection } from './settings.ts';

export interface ManagedPolicy {
  readonly countries?: readonly string[];
  readonly categories?: Readonly<Record<Category, boolean>>;
  readonly disabledSites?: readonly string[];
  readonly customElections?: readonly Election[];
  /** Fields whose policy value always applies; each has a value above. */
  readonly locked: readonly ManagedField[];
}

export interface ParsedPolicy {
  /** Undefined when there is no policy (nothing set, or nothing valid). */
  readonly policy: ManagedPolicy | undefined;
  /** What was wrong and dropped, for the console and the settings page. */
  readonly problems: readonly string[];
}

export interface PolicyChecks {
  /** Dataset checks of one election (known country, known regions); problems as text. */
  readonly checkElection?: (election: Election) => readonly string[];
  /** Dataset check of one country or region code: why it cannot be used, or undefined. */
  readonly checkArea?: (code: string) => string | undefined;
}

const areaCode = v.union([countryCode, regionCode]);
/** The longest list a policy field may give, as in the user's own settings. */
const LIST_MAX = { countries: LIMITS.countries, disabledSites: LIMITS.disabledSites, customElections: LIMITS.customElections, locked: MANAGED_FIELDS.length * 4 } as const;

/** Why one entry of a policy list was dropped. */
class Problem {
  constructor(readonly text: string) {}
}

/** A hostname as the per-site switch stores it (lower case, no scheme, port or path). */
export function isHostname(value: string): boolean {
  if (value === '' || value !== value.toLowerCase() || /[^a-z0-9.-]/.test(value)) return false;
  try {
    return new URL(`https://${value}/`).hostname === value;
  } catch {
    return false;
  }
}

/** Reads whatever `storage.managed.get()` returned. */
export function parsePolicy(raw: unknown, checks: PolicyChecks = {}): ParsedPolicy {
  if (raw === undefined || raw === null) return { policy: undefined, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy: undefined, problems: ['the policy is not an object; ignored'] };
  const input = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(input)) {
    if (key !== 'locked' && !(MANAGED_FIELDS as readonly string[]).includes(key)) problems.push(`${key}: not a setting Silence Guard knows; ignored`);
  }

  /** A list whose entries are checked one by one (`keep` gives the entry or a Problem); undefined if the field is absent or not a list. */
  const list = <T>(field: string, keep: (item: unknown) => T | Problem): T[] | undefined => {
    if (!(field in input)) return undefined;
    const value = input[field];
    if (!Array.isArray(value)) {
      problems.push(`${field}: must be a list; ignored`);
      return undefined;
    }
    const kept: T[] = [];
    const max = field in LIST_MAX ? LIST_MAX[field as keyof typeof LIST_MAX] : Infinity;
    if (value.length > max) problems.push(`${field}: more than ${max} entries; the rest ignored`);
    value.slice(0, max).forEach((item, index) => {
      const result = keep(item);
      if (result instanceof Problem) problems.push(`${field}[${index}]: ${result.text}; dropped`);
      else kept.push(result);
    });
    return kept;
  };

  let countries = list('countries', (item) => {
    if (!v.is(areaCode, item)) return new Problem(`${JSON.stringify(item)} is not a country or region code such as FR or FR-971`);
    const unknown = checks.checkArea?.(item);
    return unknown === undefined ? item : new Problem(unknown);
  });
  if (countries?.length === 0) {
    // An empty list would switch every warning off: a policy cannot do that by accident.
    problems.push('countries: no valid country code; ignored');
    countries = undefined;
  }
  const disabledSites = list('disabledSites', (item) =>
    typeof item === 'string' && item.length <= LIMITS.hostname && isHostname(item.trim().toLowerCase()) ? item.trim().toLowerCase() : new Problem(`${JSON.stringify(item)} is not a hostname`),
  );
  const customElections = list('customElections', (item) => {
    const parsed = v.safeParse(customElection, item);
    if (!parsed.success) return new Problem(parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(entry)'} ${issue.message}`).join(', '));
    const found = checks.checkElection?.(parsed.output) ?? [];
    return found.length > 0 ? new Problem(found.join(', ')) : parsed.output;
  });

  let categories: Record<Category, boolean> | undefined;
  if ('categories' in input) {
    const value = input.categories;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push('categories: must be an object such as {"leak": true, "poll": true, "campaign": false}; ignored');
    } else {
      categories = allCategoriesOn();
      for (const [name, on] of Object.entries(value)) {
        if (!(CATEGORIES as readonly string[]).includes(name)) problems.push(`categories.${name}: not a category (${CATEGORIES.join(', ')}); ignored`);
        else if (typeof on !== 'boolean') problems.push(`categories.${name}: must be true or false; ignored`);
        else categories[name as Category] = on;
      }
    }
  }

  const lockedNames = list('locked', (item) =>
    typeof item === 'string' && (MANAGED_FIELDS as readonly string[]).includes(item)
      ? (item as ManagedField)
      : new Problem(`${JSON.stringify(item)} is not a lockable setting (${MANAGED_FIELDS.join(', ')})`),
  );
  const values: { -readonly [K in ManagedField]?: ManagedPolicy[K] } = { countries, categories, disabledSites, customElections };
  const locked: ManagedField[] = [];
  for (const field of new Set(lockedNames ?? [])) {
    if (values[field] === undefined) {
      // Locking without a value locks the safe default: every category on, no site off, no extra election.
      if (field === 'categories') values.categories = allCategoriesOn();
      else if (field === 'disabledSites') values.disabledSites = [];
      else if (field === 'customElections') values.customElections = [];
      else {
        problems.push(`locked: "${field}" has no valid value in the policy, so it is not locked`);
        continue;
      }
    }
    locked.push(field);
  }

  const present = MANAGED_FIELDS.filter((field) => values[field] !== undefined);
  if (present.length === 0) return { policy: undefined, problems };
  const policy: ManagedPolicy = { locked: MANAGED_FIELDS.filter((field) => locked.includes(field)) };
  for (const field of present) Object.assign(policy, { [field]: values[field] });
  return { policy, problems };
}

/** The settings in effect: the user's, with the policy's presets and locks applied. */
export function effectiveSettings(user: Settings, policy: ManagedPolicy | undefined): Settings {
  if (policy === undefined) return user;
  const effective: Settings = { ...user };
  for (const field of MANAGED_FIELDS) {
    const value = policy[field];
    if (value === undefined) continue;
    if (policy.locked.includes(field) || !user.touched.includes(field)) Object.assign(effective, { [field]: structuredClone(value) });
  }
  return effective;
}

export class LockedSettingError extends Error {
  constructor(readonly field: ManagedField) {
    super(`${field} is set by your organisation's policy and cannot be changed`);
  }
}

/**
 * A user's change, made to what they see (the effective settings), turned
 * back into what to store as theirs. Changing a locked field throws; every
 * managed field the change touched is recorded as the user's own unless
 * `byUser` is false (e.g. the country suggested at install).
 */
export function applyChange(
  user: Settings,
  policy: ManagedPolicy | undefined,
  change: (effective: Settings) => Settings,
  { byUser = true }: { byUser?: boolean } = {},
): { user: Settings; effective: Settings } {
  const before = effectiveSettings(user, policy);
  const after = change(before);
  const next: Settings = { ...after, touched: user.touched };
  for (const field of MANAGED_FIELDS) {
    if (JSON.stringify(after[field]) === JSON.stringify(before[field])) {
      // Unchanged: keep what the user had stored (not the preset they were seeing).
      Object.assign(next, { [field]: user[field] });
      continue;
    }
    if (policy?.locked.includes(field) === true) throw new LockedSettingError(field);
    if (byUser && !next.touched.includes(field)) next.touched = [...next.touched, field];
  }
  return { user: next, effective: effectiveSettings(next, policy) };
}
