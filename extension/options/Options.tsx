import { DATASET_AS_OF } from '../../src/data/as-of.ts';
import { formatDay } from '../shared/format.ts';
import { t, ui } from '../shared/i18n.ts';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';
import { LockedNote } from '../shared/ui/locked.tsx';
import { PolicyProblems } from '../shared/ui/PolicyProblems.tsx';
import { useOverview } from '../shared/ui/use-overview.ts';
import { CategoriesSection } from './CategoriesSection.tsx';
import { CountriesSection } from './CountriesSection.tsx';
import { ElectionsSection } from './ElectionsSection.tsx';
import { PreviewSection } from './PreviewSection.tsx';
import { SitesSection } from './SitesSection.tsx';

/** The settings page: one section per concern, each in its own file, all fed by the background's overview. */
export function Options() {
  const { overview, error, send } = useOverview();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="as-of" id="data-as-of">
        {t('dataAsOf', formatDay(ui, DATASET_AS_OF))}
      </p>
      <ErrorAlert message={error === undefined ? undefined : t('popupLoadError', error)} />
      <LockedNote overview={overview} />
      <PolicyProblems overview={overview} />
      {overview !== undefined && <CountriesSection overview={overview} send={send} />}
      {overview !== undefined && <CategoriesSection overview={overview} send={send} />}
      <PreviewSection preview={overview?.preview ?? null} countries={overview?.countries ?? []} onSet={(at) => send({ type: 'ui-bg/set-preview', at })} />
      {overview !== undefined && <SitesSection overview={overview} send={send} />}
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
