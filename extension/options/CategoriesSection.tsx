import { CATEGORIES, type Category } from '../../src/detect/categories.ts';
import { type MessageKey, t } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { Switch } from '../shared/ui/Switch.tsx';
import { isLocked } from '../shared/ui/locked.tsx';
import type { SendChange } from '../shared/ui/use-overview.ts';

const CATEGORY_LABEL: Record<Category, MessageKey> = {
  leak: 'optionsCategoryLeak',
  poll: 'optionsCategoryPoll',
  campaign: 'optionsCategoryCampaign',
};

const CATEGORY_HELP: Record<Category, MessageKey> = {
  leak: 'optionsCategoryLeakHelp',
  poll: 'optionsCategoryPollHelp',
  campaign: 'optionsCategoryCampaignHelp',
};

/** Which kinds of finding warn: a kind switched off never shows the badge. All disabled when an organisation's policy locks them. */
export function CategoriesSection({ overview, send }: { overview: Overview; send: SendChange }) {
  const locked = isLocked(overview, 'categories');
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('optionsCategoriesHeading')}</h2>
      <ul class="switches">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <Switch
              id={`category-${category}`}
              label={t(CATEGORY_LABEL[category])}
              description={t(CATEGORY_HELP[category])}
              checked={overview.categories[category]}
              locked={locked}
              onChange={(enabled) => void send({ type: 'ui-bg/set-category', category, enabled })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
