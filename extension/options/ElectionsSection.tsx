import { localized } from '../../src/rules/localize.ts';
import type { Election } from '../../src/rules/schema.ts';
import { countryName } from '../shared/format.ts';
import { t, ui } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { describedBy, isLocked } from '../shared/ui/locked.tsx';
import { ElectionForm } from './ElectionForm.tsx';

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
  const locked = isLocked(overview, 'customElections');

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
      <ElectionForm overview={overview} onAdd={onAdd} />
    </section>
  );
}
