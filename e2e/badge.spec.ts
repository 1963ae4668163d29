/**
 * The badge's own controls, in both browsers: the card opens and closes from
 * the keyboard without a key reaching the page, "Dismiss" hides the badge for this draft only, "Pause" hides
 * it everywhere until resumed from the popup.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, badge, card, composer, expectQuietAfter, heardByPage, pageWithBadge, waitForBadge, writeInComposer } from './support/flows.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

test('Enter, Space, Escape and clicks work the badge and its card, and none of them reaches the page', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);
  // The click into the composer that started the draft was the page's to hear.
  const before = await heardByPage(page);

  // Enter on the badge opens the card; Escape closes it and puts the user back in the composer.
  await badge(page).focus();
  await page.press('Enter');
  await card(page).waitFor();
  expect((await badge(page).state()).expanded).toBe(true);
  await page.press('Escape');
  await card(page).waitFor('absent');
  expect((await badge(page).state()).expanded).toBe(false);
  expect((await composer(page).state()).focused).toBe(true);

  // Space opens it too; Enter on the card's Close button closes it.
  await badge(page).focus();
  await page.press('Space');
  await card(page).waitFor();
  await card(page).getByRole('button', message('panelClose')).focus();
  await page.press('Enter');
  await card(page).waitFor('absent');
  expect((await composer(page).state()).focused).toBe(true);

  // And the mouse: a click on the badge opens it, one on Close closes it.
  await badge(page).click();
  await card(page).getByRole('button', message('panelClose')).click();
  await card(page).waitFor('absent');

  // The page, which posts on Enter anywhere and listens to every key and click, heard none of it, and the draft is as typed.
  expect(await heardByPage(page)).toEqual(before);
  expect(before.posts).toBe(0);
  expect(await composer(page).value()).toBe(LEAK_DRAFT);

  // Positive control: the same keys on the page's own Post button do reach it.
  await page.getByRole('button', 'Post').focus();
  await page.press('Enter');
  await expect.poll(async () => (await heardByPage(page)).posts).toBeGreaterThan(0);
});

test('dismiss hides the badge for this draft until it says something new', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  await badge(page).click();
  await card(page).getByRole('button', message('panelDismiss')).click();
  await waitForBadge(page, false);
  // More of the same draft keeps it dismissed…
  await expectQuietAfter(page, async () => {
    await writeInComposer(page, ' encore');
  });
  // …until the draft adds another kind of risk.
  await page.type(' Sondage : Macron 62 %, Le Pen 38 %');
  await waitForBadge(page, true);
});

test('pause hides the badge in every tab until "Resume now" in the popup', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  await badge(page).click();
  await card(page).getByRole('button', message('panelSnooze')).click();
  await waitForBadge(page, false);
  // Pause, like Dismiss and Close, puts the user back in the composer (not on the page's body).
  expect((await composer(page).state()).focused).toBe(true);
  const other = await harness.newPage(`${FIXTURES}/contenteditable.html`);
  // The pause holds in another tab too: the background answers "inactive" until it ends.
  await expectQuietAfter(
    other,
    async () => {
      await writeInComposer(other, LEAK_DRAFT, 'Votre message');
    },
    'Votre message',
  );

  // The popup says warnings are paused, and "Resume now" brings them back (the positive control).
  const popup = await harness.extensionPage(POPUP_PATH);
  await popup.getByRole('button', message('popupResume')).click();
  await popup.getByRole('button', message('popupResume')).waitFor('absent');
  await writeInComposer(other, '!', 'Votre message');
  await waitForBadge(other, true);
});

test('the card lists a few phrases, each once, and counts the rest', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`, '#MacronLeaks un, #EmmanuelMacronLeaks deux, #MacronLeak trois, #LeaksMacron quatre. #MacronLeaks');
  await badge(page).click();
  const text = await card(page).text();
  expect(text.split(message('panelDetected', '').trim()).length - 1).toBe(3);
  expect(text.split(message('panelDetected', '#MacronLeaks')).length - 1).toBe(1);
  expect(text).toContain(message('panelMorePhrases', '1'));
});
