/**
 * The moment before the silence: at Friday 5 May 2017, 23:30 Paris time, just
 * after the #MacronLeaks dump and thirty minutes before France's silence, a
 * leak post gets an amber caution with the countdown to the silence's start.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, setCountry, setPreviewDate } from './support/flows.ts';

test('half an hour before the silence, a leak draft gets a caution counting down to its start', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-05T23:30+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await page.focus('#composer');
  await page.type('Tout est là : #MacronLeaks');
  const caution = badge(page, 'badgeSoonLabel');
  await caution.waitFor();
  expect(await caution.text()).toContain('Silence soon');

  await caution.click();
  const text = await card(page, 'panelTitleSoon').text();
  expect(text).toContain('starts soon');
  expect(text).toMatch(/Starts in (30|29) minutes/);
});
