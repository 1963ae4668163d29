/**
 * The open card's phrases marked in the draft with the CSS Custom Highlight
 * API (extension/content/highlight.ts), in Chromium and Firefox, on a plain
 * contenteditable, a rich editor (Lexical) and an editor two shadow roots
 * deep: while the card is open the document's highlight registry holds ranges
 * over exactly the phrase in the editor's text, and the tree holding the
 * editor has adopted the `::highlight()` rule; once the card closes both are
 * gone. A MutationObserver on the editor sees nothing happen in it throughout,
 * and its HTML is what the user's typing made. After the text changes, the
 * card marks the phrase where it is now.
 */
import type { PageDriver } from './support/harness.ts';
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, waitForBadge } from './support/flows.ts';

const HIGHLIGHT_NAME = 'silence-guard-evidence';
const PHRASE = '#MacronLeaks';

/** How to reach each page's editor: CSS selectors, each but the last naming a shadow host to enter. */
const PAGES = [
  { name: 'contenteditable', url: `${FIXTURES}/contenteditable.html`, path: ['#composer'] },
  { name: 'lexical', url: `${FIXTURES}/build/lexical.html`, path: ['#composer'] },
  { name: 'shadow', url: `${FIXTURES}/build/shadow.html`, path: ['fixture-composer', 'inner-editor', '#composer'] },
];

interface EditorState {
  /** The text each range of our highlight covers, or null when the registry has no entry. */
  readonly marked: string[] | null;
  /** Whether every range lies in the editor's text. */
  readonly inEditor: boolean;
  /** Where the first range starts in the editor's text (textContent offset), and where its words are in that text. */
  readonly firstAt: number;
  readonly wordsAt: number;
  /** Style sheets adopted by the editor's tree that hold a ::highlight() rule for our name. */
  readonly sheets: number;
  readonly html: string;
  /** Mutation records seen in the editor since observeEditor. */
  readonly mutations: number;
}

/** Runs in the page (self-contained: no helper outside it, see notes on tsx). */
const readEditor = ({ path, name }: { path: string[]; name: string }): EditorState => {
  let scope: Document | ShadowRoot = document;
  let editor: Element | null = null;
  for (const selector of path) {
    editor = scope.querySelector(selector);
    if (editor?.shadowRoot) scope = editor.shadowRoot;
  }
  if (editor === null) throw new Error(`no editor at ${path.join(' > ')}`);
  const highlight = CSS.highlights.get(name);
  const ranges = highlight === undefined ? [] : ([...highlight] as Range[]);
  const root = editor.getRootNode() as Document | ShadowRoot;
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let firstAt = -1;
  let offset = 0;
  for (let node = walker.nextNode(); node !== null && ranges[0] !== undefined; node = walker.nextNode()) {
    if (node === ranges[0].startContainer) firstAt = offset + ranges[0].startOffset;
    offset += (node as Text).data.length;
  }
  return {
    marked: highlight === undefined ? null : ranges.map((r) => r.toString()),
    inEditor: ranges.every((r) => editor.contains(r.startContainer) && editor.contains(r.endContainer)),
    firstAt,
    wordsAt: ranges[0] === undefined ? -1 : (editor.textContent ?? '').indexOf(ranges[0].toString()),
    sheets: root.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(`::highlight(${name})`))).length,
    html: editor.innerHTML,
    mutations: (window as unknown as { editorMutations?: number }).editorMutations ?? -1,
  };
};

/** Runs in the page: counts every change to the editor's subtree from now on. */
const observeEditor = (path: string[]): void => {
  let scope: Document | ShadowRoot = document;
  let editor: Element | null = null;
  for (const selector of path) {
    editor = scope.querySelector(selector);
    if (editor?.shadowRoot) scope = editor.shadowRoot;
  }
  if (editor === null) throw new Error(`no editor at ${path.join(' > ')}`);
  const counter = window as unknown as { editorMutations: number };
  counter.editorMutations = 0;
  new MutationObserver((records) => (counter.editorMutations += records.length)).observe(editor, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
};

const focusEditor = ({ path }: { path: string[] }): void => {
  let scope: Document | ShadowRoot = document;
  let editor: Element | null = null;
  for (const selector of path) {
    editor = scope.querySelector(selector);
    if (editor?.shadowRoot) scope = editor.shadowRoot;
  }
  (editor as HTMLElement).focus();
};

for (const { name, url, path } of PAGES) {
  test(`${name}: the open card's phrase is marked in the draft without touching the editor`, async ({ silenceHarness }) => {
    const page: PageDriver = await silenceHarness.newPage(url);
    const read = () => page.evaluate(readEditor, { path, name: HIGHLIGHT_NAME });
    try {
      await page.waitFor(() => document.readyState === 'complete' && (window.fixture === undefined || window.fixture.ready), null);
      await page.evaluate(focusEditor, { path });
      await page.type(`Tout est là : ${PHRASE}`);
      await waitForBadge(page, true);
      const typed = await read();
      expect(typed.marked, 'no mark before the card opens').toBeNull();
      expect(typed.sheets).toBe(0);

      await page.evaluate(observeEditor, path);
      await badge(page).click();
      await card(page).waitFor();
      const open = await read();
      // The phrase the detector found, as the card lists it (the leak's wording around the hashtag included).
      expect(open.marked).toEqual([expect.stringContaining(PHRASE)]);
      expect(await card(page).text()).toContain(open.marked?.[0]);
      expect(open.inEditor).toBe(true);
      expect(open.firstAt).toBe(open.wordsAt);
      expect(open.sheets).toBe(1);

      await page.press('Escape');
      await card(page).waitFor('absent');
      const closed = await read();
      expect(closed.marked).toBeNull();
      expect(closed.sheets).toBe(0);
      expect(closed.html).toBe(typed.html);
      expect(closed.mutations, 'changes the editor saw while the card was open and closed').toBe(0);

      // The text moves on: the next open card marks the phrase where it is now.
      await page.evaluate(focusEditor, { path });
      await page.pressWithControl('a');
      await page.type(`Bonjour. Tout est là : ${PHRASE}`);
      await expect.poll(async () => (await read()).html).not.toBe(typed.html);
      await waitForBadge(page, true);
      await badge(page).click();
      await card(page).waitFor();
      const moved = await read();
      expect(moved.marked).toEqual(open.marked);
      expect(moved.firstAt).toBe('Bonjour. '.length);
      expect(moved.firstAt).toBe(moved.wordsAt);
    } finally {
      await page.close();
    }
  });
}
