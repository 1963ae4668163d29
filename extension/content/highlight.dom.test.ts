import { afterEach, describe, expect, it } from 'vitest';
import { markedPhrases, phraseRanges } from './highlight.ts';

function editor(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('#editor') as HTMLElement;
}

/** What each range covers, in order. */
const covered = (ranges: readonly Range[]) => ranges.map((r) => r.toString());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('phraseRanges', () => {
  it('covers each occurrence of a phrase in a plain contenteditable', () => {
    const composer = editor('<div id=editor contenteditable>#MacronLeaks ici, et encore #macronleaks</div>');
    const ranges = phraseRanges(composer, ['#MacronLeaks']);
    expect(covered(ranges)).toEqual(['#MacronLeaks', '#macronleaks']);
    expect(ranges[0]?.startContainer).toBe(composer.firstChild);
    expect(ranges[0]?.startOffset).toBe(0);
    expect(ranges[1]?.startOffset).toBe('#MacronLeaks ici, et encore '.length);
  });

  it('spans text nodes split by inline formatting', () => {
    const composer = editor('<div id=editor contenteditable><p>Sondage : <b>Macron</b> 62&nbsp;%, Le Pen 38 %</p></div>');
    const ranges = phraseRanges(composer, ['Macron 62 %']);
    expect(covered(ranges)).toEqual(['Macron 62\u00a0%']);
    expect(ranges[0]?.startContainer.parentElement?.tagName).toBe('B');
  });

  it('matches a phrase across a line break between blocks, where innerText has a newline', () => {
    const composer = editor('<div id=editor contenteditable><p>Votez</p><p>Macron dimanche</p></div>');
    expect(covered(phraseRanges(composer, ['Votez\nMacron']))).toEqual(['VotezMacron']);
    // Two blocks never join into one word.
    expect(phraseRanges(composer, ['VotezMacron'])).toEqual([]);
  });

  it('follows the text as it is now, not as it was checked', () => {
    const composer = editor('<div id=editor contenteditable><p>#MacronLeaks</p></div>');
    expect(covered(phraseRanges(composer, ['#MacronLeaks']))).toEqual(['#MacronLeaks']);
    composer.innerHTML = '<p>Avant tout : le fichier</p><p>est là <i>#Macron</i>Leaks</p>';
    const ranges = phraseRanges(composer, ['#MacronLeaks']);
    expect(covered(ranges)).toEqual(['#MacronLeaks']);
    expect(ranges[0]?.startContainer.parentElement?.tagName).toBe('I');
    composer.textContent = 'Rien à signaler';
    expect(phraseRanges(composer, ['#MacronLeaks'])).toEqual([]);
  });

  it('leaves out non-editable islands and, in a block editor, everything but its blocks', () => {
    const composer = editor(
      '<div id=editor><div contenteditable>Sondage Ipsos</div><button>Sondage</button>' +
        '<div contenteditable>mention <span contenteditable=false>Sondage</span> fin</div></div>',
    );
    const ranges = phraseRanges(composer, ['Sondage']);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]?.startContainer).toBe(composer.firstElementChild?.firstChild);
  });

  it('works inside a shadow root', () => {
    document.body.innerHTML = '<x-editor></x-editor>';
    const root = (document.querySelector('x-editor') as HTMLElement).attachShadow({ mode: 'closed' });
    root.innerHTML = '<div contenteditable>Résultats : Macron 65,8 %</div>';
    const composer = root.firstElementChild as HTMLElement;
    const ranges = phraseRanges(composer, ['Macron 65,8 %']);
    expect(covered(ranges)).toEqual(['Macron 65,8 %']);
    expect(ranges[0]?.startContainer.getRootNode()).toBe(root);
  });

  it('treats the phrase as text, not as a pattern', () => {
    const composer = editor('<div id=editor contenteditable>Macron (62 %) ou Macron 62 %</div>');
    expect(covered(phraseRanges(composer, ['(62 %)']))).toEqual(['(62 %)']);
    expect(phraseRanges(composer, ['.*'])).toEqual([]);
  });

  it('orders ranges as in the draft and ignores blank phrases', () => {
    const composer = editor('<div id=editor contenteditable>sondage puis #MacronLeaks puis sondage</div>');
    expect(covered(phraseRanges(composer, ['#MacronLeaks', 'sondage', ' ']))).toEqual(['sondage', '#MacronLeaks', 'sondage']);
  });
});

describe('markedPhrases', () => {
  it('keeps the phrases of the categories in force, each once, the longest of overlapping ones', () => {
    const evidence = [
      { category: 'leak', start: 0, end: 12, text: '#MacronLeaks' },
      { category: 'leak', start: 1, end: 7, text: 'Macron' },
      { category: 'campaign', start: 20, end: 25, text: 'votez' },
      { category: 'poll', start: 30, end: 41, text: 'Macron 62 %' },
    ] as const;
    expect(markedPhrases(evidence, new Set(['leak', 'poll']))).toEqual(['#MacronLeaks', 'Macron 62 %']);
  });
});
