/**
 * What in an organisation's policy could not be applied (managed.ts drops each
 * bad entry with its reason), shown in the popup and the settings page: a user
 * whose organisation meant to watch "XX" would otherwise believe it is watched.
 * Not an alert: the rest of the policy applies and nothing is for the user to
 * fix, so the section says so and lists the entries for whoever manages the
 * browser. The reasons are written for that administrator, in English, with
 * the policy's own field names (`countries[1]`), so the list is marked lang="en".
 */
import { t } from '../i18n.ts';
import type { Overview } from '../messages.ts';

const HEADING_ID = 'policy-problems-heading';

export function PolicyProblems({ overview }: { overview: Overview | undefined }) {
  const problems = overview?.managed?.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <section class="notice policy-problems" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('managedProblemsHeading')}</h2>
      <p>{t('managedProblemsIntro')}</p>
      <ul lang="en" dir="ltr">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}
