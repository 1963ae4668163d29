/**
 * Combines what the detector found in a draft with the restrictions in force
 * into the verdict the badge shows.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category, WEAK_SIGNALS, type WeakSignal } from '../detect/categories.ts';
import { type Bound, type RestrictionKind, instant } from '../rules/schema.ts';
import type { CountryReport } from '../rules/status.ts';
import { type Restriction, restrictionSchema } from '../rules/windows.ts';
import { HOUR_MS } from '../rules/zoned-time.ts';

/** Which kinds of restriction a category of draft can break. */
export const KINDS_BY_CATEGORY: Readonly<Record<Category, readonly RestrictionKind[]>> = {
  // Relaying leaked campaign material during a silence is electoral propaganda (France, CNCCEP 2017).
  leak: ['campaign'],
  campaign: ['campaign'],
  poll: ['polls', 'exit-polls', 'results', 'straw-polls'],
};

/**
 * Kinds that only caution, whoever they bind: the detector cannot tell a
 * straw poll (banned) from an opinion poll (lawful) in a draft.
 */
const CAUTION_KINDS: readonly RestrictionKind[] = ['straw-polls'];

/**
 * How long before a restriction starts the verdict already cautions: a post
 * written at Friday 23:30 is still online (and being shared) at midnight,
 * when France's silence begins.
 */
export const CAUTION_LEAD_MS = 24 * HOUR_MS;

export const riskLevelSchema = v.picklist(['none', 'caution', 'warning']);
export type RiskLevel = v.InferOutput<typeof riskLevelSchema>;

/**
 * How far a restriction reaches a person's own post: `law` (binding law that
 * binds everyone), `guidance` (a recommendation: no sanction), or `limited`
 * (binding law worded for media, parties and candidates, or pollsters only).
 * Only `law` warns; the others caution, and the card says which it is.
 */
export type Reach = 'law' | 'guidance' | 'limited';

export function reachOf(restriction: { readonly force: Restriction['force']; readonly binds: readonly Bound[] }): Reach {
  if (restriction.force === 'guidance') return 'guidance';
  return restriction.binds.includes('everyone') ? 'law' : 'limited';
}

/**
 * Why a verdict warns or cautions. Like `verdictSchema` below, the only
 * definition: the type is derived from it and the badge validates the
 * worker's answer with it, so a field added here crosses the boundary.
 */
export const reasonSchema = v.pipe(
  v.strictObject({
    category: v.picklist(CATEGORIES),
    restriction: restrictionSchema,
    /** The restriction is not in force yet: it starts within CAUTION_LEAD_MS. */
    startsSoon: v.optional(v.literal(true)),
    /** The draft only shows a weak signal of this category (see WEAK_SIGNALS): the reason only cautions. */
    weak: v.optional(v.picklist(WEAK_SIGNALS)),
  }),
  v.readonly(),
);
export type Reason = v.InferOutput<typeof reasonSchema>;

/**
 * What a weak signal may break, and as what category: coded results ("les tomates à 54, les courgettes
 * à 46") are published results only while an exit-poll or results embargo is in force.
 */
export const KINDS_BY_WEAK_SIGNAL: Readonly<Record<WeakSignal, { readonly category: Category; readonly kinds: readonly RestrictionKind[] }>> = {
  'coded-results': { category: 'poll', kinds: ['exit-polls', 'results'] },
};

export const verdictSchema = v.pipe(
  v.strictObject({
    level: riskLevelSchema,
    reasons: v.pipe(v.array(reasonSchema), v.readonly()),
    /**
     * The instant (on the same clock as `at`) when the verdict may change: the
     * soonest end of a reason in force, or the soonest start of one about to start.
     */
    until: v.nullable(instant),
    /** The clock's "now" the verdict was computed for (the preview date when one is set). */
    at: instant,
  }),
  v.readonly(),
);
export type Verdict = v.InferOutput<typeof verdictSchema>;

export function verdictFor(categories: readonly Category[], reports: readonly CountryReport[], at: number, weak: readonly WeakSignal[] = []): Verdict {
  const strong = strongVerdict(categories, reports, at);
  // Weak signals count only against restrictions in force, never about to start, and only caution.
  const weakReasons: Reason[] = [];
  for (const signal of new Set(weak)) {
    const { category, kinds } = KINDS_BY_WEAK_SIGNAL[signal];
    if (categories.includes(category)) continue;
    for (const report of reports) {
      for (const restriction of report.restrictions) if (kinds.includes(restriction.kind)) weakReasons.push({ category, restriction, weak: signal });
    }
  }
  if (weakReasons.length === 0) return strong;
  const weakUntil = Math.min(...weakReasons.map((r) => r.restriction.end));
  if (strong.level === 'none') return { level: 'caution', reasons: weakReasons, until: weakUntil, at };
  return { ...strong, reasons: [...strong.reasons, ...weakReasons], until: Math.min(strong.until ?? weakUntil, weakUntil) };
}

function strongVerdict(categories: readonly Category[], reports: readonly CountryReport[], at: number): Verdict {
  const matching = (pick: (report: CountryReport) => readonly Restriction[]) => {
    const found: { category: Category; restriction: Restriction }[] = [];
    for (const category of categories) {
      const kinds = KINDS_BY_CATEGORY[category];
      for (const report of reports) {
        for (const restriction of pick(report)) {
          if (kinds.includes(restriction.kind)) found.push({ category, restriction });
        }
      }
    }
    return found;
  };
  const inForce = matching((report) => report.restrictions);
  if (inForce.length > 0) {
    // A warning needs a confirmed law that reaches anyone's post. Unconfirmed rules, guidance and laws
    // worded for media, parties or pollsters still show, but as a caution: the user should know.
    const level: RiskLevel = inForce.some((r) => r.restriction.confidence !== 'low' && reachOf(r.restriction) === 'law' && !CAUTION_KINDS.includes(r.restriction.kind)) ? 'warning' : 'caution';
    return { level, reasons: inForce, until: Math.min(...inForce.map((r) => r.restriction.end)), at };
  }
  // Nothing in force yet: a restriction about to start is worth a caution, with the time it starts.
  const soon = matching((report) => report.upcoming.filter((r) => r.start - at <= CAUTION_LEAD_MS));
  if (soon.length > 0) {
    return {
      level: 'caution',
      reasons: soon.map((reason) => ({ ...reason, startsSoon: true as const })),
      until: Math.min(...soon.map((r) => r.restriction.start)),
      at,
    };
  }
  return { level: 'none', reasons: [], until: null, at };
}
