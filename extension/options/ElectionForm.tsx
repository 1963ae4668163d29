import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localized } from '../../src/rules/localize.ts';
import { ELECTION_TYPES, type Election } from '../../src/rules/schema.ts';
import { browserZone, countryName } from '../shared/format.ts';
import { type MessageKey, t, ui } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { placeOfZone } from '../shared/places.ts';
import { sendToBackground } from '../shared/send.ts';
import { LIMITS } from '../shared/settings.ts';
import { describedBy, isLocked } from '../shared/ui/locked.tsx';
import { ELECTION_FIELDS, type ElectionDraft, type ElectionField, type ElectionType, type FieldProblem, type WindowsQuery, checkElectionDraft, electionForWindows } from './election-form.ts';
import { type WindowsState, windowsLines } from './election-windows.ts';

const TYPE_LABEL: Record<ElectionType, MessageKey> = {
  presidential: 'electionTypePresidential',
  legislative: 'electionTypeLegislative',
  european: 'electionTypeEuropean',
  referendum: 'electionTypeReferendum',
  regional: 'electionTypeRegional',
  local: 'electionTypeLocal',
  other: 'electionTypeOther',
};

/** The zone select's value for "type another IANA zone". */
const OTHER_ZONE = 'other';

/**
 * Adds a custom election. Each field shows its own problem next to it (and is
 * described by it), the first one focused; nothing typed is lost on a
 * problem. The fields are cleared only once the election is saved.
 */
export function ElectionForm({
  overview,
  onAdd,
}: {
  overview: Overview;
  onAdd: (election: Election) => Promise<boolean>;
}) {
  const countries = useMemo(
    () => [...overview.countries].sort((a, b) => countryName(ui, a.code, a.name).localeCompare(countryName(ui, b.code, b.name), ui.language)),
    [overview.countries],
  );
  const [country, setCountry] = useState(overview.suggested ?? countries[0]?.code ?? 'FR');
  const [date, setDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<ElectionType>('local');
  /** '' for the country's main zone, a zone of the list, or OTHER_ZONE. */
  const [zoneChoice, setZoneChoice] = useState('');
  const [otherZone, setOtherZone] = useState('');
  /** Problems show once the user has tried to add (and then follow what they type). */
  const [attempted, setAttempted] = useState(false);
  const fields = useRef<Partial<Record<ElectionField, HTMLElement | null>>>({});

  const selected = overview.countries.find((c) => c.code === country);
  const zones = selected === undefined ? [] : [{ label: countryName(ui, selected.code, selected.name), zone: selected.zone }, ...selected.regions.map((r) => ({ label: localized(r.name, ui.language), zone: r.zone }))];
  const zone = zoneChoice === OTHER_ZONE ? otherZone.trim() : zoneChoice || (selected?.zone ?? '');
  const draft: ElectionDraft = { country, date, endDate, name, type, zone };
  const context = { zones: new Map(overview.countries.map((c) => [c.code, c.zone])), existing: overview.customElections };
  const check = checkElectionDraft(draft, context);
  const windows = useElectionWindows(electionForWindows(draft, context), countryName(ui, country, selected?.name ?? country), TYPE_LABEL[type]);
  const problems = attempted && !check.ok ? check.problems : {};

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    if (!check.ok) {
      const first = ELECTION_FIELDS.find((field) => check.problems[field] !== undefined);
      if (first !== undefined) fields.current[first]?.focus();
      return;
    }
    if (await onAdd(check.election)) {
      setName('');
      setDate('');
      setEndDate('');
      setAttempted(false);
    }
  };

  /** aria-invalid and aria-describedby of a field: its help, then its problem. */
  const described = (field: ElectionField, help?: string) => ({
    'aria-invalid': problems[field] !== undefined,
    'aria-describedby': [help, problems[field] === undefined ? undefined : `election-${field}-error`].filter(Boolean).join(' ') || undefined,
    ref: (element: HTMLElement | null) => {
      fields.current[field] = element;
    },
  });


  return (
    <form id="add-election" onSubmit={submit} noValidate>
      {/* A disabled fieldset disables every field and the Add button in it (an organisation's policy, locked.tsx). */}
      <fieldset disabled={isLocked(overview, 'customElections')} aria-describedby={describedBy(isLocked(overview, 'customElections'))}>
        <legend>{t('optionsElectionAdd')}</legend>
        <div class="field">
          <label for="election-country">{t('optionsElectionCountry')}</label>
          <select
            id="election-country"
            value={country}
            {...described('country')}
            onChange={(event) => {
              setCountry(event.currentTarget.value);
              setZoneChoice('');
            }}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {countryName(ui, c.code, c.name)}
              </option>
            ))}
          </select>
          <FieldError field="country" problem={problems.country} />
        </div>
        <div class="field">
          <label for="election-name">{t('optionsElectionName')}</label>
          <input id="election-name" type="text" maxLength={LIMITS.electionName} value={name} {...described('name')} onInput={(event) => setName(event.currentTarget.value)} />
          <FieldError field="name" problem={problems.name} />
        </div>
        <div class="field">
          <label for="election-date">{t('optionsElectionDate')}</label>
          <input id="election-date" type="date" min="1900-01-01" max="2100-12-31" value={date} {...described('date')} onInput={(event) => setDate(event.currentTarget.value)} />
          <FieldError field="date" problem={problems.date} />
        </div>
        <div class="field">
          <label for="election-endDate">{t('optionsElectionEndDate')}</label>
          <input
            id="election-endDate"
            type="date"
            min={date || '1900-01-01'}
            max="2100-12-31"
            value={endDate}
            {...described('endDate', 'election-endDate-help')}
            onInput={(event) => setEndDate(event.currentTarget.value)}
          />
          <span class="hint" id="election-endDate-help">
            {t('optionsElectionEndDateHelp')}
          </span>
          <FieldError field="endDate" problem={problems.endDate} />
        </div>
        <div class="field">
          <label for="election-type">{t('optionsElectionType')}</label>
          <select id="election-type" value={type} onChange={(event) => setType(event.currentTarget.value as ElectionType)}>
            {ELECTION_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(TYPE_LABEL[value])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="election-zone">{t('optionsElectionZone')}</label>
          <select id="election-zone" value={zoneChoice || selected?.zone} {...(zoneChoice === OTHER_ZONE ? {} : described('zone'))} onChange={(event) => setZoneChoice(event.currentTarget.value)}>
            {zones.map((z) => (
              <option key={`${z.label}-${z.zone}`} value={z.zone}>
                {t('optionsElectionZoneOption', [z.label, placeOfZone(z.zone, ui.language)])}
              </option>
            ))}
            <option value={OTHER_ZONE}>{t('optionsElectionZoneOther')}</option>
          </select>
          {zoneChoice !== OTHER_ZONE && <FieldError field="zone" problem={problems.zone} />}
        </div>
        {zoneChoice === OTHER_ZONE && (
          <div class="field">
            <label for="election-other-zone">{t('optionsElectionZoneOtherLabel')}</label>
            <input
              id="election-other-zone"
              type="text"
              autoComplete="off"
              spellcheck={false}
              placeholder="America/Cayenne"
              value={otherZone}
              {...described('zone')}
              onInput={(event) => setOtherZone(event.currentTarget.value)}
            />
            <FieldError field="zone" problem={problems.zone} />
          </div>
        )}
        <button type="submit">{t('optionsElectionAdd')}</button>
        {/* Below the button: its answer arrives while the user moves to "Add", and a region above would push the button away under the pointer. */}
        <ElectionWindows windows={windows} now={overview.now} />
      </fieldset>
    </form>
  );
}

/**
 * The windows the election being typed would have, asked of the background
 * (which computes them as it does for saved elections) each time the fields
 * that decide them change and are valid. While an answer is on its way the
 * previous one stays, marked busy.
 */
function useElectionWindows(query: WindowsQuery, country: string, type: MessageKey): { windows: WindowsState | undefined; busy: boolean } {
  const key = query.ok ? JSON.stringify(query.election) : undefined;
  const [answer, setAnswer] = useState<{ key: string; windows: WindowsState }>();

  useEffect(() => {
    if (!query.ok || key === undefined) return;
    // Only the answer for what the form holds now is kept: a slower, older one is dropped.
    let current = true;
    sendToBackground({ type: 'ui-bg/election-windows', election: query.election }).then(
      ({ windows }) => current && setAnswer({ key, windows: { state: 'known', windows, country, type } }),
      (error: unknown) => current && setAnswer({ key, windows: { state: 'failed', error: String(error) } }),
    );
    return () => {
      current = false;
    };
    // The query is known by its key; the country's and type's names follow the same fields.
  }, [key]);

  if (!query.ok) return { windows: { state: 'blocked', problem: query.problem }, busy: false };
  return { windows: answer?.windows, busy: answer?.key !== key };
}

/** A polite live region: what it says is read out once the user stops changing the fields that decide it. */
function ElectionWindows({ windows, now }: { windows: { windows: WindowsState | undefined; busy: boolean }; now: number }) {
  const lines = windows.windows === undefined ? [] : windowsLines(ui, windows.windows, browserZone(), now);
  return (
    <div class="election-windows">
      <h3 id="election-windows-heading">{t('optionsElectionWindowsHeading')}</h3>
      <div role="status" id="election-windows" aria-labelledby="election-windows-heading" aria-busy={windows.busy}>
        {windows.windows?.state === 'known' && lines.length > 0 && windows.windows.windows.length > 0 ? (
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          lines.map((line) => <p key={line}>{line}</p>)
        )}
      </div>
    </div>
  );
}

function FieldError({ field, problem }: { field: ElectionField; problem: FieldProblem | undefined }) {
  if (problem === undefined) return null;
  return (
    <span class="error field-error" id={`election-${field}-error`}>
      {t(problem.key, problem.substitutions)}
    </span>
  );
}
