/**
 * The inline badge: one host element outside the editor, a shadow root so
 * page CSS cannot reach it, anchored to the composer with floating-ui only
 * while visible. Events inside it never reach the page: a stray Enter or
 * click on the badge cannot submit the page's form.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { Evidence } from '../../src/detect/detector.ts';
import { type Reason, type Verdict, reachOf } from '../../src/risk/verdict.ts';
import { localized } from '../../src/rules/localize.ts';
import { type MessageKey, applyLanguage, t, ui } from '../shared/i18n.ts';
import { reachLine } from '../shared/reach.ts';
import css from './badge.css?inline';
import { browserZone, countryName, formatCountdown, formatZoned } from '../shared/format.ts';

export const BADGE_TAG = 'silence-guard-badge';
/** Phrases listed in the panel; the rest are counted. */
const MAX_PHRASES = 3;

/** Everything the page could listen to; stopped at the host, after our own handlers ran. */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'click', 'dblclick', 'auxclick', 'contextmenu',
  'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'focusin', 'focusout', 'submit',
] as const;

const CATEGORY_LABEL: Record<Evidence['category'], MessageKey> = {
  leak: 'categoryLeak',
  poll: 'categoryPoll',
  campaign: 'categoryCampaign',
};

export interface BadgeActions {
  readonly dismiss: () => void;
  readonly snooze: () => void;
}

export interface BadgeContent {
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
  /** Verdict clock minus real clock, so countdowns follow a preview date. */
  readonly clockOffset: number;
}

export class Badge {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly pill: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private anchor: Element | undefined;
  private content: BadgeContent | undefined;
  private stopAnchoring: (() => void) | undefined;
  private stopPanelAnchoring: (() => void) | undefined;
  private countdownTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly actions: BadgeActions) {
    const doc = document;
    this.host = doc.createElement(BADGE_TAG);
    // Our own element: inline !important beats any page rule aimed at it.
    for (const [property, value] of [
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
      ['margin', '0'],
      ['padding', '0'],
      ['border', '0'],
    ] as const) {
      this.host.style.setProperty(property, value, 'important');
    }
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    const wrapper = element('div', { class: 'root' });
    // The card speaks the UI language, whatever the page's lang and dir (an RTL page must not reorder it).
    applyLanguage(wrapper);
    this.pill = element('button', { class: 'pill', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'sg-panel' });
    this.panel = element('div', { class: 'panel', id: 'sg-panel', role: 'dialog', 'aria-labelledby': 'sg-title', hidden: '' });
    wrapper.append(this.pill, this.panel);
    this.root.append(style, wrapper);

    for (const type of ISOLATED_EVENTS) this.host.addEventListener(type, stopAtHost);
    this.pill.addEventListener('click', () => this.toggle());
    this.root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !this.panel.hidden) {
        this.close();
        this.pill.focus();
      }
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
    const soon = content.verdict.reasons.every((reason) => reason.startsSoon === true);
    this.pill.dataset.level = level;
    this.pill.setAttribute('aria-label', t(soon ? 'badgeSoonLabel' : 'badgeOpenLabel'));
    this.pill.replaceChildren(warningIcon(), text(t(soon ? 'badgeSoon' : level === 'caution' ? 'badgeCaution' : 'badgeWarning')));
    if (this.expanded) this.renderPanel();
    if (anchor !== this.anchor || !this.visible) this.attach(anchor);
    else void this.position(anchor);
  }

  hide(): void {
    this.close();
    this.stopAnchoring?.();
    this.stopAnchoring = undefined;
    this.anchor = undefined;
    this.host.remove();
  }

  private attach(anchor: Element): void {
    this.stopAnchoring?.();
    this.anchor = anchor;
    // Inside a modal <dialog> the badge must live in the dialog, or it would be inert and hidden.
    const container = anchor.closest('dialog[open]') ?? anchor.ownerDocument.documentElement;
    if (this.host.parentNode !== container) container.append(this.host);
    // Scrolling and window resizes move the badge at once. The composer growing as the user
    // types does not: watching its size re-laid out the page on every keystroke (+3 ms at p95
    // on Lexical, see bench/typing.ts); show() re-places the badge after each pause instead.
    this.stopAnchoring = autoUpdate(anchor, this.host, () => void this.position(anchor), { elementResize: false, layoutShift: false });
  }

  private async position(anchor: Element): Promise<void> {
    const { x, y } = await computePosition(anchor, this.host, {
      strategy: 'fixed',
      placement: 'bottom-end',
      middleware: [
        // Inside the composer's bottom-right corner, like a spell-checker button, so it never
        // covers the page's own Post button below; small one-line fields get it just below.
        offset(({ rects }) =>
          rects.reference.height >= rects.floating.height * 2 + 12
            ? { mainAxis: -(rects.floating.height + 6), crossAxis: -6 }
            : { mainAxis: 4 },
        ),
        shift({ padding: 8 }),
      ],
    });
    // left/top rather than a transform: a transformed host would trap the fixed-position panel.
    this.host.style.setProperty('left', `${Math.round(x)}px`, 'important');
    this.host.style.setProperty('top', `${Math.round(y)}px`, 'important');
  }

  /** The panel floats next to the pill on its own, flipping and shrinking to stay on screen. */
  private async positionPanel(): Promise<void> {
    const panel = this.panel;
    const { x, y } = await computePosition(this.pill, panel, {
      strategy: 'fixed',
      placement: 'bottom-end',
      middleware: [
        offset(6),
        flip({ fallbackPlacements: ['top-end', 'bottom-start', 'top-start'] }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            panel.style.maxHeight = `${Math.max(160, Math.min(480, Math.floor(availableHeight)))}px`;
          },
        }),
      ],
    });
    panel.style.left = `${Math.round(x)}px`;
    panel.style.top = `${Math.round(y)}px`;
  }

  private toggle(): void {
    if (this.expanded) this.close();
    else this.open();
  }

  private open(): void {
    this.renderPanel();
    this.panel.hidden = false;
    this.pill.setAttribute('aria-expanded', 'true');
    this.countdownTimer = setInterval(() => this.renderCountdowns(), 30_000);
    this.stopPanelAnchoring = autoUpdate(this.pill, this.panel, () => void this.positionPanel());
  }

  private close(): void {
    this.stopPanelAnchoring?.();
    this.stopPanelAnchoring = undefined;
    this.panel.hidden = true;
    this.pill.setAttribute('aria-expanded', 'false');
    clearInterval(this.countdownTimer);
    this.countdownTimer = undefined;
  }

  private renderPanel(): void {
    const content = this.content;
    if (content === undefined) return;
    const soon = content.verdict.reasons.every((reason) => reason.startsSoon === true);
    const children: Node[] = [element('h2', { id: 'sg-title' }, t(soon ? 'panelTitleSoon' : 'panelTitle'))];
    // Only what a rule in force is about, and a few phrases at most: a long draft can match dozens.
    const relevant = content.evidence.filter((e) => content.verdict.reasons.some((r) => r.category === e.category));
    for (const evidence of relevant.slice(0, MAX_PHRASES)) {
      const line = element('p', { class: 'detected' });
      const [before, after] = t('panelDetected', '\u0000').split('\u0000');
      line.append(text(before ?? ''), element('mark', {}, evidence.text), text(`${after ?? ''} (${t(CATEGORY_LABEL[evidence.category])})`));
      children.push(line);
    }
    if (relevant.length > MAX_PHRASES) children.push(element('p', { class: 'detected' }, t('panelMorePhrases', String(relevant.length - MAX_PHRASES))));
    const userZone = browserZone();
    for (const reason of uniqueRestrictions(content.verdict.reasons)) {
      const r = reason.restriction;
      const section = element('section', { class: 'reason' });
      section.append(
        element('h3', {}, t('panelElectionHeading', [countryName(ui, r.country, r.country), localized(r.election.name, ui.language)])),
        element('p', {}, localized(r.summary, ui.language)),
        element('p', { class: 'law' }, t('panelLaw', r.legalBasis)),
        element('p', {}, t('panelWindow', [formatZoned(ui, r.start, r.zone, userZone, content.verdict.at), formatZoned(ui, r.end, r.zone, userZone, content.verdict.at)])),
        reason.startsSoon === true
          ? element('p', { class: 'countdown', 'data-start': String(r.start) })
          : element('p', { class: 'countdown', 'data-end': String(r.end) }),
        element('p', {}, t('panelPenalty', localized(r.penalty, ui.language))),
      );
      const reach = reachLine(ui, reachOf(r), r.binds);
      if (reach !== undefined) section.append(element('p', { class: 'reach', 'data-reach': reachOf(r) }, reach));
      if (r.confidence === 'low') section.append(element('p', { class: 'unconfirmed' }, t('panelUnconfirmed')));
      const source = r.sources[0];
      if (source !== undefined) {
        const link = element('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', title: source.title }, `${t('panelSource')}: ${source.title}`);
        section.append(element('p', {}, link));
      }
      children.push(section);
    }
    const actions = element('div', { class: 'actions' });
    const dismiss = element('button', { type: 'button' }, t('panelDismiss'));
    const snooze = element('button', { type: 'button' }, t('panelSnooze'));
    const close = element('button', { type: 'button' }, t('panelClose'));
    dismiss.addEventListener('click', () => this.actions.dismiss());
    snooze.addEventListener('click', () => this.actions.snooze());
    close.addEventListener('click', () => {
      this.close();
      this.pill.focus();
    });
    actions.append(dismiss, snooze, close);
    children.push(actions, element('p', { class: 'foot' }, t('panelNotBlocking')));
    this.panel.replaceChildren(...children);
    this.renderCountdowns();
  }

  private renderCountdowns(): void {
    const content = this.content;
    if (content === undefined) return;
    const now = Date.now() + content.clockOffset;
    for (const line of this.panel.querySelectorAll<HTMLElement>('.countdown')) {
      line.textContent =
        line.dataset.start === undefined
          ? t('panelEndsIn', formatCountdown(ui, Number(line.dataset.end) - now))
          : t('panelStartsIn', formatCountdown(ui, Number(line.dataset.start) - now));
    }
  }
}

function stopAtHost(event: Event): void {
  event.stopPropagation();
}

/** One section per rule window, even when several categories point to it. */
function uniqueRestrictions(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.restriction.ruleId}|${reason.restriction.start}|${reason.restriction.area}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

function text(value: string): Text {
  return document.createTextNode(value);
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
