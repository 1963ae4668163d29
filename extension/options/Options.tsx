import { useState } from 'preact/hooks';
import { parseInstant } from '../../src/rules/parse-instant.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { useOverview } from '../shared/ui/use-overview.ts';

export function Options() {
  const { overview, error, send } = useOverview();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {error !== undefined && (
        <p class="error" role="alert">
          {t('popupLoadError', error)}
        </p>
      )}
      <PreviewSection preview={overview?.preview ?? null} onSet={(at) => send({ type: 'ui-bg/set-preview', at })} />
    </main>
  );
}

function PreviewSection({ preview, onSet }: { preview: number | null; onSet: (at: number | null) => Promise<boolean> }) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const format = (instant: number) =>
    new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'full', timeStyle: 'long' }).format(instant);

  const apply = async (event: Event) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed === '') {
      await onSet(null);
      setInvalid(undefined);
      return;
    }
    const at = parseInstant(trimmed);
    if (at === undefined) {
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
      <form onSubmit={apply}>
        <label for="preview-input">{t('optionsPreviewLabel')}</label>
        <input
          id="preview-input"
          type="text"
          inputMode="text"
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
        {preview === null ? t('optionsPreviewOff') : t('optionsPreviewCurrent', format(preview))}
      </p>
    </section>
  );
}
