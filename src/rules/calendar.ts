import type { Election } from './schema.ts';
import type { Dataset } from './status.ts';

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
