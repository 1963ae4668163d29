/**
 * Combines what the detector found in a draft with the restrictions in force
 * into the verdict the badge shows.
 */
import type { Category } from '../detect/detector.ts';
import type { RestrictionKind } from '../rules/schema.ts';
import type { CountryReport } from '../rules/status.ts';
import type { Restriction } from '../rules/windows.ts';

/** Which kinds of restriction a category of draft can break. */
export const KINDS_BY_CATEGORY: Readonly<Record<Category, readonly RestrictionKind[]>> = {
  // Relaying leaked campaign material during a silence is electoral propaganda (France, CNCCEP 2017).
  leak: ['campaign'],
  campaign: ['campaign'],
  poll: ['polls', 'exit-polls', 'results'],
};

export type RiskLevel = 'none' | 'caution' | 'warning';

export interface Reason {
  readonly category: Category;
  readonly restriction: Restriction;
}

export interface Verdict {
  readonly level: RiskLevel;
  readonly reasons: readonly Reason[];
  /** The instant (on the same clock as `at`) when the verdict may change: the soonest end of a reason. */
  readonly until: number | null;
  /** The clock's "now" the verdict was computed for (the preview date when one is set). */
  readonly at: number;
}

export function verdictFor(categories: readonly Category[], reports: readonly CountryReport[], at: number): Verdict {
  const reasons: Reason[] = [];
  for (const category of categories) {
    const kinds = KINDS_BY_CATEGORY[category];
    for (const report of reports) {
      for (const restriction of report.restrictions) {
        if (kinds.includes(restriction.kind)) reasons.push({ category, restriction });
      }
    }
  }
  // Unconfirmed rules still warn, but softly: the user should know we are not sure.
  const level: RiskLevel =
    reasons.length === 0 ? 'none' : reasons.some((r) => r.restriction.confidence !== 'low') ? 'warning' : 'caution';
  const until = reasons.length === 0 ? null : Math.min(...reasons.map((r) => r.restriction.end));
  return { level, reasons, until, at };
}
