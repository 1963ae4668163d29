import { useState } from 'preact/hooks';
import { parseInstant } from '../../src/rules/parse-instant.ts';
import { formatDateTime } from '../shared/format.ts';
import { t, ui } from '../shared/i18n.ts';
import { isSaneInstant } from '../shared/settings.ts';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';

/** The "pretend it is" clock: replays any moment (6 May 2017 in France) instead of the real time. */
export function PreviewSection({ preview, onSet }: { preview: number | null; onSet: (at: number | null) => Promise<boolean> }) {
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
        <ErrorAlert id="preview-error" message={invalid} />
      </form>
      <p role="status" class="preview-state">
        {preview === null ? t('optionsPreviewOff') : t('optionsPreviewCurrent', formatDateTime(ui, preview))}
      </p>
    </section>
  );
}

