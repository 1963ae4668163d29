/**
 * Composer patterns of issue 14 beyond "type and see the badge" (that part is
 * in editors.spec.ts for every fixture): a block editor is one composer, a
 * TipTap editable one line tall gets its badge at the corner of the box around
 * it, a frame the page writes again is still covered, and the page learns nothing
 * from the old page-visible frame "claim" event. Chromium and Firefox.
 */
import { anchored } from './support/anchored.ts';
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, composer, waitForBadge, writeInComposer } from './support/flows.ts';
import { message } from './support/messages.ts';

const LEAK = '#MacronLeaks';
/** A second risky phrase, of another category, for the second block. */
const CALL = 'Votez Macron';

for (const editor of ['editorjs', 'blocks']) {
  test(`${editor}: a new block keeps the warning, and the whole editor's text is read`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/build/${editor}.html`);
    try {
      await page.waitFor(() => window.fixture?.ready === true, null, 20_000);
      await page.evaluate(() => window.fixture.focus(), null);
      await page.type(`${LEAK} un`);
      await waitForBadge(page, true);
      // From here on, the badge must not leave the page, not even for a moment.
      expect(await page.evaluate(() => window.fixture.watchAddedElements(), null)).toBeGreaterThan(0);

      // Enter starts a new block and moves focus into it.
      await page.press('Enter');
      await page.waitFor(() => window.fixture.text().split('\n').length === 2, null);
      await page.type(`${CALL} dimanche !`);
      await page.waitFor(() => window.fixture.text().includes('dimanche'), null);
      expect((await page.evaluate(() => window.fixture.text(), null)).split('\n').filter((line) => line.trim() !== '')).toEqual([`${LEAK} un`, `${CALL} dimanche !`]);

      // The card names the phrase of each block: the draft is the editor's, not the focused block's.
      await badge(page).click();
      await expect
        .poll(async () => {
          const text = await card(page).text();
          return [LEAK, CALL].map((phrase) => text.includes(message('panelDetected', phrase)));
        })
        .toEqual([true, true]);
      expect(await page.evaluate(() => window.fixture.addedElementsRemoved, null)).toBe(0);
      const box = await page.evaluate(() => window.fixture.composerRect(), null);
      expect(anchored(await badge(page).box(), box)).toBe(true);
    } finally {
      await page.close();
    }
  });
}

test('tiptap: the badge sits at the corner of the framed box around the one-line editable, and its card opens', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/build/tiptap.html`);
  try {
    // A click, as a user does (TipTap's own focus() defers the view's focus to the next frame).
    await writeInComposer(page, LEAK);
    await expect.poll(() => composer(page).value()).toBe(LEAK);
    await waitForBadge(page, true);

    // The editable is one line tall; the box the user sees is the framed one around it.
    const editable = (await composer(page).box()).height;
    const box = await page.getByRole('group', 'Post editor').box();
    expect(editable).toBeLessThan(box.height / 3);
    expect(anchored(await badge(page).box(), box), `badge at the corner of ${JSON.stringify(box)}`).toBe(true);

    await badge(page).click();
    expect(await card(page).text()).toContain(message('panelDetected', LEAK));
    expect(await composer(page).value()).toBe(LEAK);
  } finally {
    await page.close();
  }
});

test('page-written frame: written again while the user is in it, it is still covered', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/build/page-written.html`);
  try {
    await page.waitFor(() => window.fixture?.ready === true, null);
    await page.evaluate(() => window.fixture.focus(), null);
    await page.type(LEAK);
    await waitForBadge(page, true);

    // The page writes its frame again (document.open() erases every listener there); focus stays in the frame.
    await page.evaluate(() => window.fixture.rewrite?.(), null);
    await waitForBadge(page, false);
    await page.evaluate(() => window.fixture.focus(), null);
    expect(await page.evaluate(() => document.activeElement?.tagName, null)).toBe('IFRAME');
    await page.type(`Encore : ${LEAK}`);
    await page.waitFor(() => window.fixture.text().includes('Encore'), null);
    await waitForBadge(page, true);
    expect(anchored(await badge(page).box(), await page.evaluate(() => window.fixture.composerRect(), null))).toBe(true);
  } finally {
    await page.close();
  }
});

test('a page dispatching the old silence-guard:claim event learns nothing', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/build/iframe.html`);
  try {
    // Positive control: the extension runs on this page and covers its frame.
    await writeInComposer(page, LEAK);
    await waitForBadge(page, true);

    const answers = await page.evaluate(() => {
      const frame = document.querySelector('iframe') as HTMLIFrameElement;
      return [document, frame.contentDocument as Document].map((doc) => {
        const event = new CustomEvent('silence-guard:claim', { cancelable: true, bubbles: true, composed: true });
        return doc.dispatchEvent(event) && !event.defaultPrevented;
      });
    }, null);
    expect(answers).toEqual([true, true]);
  } finally {
    await page.close();
  }
});
