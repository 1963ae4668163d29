/**
 * The walking skeleton, end to end in Chromium and Firefox: a #MacronLeaks
 * draft during France's 2017 silence shows the badge; it goes when France is
 * switched off, when the date is outside the window, and when the draft no
 * longer matches.
 */
import { expect, FIXTURES, test } from './support/fixtures.ts';
import { badge, card, composer, expectQuietAfter, pageWithBadge, setCountry, setPreviewDate, waitForBadge, writeInComposer } from './support/flows.ts';
import { message } from './support/messages.ts';

const INSIDE_SILENCE = '2017-05-06T12:00+02:00';
const AFTER_ELECTION = '2017-05-08T12:00+02:00';
const LEAK_DRAFT = 'Tout est là, lisez vite : #MacronLeaks';


test('a leak draft in a textarea during the silence shows the badge, whose card explains the phrase and the law', async ({ harness }) => {
  await setPreviewDate(harness, INSIDE_SILENCE);
  await setCountry(harness, 'France', true);

  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await writeInComposer(page, LEAK_DRAFT);
  await waitForBadge(page, true);
  expect(await badge(page).text()).toContain(message('badgeWarning'));

  // Opening the badge explains the phrase, the law and the window, without touching the draft.
  await badge(page).click();
  const text = await card(page).text();
  expect(text).toContain('#MacronLeaks');
  expect(text).toContain('Code électoral, art. L49');
  expect(await composer(page).value()).toBe(LEAK_DRAFT);
});

test('switching France off hides the badge', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);
  await setCountry(harness, 'France', false);
  await waitForBadge(page, false);
});

test('no badge outside the window; the same draft warns once the clock is inside it', async ({ harness }) => {
  await setCountry(harness, 'France', true);
  await setPreviewDate(harness, AFTER_ELECTION);

  const page = await harness.newPage(`${FIXTURES}/contenteditable.html`);
  await expectQuietAfter(page, () => writeInComposer(page, LEAK_DRAFT, 'Votre message'), 'Votre message');

  // Positive control: the same draft warns once the clock is inside the window.
  await setPreviewDate(harness, INSIDE_SILENCE);
  await waitForBadge(page, true);
});

test('the badge goes when the draft stops matching, and stays away for a neutral draft', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/contenteditable.html`, LEAK_DRAFT, 'Votre message');

  // Editing the risky part away (select all, type over it) hides the badge.
  await expectQuietAfter(
    page,
    async () => {
      await page.pressWithControl('a');
      await page.type('Belle journée pour une balade au parc.');
    },
    'Votre message',
  );
  expect((await composer(page, 'Votre message').value()).trim()).toBe('Belle journée pour une balade au parc.');
});
