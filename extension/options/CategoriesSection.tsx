import { CATEGORIES, type Category } from '../../src/detect/categories.ts';
import { type MessageKey, t } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { describedBy, isLocked } from '../shared/ui/locked.tsx';

const CATEGORY_LABEL: Record<Category, MessageKey> = {
  leak: 'categoryLeak',
  poll: 'categoryPoll',
  campaign: 'categoryCampaign',
};

/** One switch per kind of finding; all disabled when an organisation's policy locks them. */
export function CategoriesSection({ overview, onSet }: { overview: Overview; onSet: (category: Category, enabled: boolean) => Promise<boolean> }) {
  const locked = isLocked(overview, 'categories');
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('optionsCategoriesHeading')}</h2>
      <ul class="countries">
        {CATEGORIES.map((category) => (
          <li class="country" key={category}>
            <input
              id={`category-${category}`}
              type="checkbox"
              role="switch"
              checked={overview.categories[category]}
              disabled={locked}
              aria-describedby={describedBy(locked)}
              onChange={(event) => void onSet(category, event.currentTarget.checked)}
            />
            <label for={`category-${category}`}>
              <span class="name">{t(CATEGORY_LABEL[category])}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
