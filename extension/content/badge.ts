/**
 * The inline badge: one host element outside the editor, a closed shadow root
 * so page CSS cannot reach it and page scripts cannot read or drive it,
 * kept at the composer (follow.ts) only while visible. Events inside
 * it never reach the page: a stray Enter or click on the badge cannot submit
 * the page's form. Events the page makes (`isTrusted === false`) never work
 * its controls.
 */
import type { Evidence } from '../../src/detect/detector.ts';
import type { Verdict } from '../../src/risk/verdict.ts';
import { applyLanguage, t, ui } from '../shared/i18n.ts';
import css from './badge.css?inline';
import { browserZone } from '../shared/format.ts';
import { CARD_TITLE_ID, type FalseAlarmReport, announcement, falseAlarmReport, renderCard, renderCountdowns, renderRecorded, startsSoon, warningKey } from './card.ts';
import { type Rect, placeCard } from './card-place.ts';
import { deepActiveElement } from './composer.ts';
import { badgeContainer } from './top-layer.ts';
import { badgeCorner, follow } from './follow.ts';
import { EvidenceHighlight, markedPhrases } from './highlight.ts';

/**
 * A built-in element, never a custom one: a page that defines a custom element
 * with our name before this script runs cannot take over the host (or make
 * `attachShadow` throw). `div` is one of the elements that accept a shadow root.
 */
export const BADGE_HOST_TAG = 'div';

/** Everything the page could listen to; stopped at the host, after our own handlers ran. */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'click', 'dblclick', 'auxclick', 'contextmenu',
  'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'focusin', 'focusout', 'submit',
] as const;

/** How many times, per placement, the host is put back after the page changed or removed it. */
const MAX_RESTORATIONS = 20;

export interface BadgeActions {
  readonly dismiss: () => void;
  readonly snooze: () => void;
  /** Resolves once the report is stored; rejects with why not. */
  readonly reportFalseAlarm: (report: FalseAlarmReport) => Promise<void>;
  /** Resolves once the site is switched off; rejects with why not (e.g. an organisation's policy). */
  readonly siteOff: () => Promise<void>;
  readonly openSettings: () => void;
}

export interface BadgeContent {
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
  /** Verdict clock minus real clock, so countdowns follow a preview date. */
  readonly clockOffset: number;
  /** An organisation's policy locks the sites switched off (the card's "Off on this site" is disabled). */
  readonly siteSwitchLocked: boolean;
  /** The editor holding the draft, where the open card's phrases are marked (highlight.ts). */
  readonly composer: Element;
}

export class Badge {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  /** Holds the host's left and top as a `:host` rule. */
  private readonly place: HTMLStyleElement;
  private placed: string;
  /** The host's left and top as last set (CSS pixels in its containing block). */
  private left = 0;
  private top = 0;
  private readonly pill: HTMLButtonElement;
  /** The pill's level and timing as last drawn (see show()). */
  private pillLook: string | undefined;
  private readonly panel: HTMLElement;
  /** A polite live region: says each new warning once, not on every keystroke. */
  private readonly announcer: HTMLElement;
  /** The warning last announced, until the badge hides. */
  private announced: string | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private anchor: Element | undefined;
  private content: BadgeContent | undefined;
  private stopAnchoring: (() => void) | undefined;
  private stopPanelAnchoring: (() => void) | undefined;
  private countdownTimer: ReturnType<typeof setInterval> | undefined;
  /** Ends the open card's listeners on the page (outside click, Escape, typing). */
  private openCard: AbortController | undefined;
  /** The selection in a contenteditable composer when the card opened, to put the caret back. */
  private savedRange: Range | undefined;
  /**
   * The last pointerdown and Escape keydown that went through the badge's own
   * shadow root. The page-wide listeners below run first (capture on the
   * window) and cannot always tell: when the badge sits in a closed shadow
   * root of the page (a dialog in a web component), an event's composed path
   * seen from the window stops at that root's host.
   */
  private pointerInside: Event | undefined;
  /** Puts the host back while it is shown: see keepHost. */
  private readonly hostGuard = new MutationObserver(() => this.keepHost());
  private container: ParentNode | undefined;
  private restorations = 0;
  private escapeClosing: Event | undefined;
  /** A false alarm was recorded from the open card: it says so, and closing it quiets this draft's warning. */
  private recorded = false;
  /** Why the last next step failed, shown in the card until it closes. */
  private problem: string | undefined;
  /** The open card's phrases, marked in the draft. */
  private readonly highlight = new EvidenceHighlight();

  constructor(private readonly actions: BadgeActions) {
    const doc = document;
    this.host = doc.createElement(BADGE_HOST_TAG);
    // Closed: the page gets no handle on what is inside (the phrase, the rule, the buttons).
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = css;
    // The host's place, as `:host { left; top }` rules with !important: see badge.css for why
    // the host's layout lives in the shadow root's style sheet rather than in its style attribute.
    this.place = doc.createElement('style');
    this.place.textContent = this.placed = ':host { left: 0 !important; top: 0 !important; }';
    const wrapper = element('div', { class: 'root' });
    // The card speaks the UI language, whatever the page's lang and dir (an RTL page must not reorder it).
    applyLanguage(wrapper);
    this.pill = element('button', { class: 'pill', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'sg-panel' });
    // Focus moves into the card when it opens (to the dialog itself, so its title is read first).
    this.panel = element('div', { class: 'panel', id: 'sg-panel', role: 'dialog', 'aria-labelledby': CARD_TITLE_ID, tabindex: '-1', hidden: '' });
    this.announcer = element('div', { class: 'announce', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    wrapper.append(this.pill, this.panel, this.announcer);
    this.root.append(style, this.place, wrapper);

    for (const type of ISOLATED_EVENTS) {
      // First on the way in: an event the page made never reaches a control of ours.
      this.root.addEventListener(type, ignoreUntrusted, true);
      this.host.addEventListener(type, stopAtHost);
    }
    this.pill.addEventListener('click', () => this.toggle());
    this.root.addEventListener('pointerdown', (event) => (this.pointerInside = event), true);
    this.root.addEventListener('keydown', (event) => {
      if (event !== this.escapeClosing) return;
      // Escape in the card closes the card only, not the modal dialog or popover the composer is in.
      event.preventDefault();
      this.returnFocus();
    });
  }

  get visible(): boolean {
    return this.host.isConnected;
  }

  get expanded(): boolean {
    return !this.panel.hidden;
  }

  show(anchor: Element, content: BadgeContent): void {
    this.content = content;
    const level = content.verdict.level === 'caution' ? 'caution' : 'warning';
    const soon = startsSoon(content.verdict);
    // Rebuilt only when its look changes: every finished check calls show(), and one landing
    // between the press and the release of a click on the pill replaced the element under the
    // pointer, so no click followed and the card did not open (Editor.js e2e, Firefox).
    const look = `${level}${soon ? ' soon' : ''}`;
    if (look !== this.pillLook) {
      this.pillLook = look;
      this.pill.dataset.level = level;
      this.pill.setAttribute('aria-label', t(soon ? 'badgeSoonLabel' : 'badgeOpenLabel'));
      // Icon-sized; the words slide out on hover or keyboard focus (badge.css).
      this.pill.replaceChildren(warningIcon(), element('span', { class: 'label' }, t(soon ? 'badgeSoon' : level === 'caution' ? 'badgeCaution' : 'badgeWarning')));
    }
    if (this.expanded) {
      this.renderPanel();
      this.markPhrases();
    }
    // The container is looked up again each time: the composer's dialog or popover may have opened since.
    const container = badgeContainer(anchor);
    if (anchor !== this.anchor || !this.visible || this.host.parentNode !== container) this.attach(anchor, container);
    else this.position(anchor);
    this.announce(content.verdict);
  }

  /**
   * Once per new warning. The words go in a task after the region is in the
   * page: a live region inserted with its text already in it is not read.
   */
  private announce(verdict: Verdict): void {
    const key = warningKey(verdict);
    if (key === this.announced) return;
    this.announced = key;
    const words = announcement(ui, verdict);
    this.announcer.textContent = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcer.textContent = words;
    }, 100);
  }

  hide(): void {
    // Hidden for another reason (the draft changed, a refresh): nothing left to quiet.
    this.recorded = false;
    this.close();
    clearTimeout(this.announceTimer);
    this.announced = undefined;
    this.announcer.textContent = '';
    this.stopAnchoring?.();
    this.stopAnchoring = undefined;
    this.anchor = undefined;
    this.hostGuard.disconnect();
    this.container = undefined;
    this.host.remove();
  }

  private attach(anchor: Element, container: ParentNode): void {
    this.stopAnchoring?.();
    this.anchor = anchor;
    // Inside a modal dialog or a popover (top layer) the badge lives in it, or it would be painted
    // over, or inert (see top-layer.ts).
    if (this.host.parentNode !== container) container.append(this.host);
    this.container = container;
    this.restorations = 0;
    this.hostGuard.disconnect();
    this.hostGuard.observe(this.host, { attributes: true });
    this.hostGuard.observe(container, { childList: true });
    // Scrolling and window resizes move the badge at once. The composer growing as the user
    // types does not: watching its size re-laid out the page on every keystroke (+3 ms at p95
    // on Lexical, see bench/typing.ts); show() re-places the badge after each pause instead.
    const stopFollowing = follow(anchor, () => this.position(anchor));
    const stopTopLayer = this.followTopLayer(anchor);
    this.stopAnchoring = () => {
      stopFollowing();
      stopTopLayer();
    };
  }

  /**
   * An element going fullscreen (or leaving it) after the badge showed changes where the badge
   * must live (top-layer.ts): only the fullscreen element and what is inside it are painted.
   */
  private followTopLayer(anchor: Element): () => void {
    const controller = new AbortController();
    const move = () => {
      const container = badgeContainer(anchor);
      if (this.host.parentNode !== container) this.attach(anchor, container);
    };
    anchor.ownerDocument.addEventListener('fullscreenchange', move, { capture: true, signal: controller.signal });
    return () => controller.abort();
  }

  /**
   * The host carries no attribute of ours (its styles live in its shadow
   * root), so any attribute on it is the page's: `inert`, `hidden`,
   * `aria-hidden`, `popover`, `style`… are taken off at once; a host the page
   * removed goes back. A page fighting back gets a few rounds, not a loop.
   */
  private keepHost(): void {
    const container = this.container;
    if (container === undefined || this.restorations >= MAX_RESTORATIONS) return;
    const attributes = this.host.getAttributeNames();
    const removed = this.host.parentNode !== container;
    if (attributes.length === 0 && !removed) return;
    this.restorations += 1;
    for (const name of attributes) this.host.removeAttribute(name);
    if (removed) container.append(this.host);
  }

  private position(anchor: Element): void {
    const doc = anchor.ownerDocument;
    const host = this.host.getBoundingClientRect();
    const rtl = doc.defaultView?.getComputedStyle(this.host).direction === 'rtl';
    const target = badgeCorner(anchor.getBoundingClientRect(), host, doc.documentElement.clientWidth, rtl);
    // Where left/top 0 actually is: the viewport, or a transformed dialog or popover holding the host.
    const x = target.x - (host.left - this.left);
    const y = target.y - (host.top - this.top);
    this.left = Math.round(x);
    this.top = Math.round(y);
    // left/top rather than a transform: a transformed host would trap the fixed-position panel.
    // Rewritten rather than edited through CSSOM: a style element's sheet is rebuilt from its
    // text whenever the host is inserted again.
    const placed = `:host { left: ${this.left}px !important; top: ${this.top}px !important; }`;
    if (placed !== this.placed) this.place.textContent = this.placed = placed;
  }

  /**
   * The card goes beside, above or below the composer, never over the draft's
   * text or the page's submit button (card-place.ts), and scrolls if it must
   * be shorter there; its actions come first, so they stay visible.
   */
  private positionPanel(): void {
    const anchor = this.anchor;
    if (anchor === undefined) return;
    const panel = this.panel;
    const view = anchor.ownerDocument.defaultView;
    const viewport = { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    panel.style.maxHeight = '';
    const size = { width: panel.offsetWidth, height: panel.scrollHeight + 2 };
    const avoid: Rect[] = [anchor.getBoundingClientRect(), ...submitControls(anchor).map((control) => control.getBoundingClientRect())];
    const { left, top, maxHeight } = placeCard(viewport, size, avoid);
    panel.style.maxHeight = `${Math.floor(maxHeight)}px`;
    panel.style.left = `${Math.round(left)}px`;
    panel.style.top = `${Math.round(top)}px`;
  }

  /** The keyboard shortcut: opens the card of the composer being written in (focus moves into it). */
  openFromShortcut(): void {
    const anchor = this.anchor;
    if (!this.visible || anchor === undefined) return;
    // Only where the composer has its document's focus: other frames of the tab hear the shortcut too.
    const active = deepActiveElement(anchor.ownerDocument);
    if (active === undefined || !anchor.contains(active)) return;
    if (this.expanded) this.panel.focus({ preventScroll: true });
    else this.open();
  }

  private toggle(): void {
    if (this.expanded) this.close();
    else this.open();
  }

  private open(): void {
    const anchor = this.anchor;
    if (anchor === undefined) return;
    this.renderPanel();
    this.markPhrases();
    this.panel.hidden = false;
    this.pill.setAttribute('aria-expanded', 'true');
    this.countdownTimer = setInterval(() => this.renderCountdowns(), 30_000);
    this.stopPanelAnchoring = follow(anchor, () => this.positionPanel(), [anchor, this.panel]);
    this.savedRange = composerSelection(anchor);
    this.listenWhileOpen(anchor);
    this.panel.focus({ preventScroll: true });
  }

  /**
   * The card never blocks: a click anywhere else, Escape anywhere, or typing
   * in the composer again closes it. Listened to in the capture phase and
   * never stopped, so the page gets these events as if the card were not there.
   */
  private listenWhileOpen(anchor: Element): void {
    this.openCard?.abort();
    const controller = new AbortController();
    this.openCard = controller;
    const options = { capture: true, passive: true, signal: controller.signal };
    const views = new Set([window, anchor.ownerDocument.defaultView].filter((view) => view !== null));
    const inCard = (event: Event) => event.composedPath().includes(this.host);
    for (const view of views) {
      view.addEventListener('pointerdown', (event) => {
        if (inCard(event)) return;
        // Decided once the event has been through the badge's root or not (see pointerInside).
        setTimeout(() => {
          if (this.pointerInside !== event) this.close();
        });
      }, options);
      view.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        // Focus goes back to the composer if this Escape was in the card (see escapeClosing).
        this.escapeClosing = event;
        this.close();
      }, options);
      view.addEventListener('input', (event) => {
        if (event.composedPath().includes(anchor)) this.close();
      }, options);
    }
  }

  /** Back to the composer (and its caret), where the user was writing. */
  private returnFocus(): void {
    const anchor = this.anchor as HTMLElement | undefined;
    if (anchor === undefined || !anchor.isConnected) return;
    const range = this.savedRange;
    anchor.focus({ preventScroll: true });
    if (range !== undefined) {
      const selection = anchor.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  private close(): void {
    if (this.recorded) {
      this.recorded = false;
      // After the event that closed the card is done, so focus has gone back to the composer first.
      setTimeout(() => this.actions.dismiss());
    }
    this.problem = undefined;
    this.openCard?.abort();
    this.openCard = undefined;
    this.stopPanelAnchoring?.();
    this.stopPanelAnchoring = undefined;
    this.panel.hidden = true;
    this.highlight.clear();
    this.pill.setAttribute('aria-expanded', 'false');
    clearInterval(this.countdownTimer);
    this.countdownTimer = undefined;
  }

  private renderPanel(): void {
    const content = this.content;
    if (content === undefined) return;
    // Each action gives the focus back to the composer (Dismiss and Pause hide the badge too).
    const andReturn = (action: () => void) => () => {
      const wasOpen = this.expanded;
      this.close();
      if (wasOpen) this.returnFocus();
      action();
    };
    const hadFocus = this.root.activeElement !== null && this.panel.contains(this.root.activeElement);
    if (this.recorded) {
      this.panel.replaceChildren(...renderRecorded(document, ui, content.verdict, andReturn(() => undefined)));
      if (hadFocus) this.panel.focus({ preventScroll: true });
      return;
    }
    const actions = {
      dismiss: andReturn(this.actions.dismiss),
      snooze: andReturn(this.actions.snooze),
      close: andReturn(() => undefined),
      report: (includePhrases: boolean) =>
        this.nextStep(async () => {
          await this.actions.reportFalseAlarm(falseAlarmReport(content, includePhrases));
          this.recorded = true;
        }),
      siteOff: () =>
        this.nextStep(async () => {
          await this.actions.siteOff();
          andReturn(() => this.hide())();
        }),
      settings: andReturn(this.actions.openSettings),
    };
    this.panel.replaceChildren(...renderCard(document, content, ui, browserZone(), actions, { siteSwitchLocked: content.siteSwitchLocked, problem: this.problem }));
    if (hadFocus) this.panel.focus({ preventScroll: true });
    this.renderCountdowns();
  }

  /**
   * A next step that asks the background: the card stays open meanwhile; if it
   * fails, the card says why. Either way the card is drawn again with focus in it.
   */
  private nextStep(step: () => Promise<void>): void {
    this.problem = undefined;
    void step()
      .catch((error: unknown) => {
        this.problem = error instanceof Error ? error.message : String(error);
      })
      .finally(() => {
        if (!this.expanded) return;
        this.renderPanel();
        this.panel.focus({ preventScroll: true });
        this.positionPanel();
      });
  }

  /** From the draft as it is now: the same phrases the card lists. */
  private markPhrases(): void {
    const content = this.content;
    if (content === undefined) return;
    this.highlight.mark(content.composer, markedPhrases(content.evidence, new Set(content.verdict.reasons.map((r) => r.category))));
  }

  private renderCountdowns(): void {
    const content = this.content;
    if (content !== undefined) renderCountdowns(this.panel, ui, Date.now() + content.clockOffset);
  }
}

/**
 * The page's own submit controls near the composer, which the card must not
 * cover: those of its form, or else the buttons of the nearest ancestor
 * holding any (a Post button outside a form, as on most social sites).
 */
function submitControls(composer: Element): Element[] {
  const form = composer.closest('form');
  if (form !== null) return [...form.querySelectorAll('button:not([type]), button[type=submit], input[type=submit], input[type=image]')].slice(0, 8);
  let scope = composer.parentElement;
  for (let depth = 0; scope !== null && depth < 5; depth += 1, scope = scope.parentElement) {
    const buttons = [...scope.querySelectorAll('button, [role=button], input[type=submit]')];
    if (buttons.length > 0) return buttons.slice(0, 8);
  }
  return [];
}

/** The caret in a contenteditable composer (a text field keeps its own selection across focus). */
function composerSelection(composer: Element): Range | undefined {
  if (composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') return undefined;
  const selection = composer.ownerDocument.getSelection();
  const range = selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  return range !== undefined && composer.contains(range.startContainer) ? range.cloneRange() : undefined;
}

function stopAtHost(event: Event): void {
  event.stopPropagation();
}

/** A script of the page clicked or typed (dispatchEvent, click()): not the user, so nothing happens. */
function ignoreUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  child?: string | Node,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (child !== undefined) node.append(child);
  return node;
}

function warningIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M8 1.5 15 14H1L8 1.5Zm-.9 4.3v4.1h1.8V5.8H7.1Zm0 5.3V13h1.8v-1.9H7.1Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}
