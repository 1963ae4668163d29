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
import { badge, composer, waitForBadge, writeInComposer } from './support/flows.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';
const NEUTRAL_DRAFT = 'Belle journée au parc';
/** What the user then types on, right after the badge showed: it lands after the draft, so the caret was left where it was. */
const MORE = ' !';
/** Fixture pages whose composer is not labelled "Your post", as their real counterparts name theirs. */
const NAMES: Readonly<Record<string, string>> = {
  x: 'Post text',
  gmail: 'Message Body',
  mastodon: 'What is on your mind?',
  input: 'Post',
  rtl: 'منشور',
  'closed-shadow': 'Post',
  'closed-shadow-textarea': 'Post',
  // CKEditor 5 adds its help hint to the label the page gives (config.label).
  ckeditor5: 'Your post. Press Alt+0 for help.',
};
/** Fixtures where the box the user sees (a framed group named "Post editor") is not the editable itself. */
const FRAMED = new Set(['draft', 'prosemirror', 'quill', 'slate', 'codemirror']);
const EDITORS = [
  'textarea', 'contenteditable', 'draft', 'lexical', 'prosemirror', 'quill', 'slate', 'ckeditor5', 'shadow', 'iframe', 'x', 'mastodon', 'gmail',
  // Issue 14: one-line input, plaintext-only, a right-to-left page, closed shadow roots, a one-line editable in a tall box.
  'input', 'plaintext', 'rtl', 'closed-shadow', 'closed-shadow-textarea', 'codemirror',
];
// Issue 14's block editors and frames whose body is the editor still use the page's window.fixture.
const FIXTURE_API_EDITORS = ['tinymce', 'editorjs', 'blocks', 'page-written', 'designmode'];

/** The box the user sees as the composer: the framed group around the editable, or the editable itself. */
const composerBox = (page: PageDriver, editor: string) => (FRAMED.has(editor) ? page.getByRole('group', 'Post editor') : composer(page, NAMES[editor])).box();

for (const editor of EDITORS) {
  test(`${editor}: warns beside the composer without touching the editor`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/build/${editor}.html`);
    const field = composer(page, NAMES[editor]);
    try {
      // The editor labels its composer once it has set it up.
      await field.waitFor('present', 20_000);
      await field.click();
      await page.type(LEAK_DRAFT);
      // Some editors (Lexical) render what was typed a moment after the key events.
      await expect.poll(() => field.value()).toBe(LEAK_DRAFT);

      await waitForBadge(page, true);
      const composerAt = await composerBox(page, editor);
      const box = await badge(page).box();
      const rtl = await page.evaluate(() => getComputedStyle(document.documentElement).direction === 'rtl', null);
      expect(anchored(box, composerAt, rtl), `badge ${JSON.stringify(box)} at composer ${JSON.stringify(composerAt)}`).toBe(true);

      // The badge took nothing from the editor: the user goes on typing where they were, and the draft is both parts.
      await page.type(MORE);
      await expect.poll(() => field.value()).toBe(LEAK_DRAFT + MORE);

      // The badge follows its composer when the page scrolls.
      await page.evaluate(() => window.scrollBy(0, 80), null);
      await page.waitFor(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), null);
      const movedComposer = await composerBox(page, editor);
      const movedBadge = await badge(page).box();
      expect(movedComposer.y).toBeLessThan(composerAt.y);
      expect(Math.abs(movedBadge.y - movedComposer.y - (box.y - composerAt.y))).toBeLessThanOrEqual(2);

      // Editing the risky words away hides the badge.
      await field.click();
      await page.pressWithControl('a');
      await page.type(NEUTRAL_DRAFT);
      await waitForBadge(page, false);
      expect((await field.value()).trim()).toBe(NEUTRAL_DRAFT);
    } finally {
      await page.close();
    }
  });
}

const editorState = (page: PageDriver) => page.evaluate(() => ({ text: window.fixture.text(), selection: window.fixture.selection() }), null);

for (const editor of FIXTURE_API_EDITORS) {
  test(`${editor}: warns beside the composer without touching the editor`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/build/${editor}.html`);
    try {
      await page.waitFor(() => window.fixture?.ready === true, null, 20_000);
      await page.evaluate(() => window.fixture.focus(), null);
      await page.type(LEAK_DRAFT);
      await page.waitFor(() => window.fixture.text().includes('#MacronLeaks'), null);
      const typed = await editorState(page);

      await waitForBadge(page, true);
      const composerAt = await page.evaluate(() => window.fixture.composerRect(), null);
      const box = await badge(page).box();
      expect(anchored(box, composerAt), `badge ${JSON.stringify(box)} at composer ${JSON.stringify(composerAt)}`).toBe(true);

      // The editor's own model is exactly what the user typed, selection included.
      expect(await editorState(page)).toEqual(typed);

      // The badge follows its composer when the page scrolls.
      await page.evaluate(() => window.scrollBy(0, 80), null);
      await page.waitFor(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), null);
      const movedComposer = await page.evaluate(() => window.fixture.composerRect(), null);
      const movedBadge = await badge(page).box();
      expect(movedComposer.y).toBeLessThan(composerAt.y);
      expect(Math.abs(movedBadge.y - movedComposer.y - (box.y - composerAt.y))).toBeLessThanOrEqual(2);

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
    // The page swaps in its labelled composer a moment after load (spa.ts); writeInComposer waits for it.
    await writeInComposer(page, LEAK_DRAFT);
    await waitForBadge(page, true);

    await page.getByRole('button', 'New post').click();
    await waitForBadge(page, false);

    await writeInComposer(page, LEAK_DRAFT);
    await waitForBadge(page, true);
    expect(anchored(await badge(page).box(), await composer(page).box())).toBe(true);
  } finally {
    await page.close();
  }
});

test('textarea: after the composer grows, the badge moves to its new corner at the next pause', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/build/textarea.html`);
  try {
    await writeInComposer(page, LEAK_DRAFT);
    await waitForBadge(page, true);
    const before = await badge(page).box();
    // The page grows its composer (as auto-growing composers do); the user goes on typing.
    await page.evaluate(() => {
      (document.querySelector('#composer') as HTMLElement).style.height = '320px';
    }, null);
    await page.type(' !');
    await expect.poll(async () => (await badge(page).box()).y - before.y).toBeGreaterThan(150);
    expect(anchored(await badge(page).box(), await composer(page).box())).toBe(true);
  } finally {
    await page.close();
  }
});
