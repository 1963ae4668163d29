import { afterEach, describe, expect, it } from 'vitest';
import { composerFrom, coveredByParentFrame, readDraft, shadowRootOf } from './composer.ts';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
const $ = (selector: string) => document.querySelector(selector) as HTMLElement;

afterEach(() => {
  document.body.innerHTML = '';
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('composerFrom', () => {
  it('takes text fields that can be written in, and no others', () => {
    page('<textarea id=a></textarea><textarea id=b readonly></textarea><input id=c><input id=d type=text><input id=e type=password><input id=f type=text role=combobox>');
    expect(composerFrom($('#a'))).toBe($('#a'));
    expect(composerFrom($('#b'))).toBeUndefined();
    expect(composerFrom($('#c'))).toBe($('#c'));
    expect(composerFrom($('#d'))).toBe($('#d'));
    expect(composerFrom($('#e'))).toBeUndefined();
    expect(composerFrom($('#f'))).toBeUndefined();
  });

  it('respects the opt-out attribute', () => {
    page('<div data-silence-guard="off"><textarea id=a></textarea></div>');
    expect(composerFrom($('#a'))).toBeUndefined();
  });

  it('takes the contenteditable root, not the paragraph inside it, plaintext-only included', () => {
    page('<div id=root contenteditable=true><p id=p>x</p></div><div id=plain contenteditable=plaintext-only>y</div>');
    expect(composerFrom($('#p'))).toBe($('#root'));
    expect(composerFrom($('#plain'))).toBe($('#plain'));
  });

  it('takes a block editor whole: the list holding the focused block and its sibling blocks', () => {
    page(`<form><div id=editor>
      <div class=toolbar><button>+</button></div>
      <div id=list>
        <div class=block><div class=content><p id=one contenteditable=true>#MacronLeaks un</p></div></div>
        <div class=block><div class=content><p id=two contenteditable=true>deux</p></div></div>
      </div></div></form>`);
    expect(composerFrom($('#two'))).toBe($('#list'));
    expect(composerFrom($('#one'))).toBe($('#list'));
  });

  it('keeps a lone block, and composers far apart on a page, separate', () => {
    page(`<form><div id=editor><div id=list><div class=block><div class=content><p id=one contenteditable=true>a</p></div></div></div></div></form>
      <section><div><div><div><div><div id=other contenteditable=true>b</div></div></div></div></div></section>`);
    expect(composerFrom($('#one'))).toBe($('#one'));
    expect(composerFrom($('#other'))).toBe($('#other'));
  });
});

describe('readDraft', () => {
  it("reads a block editor's blocks only, not its buttons", () => {
    page(`<div id=list><div class=block><p contenteditable=true>#MacronLeaks</p><button>Move</button></div>
      <div class=block><p contenteditable=true>suite</p><span>Drag</span></div></div>`);
    expect(readDraft($('#list'))).toBe('#MacronLeaks\nsuite');
  });

  it('reads text fields by value', () => {
    page('<textarea id=a></textarea>');
    ($('#a') as HTMLTextAreaElement).value = 'bonjour';
    expect(readDraft($('#a'))).toBe('bonjour');
  });
});

describe('shadowRootOf', () => {
  it('returns an open root as is', () => {
    const host = page('<div id=h></div>').querySelector('#h') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    expect(shadowRootOf(host)).toBe(root);
  });

  it("reaches a closed root through Firefox's openOrClosedShadowRoot", () => {
    const host = page('<div id=h></div>').querySelector('#h') as HTMLElement;
    const root = host.attachShadow({ mode: 'closed' });
    Object.defineProperty(host, 'openOrClosedShadowRoot', { value: root });
    expect(shadowRootOf(host)).toBe(root);
  });

  it("reaches a closed root through Chromium's chrome.dom.openOrClosedShadowRoot", () => {
    const host = page('<div id=h></div>').querySelector('#h') as HTMLElement;
    const root = host.attachShadow({ mode: 'closed' });
    (globalThis as { chrome?: unknown }).chrome = { dom: { openOrClosedShadowRoot: (element: Element) => (element === host ? root : null) } };
    expect(shadowRootOf(host)).toBe(root);
    expect(shadowRootOf(document.body)).toBeUndefined();
  });
});

describe('coveredByParentFrame', () => {
  it('is true only in a frame whose parent is same-origin', () => {
    expect(coveredByParentFrame({ frameElement: null } as Window)).toBe(false);
    expect(coveredByParentFrame({ frameElement: document.createElement('iframe') } as unknown as Window)).toBe(true);
    const crossOrigin = {} as Window;
    Object.defineProperty(crossOrigin, 'frameElement', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    expect(coveredByParentFrame(crossOrigin)).toBe(false);
  });
});
