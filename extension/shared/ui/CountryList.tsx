import type { OverviewCountry } from '../messages.ts';
import type { Speaker } from '../speaker.ts';
import { type CountryRow, countryStatus, nextElectionLine } from './country-rows.ts';
import { Switch } from './Switch.tsx';

/**
 * Countries as switches, each named by the country alone and described by its
 * status, in the order given (see countryRows). Shared by the popup, the
 * settings and the welcome page so a country reads the same everywhere.
 */
export function CountryList({
  id,
  labelledBy,
  rows,
  speaker,
  busy = false,
  locked = false,
  onToggle,
}: {
  id: string;
  labelledBy: string;
  rows: readonly CountryRow[];
  speaker: Speaker;
  busy?: boolean;
  /** An organisation's policy sets the countries (locked.tsx). */
  locked?: boolean;
  onToggle: (country: OverviewCountry, enabled: boolean) => void;
}) {
  return (
    <ul class="countries" id={id} aria-labelledby={labelledBy} aria-busy={busy}>
      {rows.map(({ country, label }) => (
        <li class="country" key={country.code}>
          <Switch
            id={`${id}-${country.code}`}
            label={label}
            description={
              <span class={`status-${country.status}`}>
                <span class="line">{countryStatus(speaker, country)}</span>
                {nextElectionLine(speaker, country) !== undefined && <span class="line">{nextElectionLine(speaker, country)}</span>}
              </span>
            }
            checked={country.enabled}
            locked={locked}
            onChange={(enabled) => onToggle(country, enabled)}
          />
        </li>
      ))}
    </ul>
  );
}
