/**
 * Composer discovery on real editors, in Chromium and Firefox: for each
 * fixture page (built with the real library, see e2e/fixtures/src), a risky
 * draft shows the badge anchored to that composer, the badge follows when the
 * page scrolls, the editor's own text and selection are untouched, and editing
 * the draft away hides it. (Keys and clicks on the badge never reaching the page:
 * one test in badge.spec.ts, since the badge's host is the same on every page.)
 */
import type { PageDriver } from './support/harness.ts';
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { anchored } from './support/anchored.ts';
import { badge, waitForBadge } from './support/flows.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';
const NEUTRAL_DRAFT = 'Belle journée au parc';
const EDITORS = [
  'textarea', 'contenteditable', 'draft', 'lexical', 'prosemirror', 'quill', 'slate', 'ckeditor5', 'tinymce', 'shadow', 'iframe', 'x', 'mastodon', 'gmail',
  // Issue 14: one-line input, plaintext-only, a right-to-left page, closed shadow roots, a one-line editable in a
  // tall box, block editors, a frame the page writes itself and a designMode frame.
  'input', 'plaintext', 'rtl', 'closed-shadow', 'closed-shadow-textarea', 'codemirror', 'editorjs', 'blocks', 'page-written', 'designmode',
];

const editorState = (page: PageDriver) => page.evaluate(() => ({ text: window.fixture.text(), selection: window.fixture.selection() }), null);

for (const editor of EDITORS) {
  test(`${editor}: warns beside the composer without touching the editor`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/build/${editor}.html`);
    try {
      await page.waitFor(() => window.fixture?.ready === true, null, 20_000);
      await page.evaluate(() => window.fixture.focus(), null);
      await page.type(LEAK_DRAFT);
      // Some editors (Lexical) commit their model a moment after the key events.
      await page.waitFor(() => window.fixture.text().includes('#MacronLeaks'), null);
      const typed = await editorState(page);

      await waitForBadge(page, true);
      const composer = await page.evaluate(() => window.fixture.composerRect(), null);
      const box = await badge(page).box();
      const rtl = await page.evaluate(() => getComputedStyle(document.documentElement).direction === 'rtl', null);
      expect(anchored(box, composer, rtl), `badge ${JSON.stringify(box)} at composer ${JSON.stringify(composer)}`).toBe(true);

      // The editor's own model is exactly what the user typed, selection included.
      expect(await editorState(page)).toEqual(typed);

      // The badge follows its composer when the page scrolls.
      await page.evaluate(() => window.scrollBy(0, 80), null);
      await page.waitFor(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), null);
      const movedComposer = await page.evaluate(() => window.fixture.composerRect(), null);
      const movedBadge = await badge(page).box();
      expect(movedComposer.y).toBeLessThan(composer.y);
      expect(Math.abs(movedBadge.y - movedComposer.y - (box.y - composer.y))).toBeLessThanOrEqual(2);

      // Editing the risky words away hides the badge.
      await page.evaluate(() => window.fixture.focus(), null);
      await page.pressWithControl('a');
      await page.type(NEUTRAL_DRAFT);
      await waitForBadge(page, false);
      expect((await editorState(page)).text.trim()).toBe(NEUTRAL_DRAFT);
    } finally {
      await page.close();
    }
  });
}

test('spa: the badge leaves with a replaced composer and comes back on the new one', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/build/spa.html`);
  try {
    await page.waitFor(() => window.fixture?.ready === true, null);
    await page.evaluate(() => window.fixture.focus(), null);
    await page.type(LEAK_DRAFT);
    await waitForBadge(page, true);

    await page.getByRole('button', 'New post').click();
    await waitForBadge(page, false);

    await page.evaluate(() => window.fixture.focus(), null);
    await page.type(LEAK_DRAFT);
    await waitForBadge(page, true);
    const composer = await page.evaluate(() => window.fixture.composerRect(), null);
    expect(anchored(await badge(page).box(), composer)).toBe(true);
  } finally {
    await page.close();
  }
});

test('textarea: after the composer grows, the badge moves to its new corner at the next pause', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/build/textarea.html`);
  try {
    await page.waitFor(() => window.fixture?.ready === true, null);
    await page.evaluate(() => window.fixture.focus(), null);
    await page.type(LEAK_DRAFT);
    await waitForBadge(page, true);
    const before = await badge(page).box();
    // The page grows its composer (as auto-growing composers do); the user goes on typing.
    await page.evaluate(() => {
      (document.querySelector('#composer') as HTMLElement).style.height = '320px';
    }, null);
    await page.type(' !');
    await expect.poll(async () => (await badge(page).box()).y - before.y).toBeGreaterThan(150);
    expect(anchored(await badge(page).box(), await page.evaluate(() => window.fixture.composerRect(), null))).toBe(true);
  } finally {
    await page.close();
  }
});
