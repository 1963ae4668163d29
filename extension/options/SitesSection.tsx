import { t } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { describedBy, isLocked } from '../shared/ui/locked.tsx';
import type { SendChange } from '../shared/ui/use-overview.ts';

/** The sites where the user switched warnings off, each with a way to turn them back on. Hidden while there are none; disabled when an organisation's policy sets them. */
export function SitesSection({ overview, send }: { overview: Overview; send: SendChange }) {
  const sites = overview.disabledSites;
  const locked = isLocked(overview, 'disabledSites');
  if (sites.length === 0) return null;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <ul id="disabled-sites">
        {sites.map((host) => (
          <li key={host}>
            {host}{' '}
            <button
              type="button"
              onClick={() => void send({ type: 'ui-bg/enable-site', host })}
              aria-label={t('optionsSitesEnableHost', host)}
              disabled={locked}
              aria-describedby={describedBy(locked)}
            >
              {t('optionsSitesEnable')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
