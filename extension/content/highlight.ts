/**
 * The phrases the open card lists, marked in the draft itself with the CSS
 * Custom Highlight API: a Highlight of Ranges over the editor's text nodes
 * in the document's highlight registry, painted by a `::highlight()` rule.
 * Nothing in the editor changes (no wrapper element, no attribute), so the
 * editor's model, undo history and the post are untouched. Text fields
 * (textarea, input) have no text nodes to range over and are left alone.
 *
 * Shown only while the card is open: the card says what was found and the
 * mark shows where, together. Marking while the badge merely shows would
 * re-colour the user's words as they type, which the badge's quiet, icon-sized
 * design avoids (and the card closes when typing resumes).
 *
 * The page's style sheets cannot be edited, so the `::highlight()` rule lives
 * in a style sheet constructed here and adopted by the tree holding the
 * editor (its document, or its shadow root: a document's rules do not reach
 * into shadow trees), and removed with the mark. The registry is the
 * document's, visible to the page's scripts: they can see which ranges are
 * marked, no more than they can read of their own editor's text.
 */
import type { Evidence } from '../../src/detect/detector.ts';
import { distinctPhrases } from './card.ts';

/** The registry key; also the `::highlight()` argument. */
export const HIGHLIGHT_NAME = 'silence-guard-evidence';

/** Dark text on amber whatever the page's scheme (about 13:1), and an underline for those who cannot tell colours apart. */
const HIGHLIGHT_RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe08a; color: #1f1147; text-decoration: underline 2px #a53a0b; }`;

/** Elements whose start or end breaks a line (innerText puts a line break there). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * Ranges over the composer's text nodes for every occurrence, in its current
 * text, of each phrase given. Recomputed from the DOM each time, so an edited
 * draft is marked where its phrases are now; offsets from an earlier check
 * would point elsewhere once the text moved. A phrase may span several text
 * nodes (part of it bold); whitespace matches any whitespace (innerText and
 * the nodes' text differ there), case is ignored (innerText follows
 * text-transform). Only text the user can edit counts: not a block editor's
 * buttons, nor `contenteditable="false"` islands.
 */
export function phraseRanges(composer: Element, phrases: readonly string[]): Range[] {
  const { text, pieces } = flatten(composer);
  const doc = composer.ownerDocument;
  const ranges: Range[] = [];
  const wanted = [...new Set(phrases.map((p) => p.trim()).filter((p) => p !== ''))];
  for (const phrase of wanted) {
    const pattern = new RegExp(phrase.split(/\s+/).map(escapeRegExp).join('\\s+'), 'giu');
    for (const match of text.matchAll(pattern)) {
      const start = locate(pieces, match.index, false);
      const end = locate(pieces, match.index + match[0].length, true);
      if (start === undefined || end === undefined) continue;
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      ranges.push(range);
    }
  }
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

/** The phrases the card lists: those a rule in force is about, each once (card.ts). */
export function markedPhrases(evidence: readonly Evidence[], categories: ReadonlySet<Evidence['category']>): string[] {
  return distinctPhrases(evidence.filter((e) => categories.has(e.category))).map((e) => e.text);
}

interface Piece {
  readonly node: Text;
  /** Where the node's text starts in the flattened text. */
  readonly at: number;
}

/** The composer's editable text as one string (a line break between blocks), and where each text node sits in it. */
function flatten(composer: Element): { text: string; pieces: Piece[] } {
  const doc = composer.ownerDocument;
  const pieces: Piece[] = [];
  let text = '';
  const walker = doc.createTreeWalker(composer, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const breakLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if (BLOCK_TAGS.has((node as Element).tagName)) breakLine();
      continue;
    }
    const parent = node.parentElement;
    if (parent === null || !editable(composer, parent)) continue;
    // A block's end breaks the line too: text after a closed <p> starts a new one.
    const previous = pieces.at(-1);
    if (previous !== undefined && blockOf(previous.node, composer) !== blockOf(node as Text, composer)) breakLine();
    pieces.push({ node: node as Text, at: text.length });
    text += (node as Text).data;
  }
  return { text, pieces };
}

/** True for text the user writes: inside an editable element of the composer, outside its non-editable islands. */
function editable(composer: Element, element: Element): boolean {
  const island = element.closest('[contenteditable="false"]');
  if (island !== null && composer.contains(island)) return false;
  if (composer.getAttribute('contenteditable') !== null && composer.getAttribute('contenteditable') !== 'false') return true;
  // A block editor's root: only its editable blocks.
  const block = element.closest('[contenteditable]');
  return block !== null && composer.contains(block);
}

function blockOf(node: Text, composer: Element): Element {
  for (let element = node.parentElement; element !== null && element !== composer; element = element.parentElement) {
    if (BLOCK_TAGS.has(element.tagName)) return element;
  }
  return composer;
}

/** The text node and offset at a flattened offset: a start goes into the node beginning there, an end stays in the one ending there. */
function locate(pieces: readonly Piece[], at: number, isEnd: boolean): { node: Text; offset: number } | undefined {
  for (const piece of pieces) {
    const length = piece.node.data.length;
    const inside = isEnd ? at > piece.at && at <= piece.at + length : at >= piece.at && at < piece.at + length;
    if (inside) return { node: piece.node, offset: at - piece.at };
  }
  return undefined;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface HighlightWindow {
  readonly CSS: { readonly highlights?: Map<string, unknown> };
  readonly Highlight?: new (...ranges: Range[]) => unknown;
  readonly CSSStyleSheet: typeof CSSStyleSheet;
}

/**
 * The mark of one open card. `mark` replaces whatever was marked before;
 * `clear` takes the highlight and the style sheet away. A browser without
 * the API gets no mark, and nothing else changes.
 */
export class EvidenceHighlight {
  private marked: { registry: Map<string, unknown>; root: Document | ShadowRoot; sheet: CSSStyleSheet } | undefined;

  mark(composer: Element, phrases: readonly string[]): void {
    this.clear();
    if (composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') return;
    // The composer's own window: a same-origin frame's editor has its frame's registry, and a
    // style sheet can only be adopted by the document it was made for.
    const view = composer.ownerDocument.defaultView as (Window & HighlightWindow) | null;
    const registry = view?.CSS.highlights;
    if (view === null || registry === undefined || view.Highlight === undefined) return;
    const ranges = phraseRanges(composer, phrases);
    if (ranges.length === 0) return;
    const root = composer.getRootNode() as Document | ShadowRoot;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_RULE);
    try {
      root.adoptedStyleSheets.push(sheet);
    } catch {
      return; // a tree that refuses the sheet: no mark rather than an unstyled one
    }
    registry.set(HIGHLIGHT_NAME, new view.Highlight(...ranges));
    this.marked = { registry, root, sheet };
  }

  clear(): void {
    const marked = this.marked;
    if (marked === undefined) return;
    this.marked = undefined;
    marked.registry.delete(HIGHLIGHT_NAME);
    const sheets = marked.root.adoptedStyleSheets;
    const index = sheets.indexOf(marked.sheet);
    if (index >= 0) sheets.splice(index, 1);
  }
}
