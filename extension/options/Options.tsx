import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { parseInstant } from '../../src/rules/parse-instant.ts';
import { LIMITS, customElection, isSaneInstant } from '../shared/settings.ts';
import { ELECTION_TYPES, type Election } from '../../src/rules/schema.ts';
import { localized } from '../../src/rules/localize.ts';
import { type MessageKey, t, ui } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { DATASET_AS_OF } from '../../src/data/as-of.ts';
import { countryName, formatDateTime, formatDay } from '../shared/format.ts';
import { useOverview } from '../shared/ui/use-overview.ts';
import { LockedNote, describedBy, isLocked } from '../shared/ui/locked.tsx';
import { CategoriesSection } from './CategoriesSection.tsx';

export function Options() {
  const { overview, error, send } = useOverview();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="as-of" id="data-as-of">{t('dataAsOf', formatDay(ui, DATASET_AS_OF))}</p>
      {error !== undefined && (
        <p class="error" role="alert">
          {t('popupLoadError', error)}
        </p>
      )}
      <LockedNote overview={overview} />
      <PreviewSection preview={overview?.preview ?? null} onSet={(at) => send({ type: 'ui-bg/set-preview', at })} />
      {overview !== undefined && <CategoriesSection overview={overview} onSet={(category, enabled) => send({ type: 'ui-bg/set-category', category, enabled })} />}
      {overview !== undefined && overview.disabledSites.length > 0 && (
        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
          <ul id="disabled-sites">
            {overview.disabledSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() => void send({ type: 'ui-bg/enable-site', host })}
                  aria-label={`${t('optionsSitesEnable')}: ${host}`}
                  disabled={isLocked(overview, 'disabledSites')}
                  aria-describedby={describedBy(isLocked(overview, 'disabledSites'))}
                >
                  {t('optionsSitesEnable')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {overview !== undefined && (
        <ElectionsSection
          overview={overview}
          onAdd={(election) => send({ type: 'ui-bg/add-election', election })}
          onRemove={(country, date) => send({ type: 'ui-bg/remove-election', country, date })}
        />
      )}
    </main>
  );
}

function PreviewSection({ preview, onSet }: { preview: number | null; onSet: (at: number | null) => Promise<boolean> }) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState<string>();

  const apply = async (event: Event) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed === '') {
      setInvalid(undefined);
      await onSet(null);
      return;
    }
    const at = parseInstant(trimmed);
    if (at === undefined || !isSaneInstant(at)) {
      setInvalid(t('optionsPreviewInvalid', trimmed));
      return;
    }
    setInvalid(undefined);
    await onSet(at);
  };

  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('optionsPreviewHeading')}</h2>
      <p id="preview-help">{t('optionsPreviewHelp')}</p>
      <form id="preview-form" onSubmit={apply}>
        <label for="preview-input">{t('optionsPreviewLabel')}</label>
        <input
          id="preview-input"
          type="text"
          autoComplete="off"
          spellcheck={false}
          placeholder="2017-05-06T12:00+02:00"
          value={value}
          aria-describedby={invalid === undefined ? 'preview-help' : 'preview-help preview-error'}
          aria-invalid={invalid !== undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit">{t('optionsPreviewApply')}</button>
        <button
          type="button"
          onClick={() => {
            setValue('');
            setInvalid(undefined);
            void onSet(null);
          }}
        >
          {t('optionsPreviewClear')}
        </button>
        {invalid !== undefined && (
          <p class="error" id="preview-error" role="alert">
            {invalid}
          </p>
        )}
      </form>
      <p role="status" class="preview-state">
        {preview === null ? t('optionsPreviewOff') : t('optionsPreviewCurrent', formatDateTime(ui, preview))}
      </p>
    </section>
  );
}

const TYPE_LABEL: Record<(typeof ELECTION_TYPES)[number], MessageKey> = {
  presidential: 'electionTypePresidential',
  legislative: 'electionTypeLegislative',
  european: 'electionTypeEuropean',
  referendum: 'electionTypeReferendum',
  regional: 'electionTypeRegional',
  local: 'electionTypeLocal',
  other: 'electionTypeOther',
};

function ElectionsSection({
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
                    aria-label={`${t('optionsElectionRemove')}: ${localized(e.name, ui.language)}`}
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
          {problem !== undefined && (
            <p class="error" role="alert" id="election-error">
              {problem}
            </p>
          )}
        </fieldset>
      </form>
    </section>
  );
}
