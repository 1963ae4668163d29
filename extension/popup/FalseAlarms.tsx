/**
 * The false alarms the user reported from the card ("Not about that"), kept
 * on this device only: listed newest first, exported as a JSON file, deleted.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Category } from '../../src/detect/detector.ts';
import { browser } from '../shared/browser.ts';
import { FALSE_ALARMS_KEY, type FalseAlarm, falseAlarmsExport } from '../shared/false-alarms.ts';
import { countryName, formatDateTime } from '../shared/format.ts';
import { type MessageKey, t, ui } from '../shared/i18n.ts';
import { sendToBackground } from '../shared/send.ts';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';

const EXPORT_FILE = 'silence-guard-false-alarms.json';
const HEADING_ID = 'false-alarms-heading';

const CATEGORY_LABEL: Record<Category, MessageKey> = { leak: 'categoryLeak', poll: 'categoryPoll', campaign: 'categoryCampaign' };

export function FalseAlarms() {
  const [alarms, setAlarms] = useState<FalseAlarm[]>();
  const [error, setError] = useState<string>();
  const exportUrl = useBlobUrl(alarms === undefined || alarms.length === 0 ? undefined : falseAlarmsExport(alarms));

  useEffect(() => {
    const load = () =>
      void sendToBackground({ type: 'ui-bg/false-alarms' }).then(
        (list) => {
          setAlarms(list);
          setError(undefined);
        },
        (e: unknown) => setError(String(e)),
      );
    load();
    // A report made from a card while the popup is open shows at once.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FALSE_ALARMS_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const deleteAll = async () => {
    try {
      setAlarms(await sendToBackground({ type: 'ui-bg/clear-false-alarms' }));
    } catch (e) {
      setError(String(e));
    }
  };
  const list = (items: readonly string[]) => new Intl.ListFormat(ui.language, { type: 'conjunction' }).format(items);

  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('popupFalseAlarmsHeading')}</h2>
      <ErrorAlert message={error === undefined ? undefined : t('popupLoadError', error)} />
      {alarms !== undefined && alarms.length === 0 && <p class="status">{t('popupFalseAlarmsEmpty', t('panelNotAboutThat'))}</p>}
      {alarms !== undefined && alarms.length > 0 && (
        <>
          <ul class="false-alarms" aria-labelledby={HEADING_ID}>
            {alarms.map((alarm, index) => (
              <li key={`${alarm.at}-${alarm.host}-${index}`}>
                <span class="name">{t('popupFalseAlarmWhen', [formatDateTime(ui, alarm.at), alarm.host])}</span>
                <span class="status line">{t('popupFalseAlarmKinds', list(alarm.categories.map((c) => t(CATEGORY_LABEL[c]))))}</span>
                <span class="status line">{t('popupFalseAlarmCountries', list(alarm.countries.map((code) => countryName(ui, code, code))))}</span>
                {alarm.phrases !== undefined && <span class="status line">{t('popupFalseAlarmPhrases', list(alarm.phrases))}</span>}
              </li>
            ))}
          </ul>
          <p class="row">
            {exportUrl !== undefined && (
              <a class="button-link" href={exportUrl} download={EXPORT_FILE}>
                {t('popupFalseAlarmsExport')}
              </a>
            )}
            <button type="button" onClick={() => void deleteAll()}>
              {t('popupFalseAlarmsDelete')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

/** A blob: URL holding `text` as a JSON file while it is shown; revoked when the text changes or the popup goes. */
function useBlobUrl(text: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (text === undefined) {
      setUrl(undefined);
      return undefined;
    }
    const created = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [text]);
  return url;
}
