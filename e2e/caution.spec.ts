/**
 * The moment before the silence: at Friday 5 May 2017, 23:30 Paris time, just
 * after the #MacronLeaks dump and thirty minutes before France's silence, a
 * leak post gets an amber caution with the countdown to the silence's start.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, setCountry, setPreviewDate, writeInComposer } from './support/flows.ts';

test('half an hour before the silence, a leak draft gets a caution counting down to its start', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-05T23:30+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await writeInComposer(page, 'Tout est là : #MacronLeaks');
  const caution = badge(page, 'badgeSoonLabel');
  await caution.waitFor();
  expect(await caution.text()).toContain('Silence soon');

  await caution.click();
  const text = await card(page, 'panelTitleSoon').text();
  expect(text).toContain('starts soon');
  expect(text).toMatch(/Starts in (30|29) minutes/);
});

test('on voting day before the results may be published, a coded list of figures gets a caution saying why', async ({ harness }) => {
  // Sunday 7 May 2017, 15:00 Paris time: France's results embargo runs until 20:00.
  await setPreviewDate(harness, '2017-05-07T15:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await writeInComposer(page, 'Au marché : poireaux à 54, navets à 46 !');
  const caution = badge(page);
  await caution.waitFor();
  await caution.click();
  const text = await card(page).text();
  expect(text).toContain('a list of figures on voting day');
  expect(text).toContain('poireaux à 54, navets à 46');
});
