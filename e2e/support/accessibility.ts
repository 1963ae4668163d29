/**
 * Finding things the way a user (or a screen reader) does: by role and
 * accessible name, computed by the browser's own accessibility engine, in the
 * page and every frame, inside open and closed shadow roots alike. Acting on
 * them the way a user does: a real mouse click at the element's on-screen box.
 *
 * One locator for both browsers; each browser supplies an AccessibilityBackend
 * (Chromium: the DevTools protocol, see chromium-accessibility.ts; Firefox:
 * WebDriver BiDi, see firefox-accessibility.ts).
 */

export const DEFAULT_WAIT_MS = 10_000;
/** How often a wait looks again; a wait ends as soon as its condition holds. */
const POLL_MS = 100;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What assistive technology would report about an element. */
export interface ElementState {
  /** The rendered text (innerText). */
  readonly text: string;
  /** What a text field holds, as the user sees it in the field (a textarea's or input's value; a contenteditable's text). */
  readonly value: string;
  /** The accessible description (e.g. from aria-describedby), '' if none. */
  readonly description: string;
  /** aria-expanded; undefined where the element has no expanded state. */
  readonly expanded: boolean | undefined;
  /** Checked state of a checkbox, switch or radio; undefined elsewhere. */
  readonly checked: boolean | undefined;
  readonly disabled: boolean;
  readonly invalid: boolean;
  /** Whether it has the keyboard focus. */
  readonly focused: boolean;
}

/**
 * A browser's way to query its accessibility tree. `N` is an opaque node
 * reference that stays valid while the node exists.
 */
export interface AccessibilityBackend<N> {
  /** Elements with that role (and exact accessible name) inside `scope`, or anywhere in the page and its frames. */
  query(scope: N | undefined, role: string, name: string | undefined): Promise<N[]>;
  /** The border box in top-level viewport coordinates; undefined if the node is gone or has no box. */
  box(node: N): Promise<Box | undefined>;
  /** Scrolls the element into view if it is not. */
  scrollIntoView(node: N): Promise<void>;
  state(node: N): Promise<ElementState>;
  /** Moves the keyboard focus to the element (like a click would, without pointer events). */
  focus(node: N): Promise<void>;
  /** A real mouse click at top-level viewport coordinates (trusted events). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real tap (touch start and end) at top-level viewport coordinates; needs a harness launched with `mobile`. */
  tapAt(x: number, y: number): Promise<void>;
  /** Runs `fn`, the source of a self-contained `(el) => value`, on the element (in closed shadow roots too); value must be JSON. */
  run(node: N, fn: string): Promise<unknown>;
  /** As `run`, but in the page's own realm, where the page's scripts (and a library injected with evaluateSource) see what it does. */
  runInPage(node: N, fn: string): Promise<unknown>;
}

interface Step {
  readonly role: string;
  readonly name: string | undefined;
  readonly index: number | undefined;
}

/**
 * Elements found by role and name, looked up afresh on every call (never a
 * stale handle; `within` is the one, explicit, exception). Actions and reads
 * wait until exactly one element matches (or the nth one exists), and fail
 * with the query in the message otherwise.
 */
export interface RoleLocator {
  /** Elements with that role (and name) inside this one. */
  getByRole(role: string, name?: string): RoleLocator;
  /**
   * Waits for this locator's single match and holds that element: locators made from the
   * result search only under it and no longer look it up again, which saves a search of the
   * whole page per call (in Firefox a page-wide search costs ~0.4 s on the extension's pages,
   * whose country lists are large). Once the element leaves the page, the result matches
   * nothing, so its actions and reads fail: use it for a part of a page that stays, never to
   * check that something went away.
   */
  within(): Promise<RoleLocator>;
  /** The index-th match (0-based) instead of requiring a single one. */
  nth(index: number): RoleLocator;
  count(): Promise<number>;
  isPresent(): Promise<boolean>;
  /** Resolves once the element is in the accessibility tree (or gone from it). */
  waitFor(state?: 'present' | 'absent', timeoutMs?: number): Promise<void>;
  box(): Promise<Box>;
  /** Scrolls it into view if needed and clicks the middle of its box with the real mouse. */
  click(): Promise<void>;
  /** Scrolls it into view if needed and taps the middle of its box with a finger (touch events, no mouse). */
  tap(): Promise<void>;
  focus(): Promise<void>;
  state(): Promise<ElementState>;
  text(): Promise<string>;
  /** What a text field holds (see ElementState.value). */
  value(): Promise<string>;
  /** The rendered text of every match, in document order per frame. */
  allTexts(): Promise<string[]>;
  /** Runs the source of a self-contained `(el) => value` on the element and returns the value (JSON only). */
  run(fn: string): Promise<unknown>;
  /** As `run`, in the page's own realm (see AccessibilityBackend.runInPage). */
  runInPage(fn: string): Promise<unknown>;
}

export function roleLocator<N>(backend: AccessibilityBackend<N>, role: string, name?: string): RoleLocator {
  return new Locator(backend, [{ role, name, index: undefined }]);
}

class Locator<N> implements RoleLocator {
  constructor(
    private readonly backend: AccessibilityBackend<N>,
    private readonly steps: readonly Step[],
    /** The element held by `within` that the steps start from (the whole page if none). */
    private readonly root?: { readonly node: N; readonly query: string },
  ) {}

  private get query(): string {
    return [...(this.root === undefined ? [] : [this.root.query]), ...this.steps]
      .map((step) => (typeof step === 'string' ? step : `${step.role}${step.name === undefined ? '' : ` "${step.name}"`}${step.index === undefined ? '' : ` #${step.index}`}`))
      .join(' › ');
  }

  getByRole(role: string, name?: string): RoleLocator {
    return new Locator(this.backend, [...this.steps, { role, name, index: undefined }], this.root);
  }

  nth(index: number): RoleLocator {
    const last = this.steps[this.steps.length - 1] as Step;
    return new Locator(this.backend, [...this.steps.slice(0, -1), { ...last, index }], this.root);
  }

  async within(): Promise<RoleLocator> {
    return new Locator(this.backend, [], { node: await this.one(), query: this.query });
  }

  /** Every node the chain of steps matches now. */
  private async resolve(): Promise<N[]> {
    // A held element that has left the page (a removed node may still be read) matches nothing.
    if (this.root !== undefined && (await this.backend.run(this.root.node, '(el) => el.isConnected')) !== true) return [];
    let scopes: (N | undefined)[] = [this.root?.node];
    for (const step of this.steps) {
      const found: N[] = [];
      for (const scope of scopes) found.push(...(await this.backend.query(scope, step.role, step.name)));
      if (step.index === undefined) scopes = found;
      else scopes = step.index < found.length ? [found[step.index] as N] : [];
    }
    return scopes as N[];
  }

  count(): Promise<number> {
    return this.resolve().then((nodes) => nodes.length);
  }

  isPresent(): Promise<boolean> {
    return this.count().then((n) => n > 0);
  }

  async waitFor(state: 'present' | 'absent' = 'present', timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    await poll(
      async () => ((await this.count()) > 0) === (state === 'present'),
      timeoutMs,
      () => `${this.query} did not become ${state} within ${timeoutMs} ms`,
    );
  }

  /** Waits for exactly one match and returns it. */
  private async one(timeoutMs = DEFAULT_WAIT_MS): Promise<N> {
    let nodes: N[] = [];
    await poll(
      async () => {
        nodes = await this.resolve();
        return nodes.length === 1;
      },
      timeoutMs,
      () => (nodes.length === 0 ? `No ${this.query} within ${timeoutMs} ms` : `${nodes.length} elements match ${this.query}; use a name or nth()`),
    );
    return nodes[0] as N;
  }

  async box(): Promise<Box> {
    const node = await this.one();
    const box = await this.backend.box(node);
    if (box === undefined) throw new Error(`${this.query} has no box on screen`);
    return box;
  }

  async click(): Promise<void> {
    const { x, y } = await this.middle('click');
    await this.backend.clickAt(x, y);
  }

  async tap(): Promise<void> {
    const { x, y } = await this.middle('tap');
    await this.backend.tapAt(x, y);
  }

  /** The middle of the element's box, scrolled into view first. */
  private async middle(action: string): Promise<{ x: number; y: number }> {
    const node = await this.one();
    await this.backend.scrollIntoView(node);
    const box = await this.backend.box(node);
    if (box === undefined || box.width === 0 || box.height === 0) throw new Error(`${this.query} has no box to ${action}`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  async focus(): Promise<void> {
    await this.backend.focus(await this.one());
  }

  async state(): Promise<ElementState> {
    return this.backend.state(await this.one());
  }

  async text(): Promise<string> {
    return (await this.state()).text;
  }

  async value(): Promise<string> {
    return (await this.state()).value;
  }

  async run(fn: string): Promise<unknown> {
    return this.backend.run(await this.one(), fn);
  }

  async runInPage(fn: string): Promise<unknown> {
    return this.backend.runInPage(await this.one(), fn);
  }

  async allTexts(): Promise<string[]> {
    const nodes = await this.resolve();
    return Promise.all(nodes.map(async (node) => (await this.backend.state(node)).text));
  }
}

/** Resolves when `condition` holds; looks again every POLL_MS until `timeoutMs`. */
export async function poll(condition: () => Promise<boolean>, timeoutMs: number, message: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let failure: unknown;
  for (;;) {
    try {
      if (await condition()) return;
      failure = undefined;
    } catch (error) {
      // A frame or node can go away between two protocol calls; look again.
      failure = error;
    }
    if (Date.now() >= deadline) throw new Error(failure === undefined ? message() : `${message()}: ${String(failure)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
