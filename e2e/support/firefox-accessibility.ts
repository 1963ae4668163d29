/**
 * Firefox's accessibility engine through WebDriver BiDi (Firefox ESR 153).
 *
 * What works and what does not (tried on a test page with open, closed and
 * nested closed roots):
 * - puppeteer's `::-p-aria(...)` selectors and `browsingContext.locateNodes`
 *   with an `accessibility` locator started at the document find nothing in
 *   any shadow root, open or closed: Firefox's locator walks `element.children`
 *   from its start nodes and never enters a shadow tree.
 * - But BiDi serialises an element's shadow root whatever its mode (the spec
 *   uses "open or closed shadow root"; Firefox reads `openOrClosedShadowRoot`),
 *   with a shared id. So each shadow root can be found and passed to
 *   `locateNodes` as a start node, and the browser's own accessibility engine
 *   (the same role and name a screen reader gets) decides what matches.
 *
 * So a query lists every shadow root under its scope (a walk of the elements,
 * read in a sandbox realm the page cannot see), then asks locateNodes for the
 * role and name from the document and from each root. Boxes, text and states
 * are read in that sandbox too; BiDi exposes no accessible description or
 * states, so those come from the ARIA attributes and native form state (see
 * STATE below). Clicks are real: BiDi `input.performActions` through
 * puppeteer's mouse.
 */
import type { Page } from 'puppeteer-core';
import type { AccessibilityBackend, Box, ElementState } from './accessibility.ts';

export interface FirefoxNode {
  /** The browsing context (frame) the node lives in. */
  readonly context: string;
  readonly sharedId: string;
}

/** A BiDi remote value (the subset read here). */
interface RemoteValue {
  readonly type: string;
  readonly value?: unknown;
  readonly sharedId?: string;
}

interface NodeRemoteValue extends RemoteValue {
  readonly value?: { readonly shadowRoot?: RemoteValue | null };
}

interface ContextInfo {
  readonly context: string;
  readonly children?: readonly ContextInfo[] | null;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Named sandbox realm: our reads run apart from the page's own scripts. */
const SANDBOX = 'silence-guard-e2e';

/** The start node itself, then every element under it (document order). */
const ELEMENTS = '(start) => { const base = start ?? document; return [base, ...base.querySelectorAll("*")]; }';

const BOX = '(el) => { if (!el.isConnected) return null; const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }';

/** Where a frame's content starts inside its iframe element's box. */
const FRAME_ORIGIN =
  '(frame) => { const r = frame.getBoundingClientRect(); const s = getComputedStyle(frame); return [r.x + frame.clientLeft + parseFloat(s.paddingLeft), r.y + frame.clientTop + parseFloat(s.paddingTop)]; }';

/**
 * Off screen: scrolled to the middle. On screen but clipped by a scrolling box (a button low in
 * the badge's card): scrolled just into that box ("nearest" leaves a fully visible element be).
 */
const SCROLL_INTO_VIEW =
  '(el) => { const r = el.getBoundingClientRect(); const w = el.ownerDocument.defaultView; const off = r.top < 0 || r.left < 0 || r.bottom > w.innerHeight || r.right > w.innerWidth; el.scrollIntoView(off ? { block: "center", inline: "center" } : { block: "nearest", inline: "nearest" }); }';

/**
 * States from ARIA attributes and native form state, as the accessibility
 * engine maps them; the description joins the text of aria-describedby's
 * targets (looked up in the element's own tree, shadow root included).
 */
const STATE = `(el) => {
  const root = el.getRootNode();
  const aria = (name) => el.getAttribute(name);
  const tri = (value) => (value === 'true' ? true : value === 'false' ? false : undefined);
  const native = el.localName === 'input' && (el.type === 'checkbox' || el.type === 'radio');
  const described = (aria('aria-describedby') ?? '').split(/\\s+/).filter((id) => id !== '');
  const description = described.length > 0
    ? described.map((id) => (root.getElementById(id)?.textContent ?? '').replace(/\\s+/g, ' ').trim()).join(' ').trim()
    : (aria('aria-description') ?? '');
  const invalid = aria('aria-invalid');
  const text = el.innerText ?? el.textContent ?? '';
  return {
    text,
    value: typeof el.value === 'string' ? el.value : text,
    description,
    expanded: tri(aria('aria-expanded')),
    checked: native ? el.checked : tri(aria('aria-checked')),
    disabled: el.matches(':disabled') || aria('aria-disabled') === 'true',
    invalid: invalid !== null && invalid !== 'false',
    focused: root.activeElement === el,
  };
}`;

export class FirefoxAccessibility implements AccessibilityBackend<FirefoxNode> {
  private readonly connection: BidiConnection;
  private readonly top: string;
  /** child context → parent context, from the last frame tree read. */
  private parents = new Map<string, string>();

  constructor(private readonly page: Page) {
    // puppeteer exposes the BiDi connection on its Firefox browser, and each frame's context id
    // as `_id`; locateNodes with start nodes and sandboxed calls need both.
    this.connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
    this.top = (page.mainFrame() as unknown as { _id: string })._id;
  }

  private async send<T>(method: string, params: object): Promise<T> {
    return (await this.connection.send(method, params)).result as T;
  }

  private async call(context: string, fn: string, args: readonly object[], serializationOptions?: object, realm: 'sandbox' | 'page' = 'sandbox'): Promise<RemoteValue> {
    const response = await this.send<{ type: string; result?: RemoteValue; exceptionDetails?: { text: string } }>('script.callFunction', {
      functionDeclaration: fn,
      awaitPromise: false,
      target: realm === 'sandbox' ? { context, sandbox: SANDBOX } : { context },
      arguments: args,
      resultOwnership: 'none',
      ...(serializationOptions === undefined ? {} : { serializationOptions }),
    });
    if (response.type === 'exception' || response.result === undefined) throw new Error(`In the page: ${response.exceptionDetails?.text ?? 'no result'}`);
    return response.result;
  }

  /** The page's context and its frames', in tree order. */
  private async contexts(): Promise<string[]> {
    const { contexts } = await this.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', { root: this.top });
    const order: string[] = [];
    const parents = new Map<string, string>();
    const pending: ContextInfo[] = [...contexts];
    while (pending.length > 0) {
      const info = pending.shift() as ContextInfo;
      order.push(info.context);
      for (const child of info.children ?? []) {
        parents.set(child.context, info.context);
        pending.push(child);
      }
    }
    this.parents = parents;
    return order;
  }

  /** The start node (the document if none) and every shadow root under it, open or closed, nested ones too. */
  private async treeRoots(context: string, start: FirefoxNode | undefined): Promise<{ sharedId: string }[]> {
    const roots: { sharedId: string }[] = [];
    const pending: ({ sharedId: string } | undefined)[] = [start === undefined ? undefined : { sharedId: start.sharedId }];
    while (pending.length > 0) {
      const base = pending.shift();
      let list: RemoteValue;
      try {
        list = await this.call(context, ELEMENTS, base === undefined ? [] : [base], { maxDomDepth: 0, maxObjectDepth: 1 });
      } catch (error) {
        // Firefox ESR 140 also serialises the browser's own (UA widget) shadow roots, such as an
        // <input type="search">'s on the settings page; passing one back into our sandbox fails
        // with this message (the root belongs to a privileged compartment). Such a root holds no
        // page content: skip it. Later versions (153) never report it.
        if (base !== undefined && String((error as Error).message).includes('Not allowed to define cross-origin object')) continue;
        throw error;
      }
      const [self, ...elements] = (list.value ?? []) as NodeRemoteValue[];
      if (self?.sharedId !== undefined) roots.push({ sharedId: self.sharedId });
      for (const element of elements) {
        const shadow = element.value?.shadowRoot;
        if (shadow?.sharedId !== undefined) pending.push({ sharedId: shadow.sharedId });
      }
    }
    return roots;
  }

  async query(scope: FirefoxNode | undefined, role: string, name: string | undefined): Promise<FirefoxNode[]> {
    const contexts = scope === undefined ? await this.contexts() : [scope.context];
    const found: FirefoxNode[] = [];
    for (const context of contexts) {
      let startNodes: { sharedId: string }[];
      try {
        startNodes = await this.treeRoots(context, scope);
      } catch (error) {
        if (scope === undefined) continue; // a frame still loading or just gone
        throw error;
      }
      const { nodes } = await this.send<{ nodes: RemoteValue[] }>('browsingContext.locateNodes', {
        context,
        locator: { type: 'accessibility', value: name === undefined ? { role } : { role, name } },
        startNodes,
      });
      for (const node of nodes) {
        const sharedId = node.sharedId;
        if (sharedId === undefined || sharedId === scope?.sharedId || found.some((f) => f.sharedId === sharedId)) continue;
        found.push({ context, sharedId });
      }
    }
    return found;
  }

  async box(node: FirefoxNode): Promise<Box | undefined> {
    const value = await this.call(node.context, BOX, [{ sharedId: node.sharedId }]).catch(() => undefined);
    const rect = plain(value) as number[] | null | undefined;
    if (rect === null || rect === undefined) return undefined;
    let [x = 0, y = 0] = rect;
    // Add the offset of each frame up to the top-level viewport.
    for (let child = node.context, parent = this.parents.get(child); parent !== undefined; child = parent, parent = this.parents.get(child)) {
      const { nodes } = await this.send<{ nodes: RemoteValue[] }>('browsingContext.locateNodes', {
        context: parent,
        locator: { type: 'context', value: { context: child } },
      });
      const frame = nodes[0]?.sharedId;
      if (frame === undefined) return undefined;
      const [dx = 0, dy = 0] = plain(await this.call(parent, FRAME_ORIGIN, [{ sharedId: frame }])) as number[];
      x += dx;
      y += dy;
    }
    return { x, y, width: rect[2] ?? 0, height: rect[3] ?? 0 };
  }

  async scrollIntoView(node: FirefoxNode): Promise<void> {
    await this.call(node.context, SCROLL_INTO_VIEW, [{ sharedId: node.sharedId }]);
  }

  async state(node: FirefoxNode): Promise<ElementState> {
    return plain(await this.call(node.context, STATE, [{ sharedId: node.sharedId }])) as ElementState;
  }

  async focus(node: FirefoxNode): Promise<void> {
    await this.call(node.context, '(el) => el.focus()', [{ sharedId: node.sharedId }]);
  }

  async run(node: FirefoxNode, fn: string): Promise<unknown> {
    return plain(await this.call(node.context, fn, [{ sharedId: node.sharedId }]));
  }

  async runInPage(node: FirefoxNode, fn: string): Promise<unknown> {
    return plain(await this.call(node.context, fn, [{ sharedId: node.sharedId }], undefined, 'page'));
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async tapAt(x: number, y: number): Promise<void> {
    await this.page.touchscreen.tap(x, y);
  }
}

/** A BiDi remote value as plain data (primitives, arrays, objects with string keys). */
function plain(remote: RemoteValue | undefined): unknown {
  if (remote === undefined) return undefined;
  switch (remote.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'array':
      return (remote.value as RemoteValue[]).map(plain);
    case 'object':
      return Object.fromEntries((remote.value as [string, RemoteValue][]).map(([key, value]) => [key, plain(value)]));
    default:
      return remote.value;
  }
}
