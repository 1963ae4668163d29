/**
 * Turns a country's rules and one election into concrete windows: UTC
 * instants, computed in the zone of each area that votes.
 */
import * as v from 'valibot';
import { BINDS, type Boundary, type Country, type Election, FORCES, type Rule, confidence, instant, localizedText, restrictionKind, text } from './schema.ts';
import { HOUR_MS, zonedInstant } from './zoned-time.ts';

/** One area voting in one election: the main zone, a region, or a phase. */
export interface AreaVote {
  /** Country code for the main zone, ISO 3166-2 code for a region. */
  readonly area: string;
  readonly zone: string;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly pollsOpen: string;
  readonly pollsClose: string;
}

export interface ElectionAreas {
  /** The main zone; one entry per phase for multi-phase elections. */
  readonly main: readonly AreaVote[];
  /** Each region's own vote(s). */
  readonly regions: ReadonlyMap<string, readonly AreaVote[]>;
}

/**
 * One restriction window, as the worker computes it and as it crosses to the
 * popup, the options page and the badge: `restrictionSchema` is the only
 * definition, the type is derived from it, and the receiving side validates
 * with it (see extension/shared/messages.ts), so a field added here reaches
 * the UI instead of being dropped by the validator.
 */
export const restrictionSchema = v.pipe(
  v.strictObject({
    country: v.string(),
    /** Whose window this is: the country code or a region code. */
    area: v.string(),
    /** The IANA zone of the area voting: the UI gives the window's times on its clock. */
    zone: v.string(),
    ruleId: v.string(),
    kind: restrictionKind,
    start: instant,
    end: instant,
    election: v.pipe(v.strictObject({ date: v.string(), name: text }), v.readonly()),
    summary: localizedText,
    force: v.picklist(FORCES),
    binds: v.pipe(v.array(v.picklist(BINDS)), v.readonly()),
    legalBasis: v.string(),
    penalty: localizedText,
    sources: v.pipe(v.array(v.pipe(v.strictObject({ url: v.string(), title: v.string() }), v.readonly())), v.readonly()),
    confidence,
  }),
  v.readonly(),
);
export type Restriction = v.InferOutput<typeof restrictionSchema>;

export function electionAreas(country: Country, election: Election): ElectionAreas {
  const pollsOpen = election.pollsOpen ?? country.pollsOpen;
  const pollsClose = election.pollsClose ?? country.pollsClose;
  const phases = election.phases ?? [
    { name: election.name, date: election.date, endDate: election.endDate, regions: undefined },
  ];
  const main = phases.map(
    (phase): AreaVote => ({
      area: country.code,
      zone: election.zone ?? country.zone,
      firstDay: phase.date,
      lastDay: phase.endDate ?? phase.date,
      pollsOpen,
      pollsClose,
    }),
  );

  const regions = new Map<string, AreaVote[]>();
  for (const region of country.regions ?? []) {
    const special = election.regionalVotes?.find((vote) => vote.regions.includes(region.code));
    const regionPhases = election.phases
      ? election.phases.filter((phase) => phase.regions?.includes(region.code))
      : phases;
    regions.set(
      region.code,
      regionPhases.map((phase) => {
        const firstDay = special?.date ?? phase.date;
        return {
          area: region.code,
          zone: region.zone,
          firstDay,
          lastDay: special?.endDate ?? (special?.date ? firstDay : (phase.endDate ?? phase.date)),
          pollsOpen: special?.pollsOpen ?? region.pollsOpen ?? pollsOpen,
          pollsClose: special?.pollsClose ?? region.pollsClose ?? pollsClose,
        };
      }),
    );
  }
  return { main, regions };
}

/** Every vote of the election: the main zone's and every region's. */
export function allVotes(areas: ElectionAreas): AreaVote[] {
  return [...areas.main, ...[...areas.regions.values()].flat()];
}

function opens(vote: AreaVote): number {
  return zonedInstant(vote.zone, vote.firstDay, 0, vote.pollsOpen);
}

function closes(vote: AreaVote): number {
  return zonedInstant(vote.zone, vote.lastDay, 0, vote.pollsClose);
}

export function resolveBoundary(boundary: Boundary, self: AreaVote, areas: ElectionAreas): number {
  // The main-zone vote that matches `self`'s phase (same first day), or the first.
  const main = areas.main.find((vote) => vote.firstDay === self.firstDay) ?? areas.main[0] ?? self;
  if ('day' in boundary) {
    const vote = boundary.of === 'main' ? main : self;
    return zonedInstant(vote.zone, vote.firstDay, boundary.day, boundary.time);
  }
  const at = boundary.anchor === 'pollsOpen' ? opens : closes;
  const offset = (boundary.hours ?? 0) * HOUR_MS;
  switch (boundary.of ?? 'self') {
    case 'self':
      return at(self) + offset;
    case 'main':
      return at(main) + offset;
    case 'first':
      return Math.min(...allVotes(areas).map(at)) + offset;
    case 'last':
      return Math.max(...allVotes(areas).map(at)) + offset;
  }
}

export function ruleAppliesTo(rule: Rule, election: Election): boolean {
  // A custom election of unknown type gets every rule: warning too often beats
  // missing a ban.
  return rule.electionTypes === undefined || election.type === 'other' || rule.electionTypes.includes(election.type);
}

/** The restriction windows of `country` for `election` in one area's votes. */
export function restrictionsFor(
  country: Country,
  election: Election,
  votes: readonly AreaVote[],
  areas: ElectionAreas,
): Restriction[] {
  const restrictions: Restriction[] = [];
  for (const rule of country.rules) {
    if (!ruleAppliesTo(rule, election)) continue;
    for (const vote of votes) {
      const start = resolveBoundary(rule.start, vote, areas);
      const end = resolveBoundary(rule.end, vote, areas);
      if (end <= start) continue;
      // Phases that share a nationwide window (e.g. exit polls from the first
      // opening to the last close) yield it once.
      if (restrictions.some((r) => r.ruleId === rule.id && r.start === start && r.end === end)) continue;
      restrictions.push({
        country: country.code,
        area: vote.area,
        zone: vote.zone,
        ruleId: rule.id,
        kind: rule.kind,
        start,
        end,
        election: { date: election.date, name: election.name },
        summary: rule.summary,
        force: rule.force,
        binds: rule.binds,
        legalBasis: rule.legalBasis,
        penalty: rule.penalty,
        // What the UI shows of a source; its kind (law, press…) stays in the dataset.
        sources: rule.sources.map(({ url, title }) => ({ url, title })),
        confidence: rule.confidence,
      });
    }
  }
  return restrictions;
}
