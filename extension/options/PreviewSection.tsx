import { useMemo, useState } from 'preact/hooks';
import { parseInstant } from '../../src/rules/parse-instant.ts';
import { browserZone, countryName, formatDateTime } from '../shared/format.ts';
import { t, ui } from '../shared/i18n.ts';
import type { OverviewCountry } from '../shared/messages.ts';
import { placeOfZone } from '../shared/places.ts';
import { isSaneInstant } from '../shared/settings.ts';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';
import type { FieldProblem } from './election-form.ts';
import { instantFromPicker, pickerValue } from './preview-time.ts';

/**
 * The "pretend it is" clock: replays any moment (6 May 2017 in France)
 * instead of the real time. A date-time picker read on a chosen clock (the
 * user's, or a country's), and for exact instants a free ISO 8601 field.
 */
export function PreviewSection({
  preview,
  countries,
  onSet,
}: {
  preview: number | null;
  countries: readonly OverviewCountry[];
  onSet: (at: number | null) => Promise<boolean>;
}) {
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('optionsPreviewHeading')}</h2>
      <p id="preview-pick-help">{t('optionsPreviewPickHelp')}</p>
      <PreviewPicker preview={preview} countries={countries} onSet={onSet} />
      <PreviewText onSet={onSet} />
      {/* Named: the settings page has another status, the custom election's windows. */}
      <p role="status" class="preview-state" aria-labelledby="preview-heading">
        {preview === null ? t('optionsPreviewOff') : t('optionsPreviewCurrent', formatDateTime(ui, preview))}
      </p>
      <button type="button" onClick={() => void onSet(null)}>
        {t('optionsPreviewClear')}
      </button>
    </section>
  );
}

/** The user's zone first, then each country's main zone named by the country and its city (never a raw zone id). */
function zoneChoices(countries: readonly OverviewCountry[]): { zone: string; label: string }[] {
  const own = browserZone() ?? 'UTC';
  const byCountry = countries
    .map((c) => ({ zone: c.zone, label: t('optionsPreviewZoneCountry', [countryName(ui, c.code, c.name), placeOfZone(c.zone, ui.language)]) }))
    .sort((a, b) => a.label.localeCompare(b.label, ui.language));
  return [{ zone: own, label: t('optionsPreviewZoneYours', placeOfZone(own, ui.language)) }, ...byCountry];
}

function PreviewPicker({ preview, countries, onSet }: { preview: number | null; countries: readonly OverviewCountry[]; onSet: (at: number | null) => Promise<boolean> }) {
  const choices = useMemo(() => zoneChoices(countries), [countries]);
  /** The index of the chosen clock in `choices` (zones can repeat: two countries on one zone). */
  const [choice, setChoice] = useState(0);
  const zone = choices[choice]?.zone ?? 'UTC';
  const [local, setLocal] = useState(() => (preview === null ? '' : pickerValue(preview, zone)));
  const [problem, setProblem] = useState<FieldProblem>();

  const apply = async (event: Event) => {
    event.preventDefault();
    const picked = instantFromPicker(local, zone);
    if ('problem' in picked) {
      setProblem(picked.problem);
      return;
    }
    setProblem(undefined);
    await onSet(picked.at);
  };

  return (
    <form id="preview-picker" onSubmit={apply} noValidate>
      <div class="field">
        <label for="preview-when">{t('optionsPreviewWhen')}</label>
        <input
          id="preview-when"
          type="datetime-local"
          min="1900-01-01T00:00"
          max="2100-12-31T23:59"
          value={local}
          aria-invalid={problem !== undefined}
          aria-describedby={problem === undefined ? 'preview-pick-help' : 'preview-pick-help preview-when-error'}
          onInput={(event) => setLocal(event.currentTarget.value)}
        />
        {problem !== undefined && (
          <span class="error field-error" id="preview-when-error">
            {t(problem.key, problem.substitutions)}
          </span>
        )}
      </div>
      <div class="field">
        <label for="preview-zone">{t('optionsPreviewZone')}</label>
        <select id="preview-zone" value={String(choice)} onChange={(event) => setChoice(Number(event.currentTarget.value))}>
          {choices.map((c, index) => (
            <option key={`${c.zone}-${c.label}`} value={String(index)}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('optionsPreviewPick')}</button>
    </form>
  );
}

/** An exact instant typed as ISO 8601 text (with its offset), for those who have one at hand. */
function PreviewText({ onSet }: { onSet: (at: number | null) => Promise<boolean> }) {
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
    <form id="preview-form" onSubmit={apply}>
      <p id="preview-help">{t('optionsPreviewHelp')}</p>
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
      <ErrorAlert id="preview-error" message={invalid} />
    </form>
  );
}
