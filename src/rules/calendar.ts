import type { Election } from './schema.ts';
import type { Dataset } from './status.ts';
import { zonedDate } from './zoned-time.ts';

/**
 * The dataset with extra elections: the user's custom elections, or the
 * command line's `--election`. An extra election on the same country and
 * date as a known one replaces it (keeping what it does not say, such as
 * regional voting days); otherwise it is added.
 */
export function withElections(dataset: Dataset, extra: readonly Election[]): Dataset {
  if (extra.length === 0) return dataset;
  const calendar = [...dataset.calendar];
  for (const election of extra) {
    const index = calendar.findIndex((known) => known.country === election.country && known.date === election.date);
    const known = calendar[index];
    if (known !== undefined) calendar[index] = { ...known, ...election, type: election.type === 'other' ? known.type : election.type };
    else calendar.push(election);
  }
  calendar.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
  return { countries: dataset.countries, calendar };
}

/**
 * The country's next election on the calendar at `at`: the first whose last
 * voting day (on its own zone's calendar) is today or later, however far
 * off, so the popup can name France's next vote even when no window starts
 * within 30 days. Undefined when the calendar knows none.
 */
export function nextElection(dataset: Dataset, country: string, at: number): Election | undefined {
  const zone = dataset.countries.get(country)?.zone ?? 'UTC';
  let next: Election | undefined;
  for (const election of dataset.calendar) {
    if (election.country !== country) continue;
    const lastDay = [election.endDate, ...(election.phases ?? []).map((phase) => phase.endDate ?? phase.date)].reduce<string>(
      (last, day) => (day !== undefined && day > last ? day : last),
      election.date,
    );
    if (lastDay < zonedDate(election.zone ?? zone, at)) continue;
    if (next === undefined || election.date < next.date) next = election;
  }
  return next;
}
