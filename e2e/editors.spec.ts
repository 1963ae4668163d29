/**
 * Composer discovery on real editors, in Chromium and Firefox: for each
 * fixture page (built with the real library, see e2e/fixtures/src), a risky
 * draft shows the badge anchored to that composer, the badge follows when the
 * page scrolls, the editor's own text and selection are untouched, Enter and
 * clicks on the badge never reach the page, and editing the draft away hides it.
 */
import type { PageDriver } from './support/harness.ts';
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { waitForBadge } from './support/flows.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';
const NEUTRAL_DRAFT = 'Belle journée au parc';
const EDITORS = ['textarea', 'contenteditable', 'draft', 'lexical', 'prosemirror', 'quill', 'slate', 'ckeditor5', 'tinymce', 'shadow', 'iframe', 'x', 'mastodon', 'gmail'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The badge's pill box in top-level viewport coordinates, looking into same-origin frames; null if hidden. */
function badgeBox(page: PageDriver): Promise<Box | null> {
  return page.evaluate(() => {
    const search = (doc: Document, dx: number, dy: number): Box | null => {
      const pill = doc.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.pill');
      if (pill) {
        const r = pill.getBoundingClientRect();
        return r.width > 0 ? { x: r.x + dx, y: r.y + dy, width: r.width, height: r.height } : null;
      }
      for (const frame of doc.querySelectorAll('iframe')) {
        const inner = frame.contentDocument;
        if (!inner) continue;
        const r = frame.getBoundingClientRect();
        const found = search(inner, dx + r.x, dy + r.y);
        if (found) return found;
      }
      return null;
    };
    return search(document, 0, 0);
  }, null);
}

/** Runs `action` on the badge's pill wherever it is (top document or a frame). */
function onPill(page: PageDriver, action: 'click' | 'focus'): Promise<void> {
  return page.evaluate((what: string) => {
    const search = (doc: Document): HTMLElement | null =>
      (doc.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.pill') as HTMLElement | null) ??
      [...doc.querySelectorAll('iframe')].map((f) => (f.contentDocument ? search(f.contentDocument) : null)).find(Boolean) ??
      null;
    const pill = search(document);
    if (!pill) throw new Error('no badge');
    if (what === 'click') pill.click();
    else pill.focus();
  }, action);
}

const editorState = (page: PageDriver) => page.evaluate(() => ({ text: window.fixture.text(), selection: window.fixture.selection() }), null);
const counters = (page: PageDriver) =>
  page.evaluate(() => ({ submissions: window.fixture.submissions, enters: window.fixture.pageEnters, clicks: window.fixture.pageClicks }), null);

/**
 * At the composer's bottom-right corner: inside it when the composer is tall
 * enough, just below it for a one-line field; right edges aligned.
 */
function anchored(badge: Box, composer: Box): boolean {
  const rightAligned = Math.abs(badge.x + badge.width - (composer.x + composer.width)) <= 12;
  const top = badge.y >= composer.y - 2 && badge.y <= composer.y + composer.height + 12;
  return rightAligned && top;
}

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
      const badge = (await badgeBox(page)) as Box;
      expect(anchored(badge, composer), `badge ${JSON.stringify(badge)} at composer ${JSON.stringify(composer)}`).toBe(true);

      // The editor's own model is exactly what the user typed, selection included.
      expect(await editorState(page)).toEqual(typed);

      // The badge follows its composer when the page scrolls.
      await page.evaluate(() => window.scrollBy(0, 80), null);
      await page.waitFor(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), null);
      const movedComposer = await page.evaluate(() => window.fixture.composerRect(), null);
      const movedBadge = (await badgeBox(page)) as Box;
      expect(movedComposer.y).toBeLessThan(composer.y);
      expect(Math.abs(movedBadge.y - movedComposer.y - (badge.y - composer.y))).toBeLessThanOrEqual(2);

      // Clicking the badge and pressing Enter on it stay inside the badge.
      const before = await counters(page);
      await onPill(page, 'click');
      await onPill(page, 'focus');
      await page.press('Enter');
      await page.press('Enter');
      expect(await counters(page)).toEqual(before);
      expect(before.submissions).toBe(0);
      expect((await editorState(page)).text).toBe(typed.text);

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

    await page.click('#new-post');
    await waitForBadge(page, false);

    await page.evaluate(() => window.fixture.focus(), null);
    await page.type(LEAK_DRAFT);
    await waitForBadge(page, true);
    const composer = await page.evaluate(() => window.fixture.composerRect(), null);
    expect(anchored((await badgeBox(page)) as Box, composer)).toBe(true);
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
    const before = (await badgeBox(page)) as Box;
    await page.evaluate(() => {
      (document.querySelector('#composer') as HTMLElement).style.height = '320px';
    }, null);
    await page.type(' !');
    const deadline = Date.now() + 5000;
    let after = (await badgeBox(page)) as Box;
    while (after.y - before.y < 150 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = (await badgeBox(page)) as Box;
    }
    expect(anchored(after, await page.evaluate(() => window.fixture.composerRect(), null))).toBe(true);
    expect(after.y - before.y).toBeGreaterThan(150);
  } finally {
    await page.close();
  }
});
