import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { localized } from '../../src/rules/localize.ts';
import { parseInstant } from '../../src/rules/parse-instant.ts';
import { ELECTION_TYPES, type Election } from '../../src/rules/schema.ts';
import { countryName } from '../shared/format.ts';
import { type MessageKey, t, ui } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { LIMITS, customElection } from '../shared/settings.ts';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';
import { describedBy, isLocked } from '../shared/ui/locked.tsx';

const TYPE_LABEL: Record<(typeof ELECTION_TYPES)[number], MessageKey> = {
  presidential: 'electionTypePresidential',
  legislative: 'electionTypeLegislative',
  european: 'electionTypeEuropean',
  referendum: 'electionTypeReferendum',
  regional: 'electionTypeRegional',
  local: 'electionTypeLocal',
  other: 'electionTypeOther',
};

/** Elections the user adds (local votes, referendums): listed with a way to remove each, and a form to add one. */
export function ElectionsSection({
  overview,
  onAdd,
  onRemove,
}: {
  overview: Overview;
  onAdd: (election: Election) => Promise<boolean>;
  onRemove: (country: string, date: string) => Promise<boolean>;
}) {
  const countries = [...overview.countries].sort((a, b) => countryName(ui, a.code, a.name).localeCompare(countryName(ui, b.code, b.name)));
  const [country, setCountry] = useState(overview.suggested ?? countries[0]?.code ?? 'FR');
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<(typeof ELECTION_TYPES)[number]>('local');
  const [zone, setZone] = useState('');
  const [problem, setProblem] = useState<string>();
  const selected = overview.countries.find((c) => c.code === country);
  const locked = isLocked(overview, 'customElections');
  const zones = selected === undefined ? [] : [{ label: countryName(ui, selected.code, selected.name), zone: selected.zone }, ...selected.regions.map((r) => ({ label: localized(r.name, ui.language), zone: r.zone }))];

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || parseInstant(date, { localZone: 'UTC' }) === undefined) {
      setProblem(t('optionsElectionBadDate'));
      return;
    }
    if (name.trim() === '') {
      setProblem(t('optionsElectionNoName'));
      return;
    }
    const candidate = {
      country,
      date,
      name: name.trim(),
      type,
      status: 'scheduled' as const,
      ...(zone !== '' && zone !== selected?.zone ? { zone } : {}),
    };
    const parsed = v.safeParse(customElection, candidate);
    if (!parsed.success) {
      setProblem(parsed.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`).join('; '));
      return;
    }
    setProblem(undefined);
    if (await onAdd(parsed.output)) {
      setName('');
      setDate('');
    }
  };

  return (
    <section aria-labelledby="elections-heading">
      <h2 id="elections-heading">{t('optionsElectionsHeading')}</h2>
      <p>{t('optionsElectionsHelp')}</p>
      {overview.customElections.length > 0 && (
        <table id="custom-elections">
          <thead>
            <tr>
              <th scope="col">{t('optionsElectionDate')}</th>
              <th scope="col">{t('optionsElectionCountry')}</th>
              <th scope="col">{t('optionsElectionName')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('optionsElectionRemove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.customElections.map((e) => (
              <tr key={`${e.country}-${e.date}`}>
                <td>{e.date}</td>
                <td>{countryName(ui, e.country, e.country)}</td>
                <td>{localized(e.name, ui.language)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => void onRemove(e.country, e.date)}
                    aria-label={t('optionsElectionRemoveNamed', localized(e.name, ui.language))}
                    disabled={locked}
                    aria-describedby={describedBy(locked)}
                  >
                    {t('optionsElectionRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form id="add-election" onSubmit={submit}>
        {/* A disabled fieldset disables every field and the Add button in it. */}
        <fieldset disabled={locked} aria-describedby={describedBy(locked)}>
          <legend>{t('optionsElectionAdd')}</legend>
          <div class="field">
            <label for="election-country">{t('optionsElectionCountry')}</label>
            <select
              id="election-country"
              value={country}
              onChange={(event) => {
                setCountry(event.currentTarget.value);
                setZone('');
              }}
            >
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {countryName(ui, c.code, c.name)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="election-date">{t('optionsElectionDate')}</label>
            <input id="election-date" type="date" required value={date} onInput={(event) => setDate(event.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="election-name">{t('optionsElectionName')}</label>
            <input id="election-name" type="text" required maxLength={LIMITS.electionName} value={name} onInput={(event) => setName(event.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="election-type">{t('optionsElectionType')}</label>
            <select id="election-type" value={type} onChange={(event) => setType(event.currentTarget.value as (typeof ELECTION_TYPES)[number])}>
              {ELECTION_TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(TYPE_LABEL[value])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="election-zone">{t('optionsElectionZone')}</label>
            <select id="election-zone" value={zone || selected?.zone} onChange={(event) => setZone(event.currentTarget.value)}>
              {zones.map((z) => (
                <option key={`${z.label}-${z.zone}`} value={z.zone}>
                  {`${z.label} (${z.zone})`}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('optionsElectionAdd')}</button>
          <ErrorAlert id="election-error" message={problem} />
        </fieldset>
      </form>
    </section>
  );
}
