/**
 * The card's content: verdict and evidence in, DOM nodes out. No positioning,
 * no browser API, no clock: the language comes in as a Speaker, the user's zone
 * and "now" (on the verdict's clock) as values, so it renders the same in the
 * content script and in happy-dom tests (card.dom.test.ts). The badge
 * (badge.ts) hosts it, places it and wires its buttons.
 */
import type { Evidence } from '../../src/detect/detector.ts';
import { type Reason, type Verdict, reachOf } from '../../src/risk/verdict.ts';
import { localized } from '../../src/rules/localize.ts';
import { countryName, formatCountdown, formatZoned } from '../shared/format.ts';
import { reachLine } from '../shared/reach.ts';
import type { MessageKey, Speaker } from '../shared/speaker.ts';
import { MAX_PHRASE_LENGTH, MAX_REPORTED_PHRASES } from '../shared/false-alarms.ts';

/** Phrases listed in the card; the rest are counted. */
export const MAX_PHRASES = 3;
/** The card's heading; the dialog is labelled by it. */
export const CARD_TITLE_ID = 'sg-title';

const CATEGORY_LABEL: Record<Evidence['category'], MessageKey> = {
  leak: 'categoryLeak',
  poll: 'categoryPoll',
  campaign: 'categoryCampaign',
};

export interface CardContent {
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
}

export interface CardActions {
  readonly dismiss: () => void;
  readonly snooze: () => void;
  readonly close: () => void;
  /** "Not about that": a false-alarm report kept on this device; with the phrases only if the user ticked the option. */
  readonly report: (includePhrases: boolean) => void;
  /** "Off on this site", as the popup's switch does. */
  readonly siteOff: () => void;
  readonly settings: () => void;
}

export interface CardOptions {
  /** An organisation's policy locks the sites switched off: "Off on this site" is shown disabled, with why. */
  readonly siteSwitchLocked: boolean;
  /** Why the last next step failed, if it did. */
  readonly problem?: string;
}

/** The id of the option to keep the phrases in a false-alarm report. */
export const KEEP_PHRASES_ID = 'sg-keep-phrases';
const SITE_LOCKED_ID = 'sg-site-locked';

/** What a false-alarm report carries (see `cs-bg/false-alarm`): never the draft, the phrases only if asked. */
export interface FalseAlarmReport {
  readonly categories: Evidence['category'][];
  readonly countries: string[];
  readonly at: number;
  readonly phrases?: string[];
}

/** The report of this card's warning: its kinds, the countries of the restrictions it showed, when it was given. */
export function falseAlarmReport(content: CardContent, includePhrases: boolean): FalseAlarmReport {
  const { verdict } = content;
  const categories = [...new Set(verdict.reasons.map((r) => r.category))];
  const countries = [...new Set(verdict.reasons.map((r) => r.restriction.country))];
  const phrases = relevantPhrases(content)
    .map((e) => e.text.trim().slice(0, MAX_PHRASE_LENGTH))
    .filter((text, index, all) => text !== '' && all.indexOf(text) === index)
    .slice(0, MAX_REPORTED_PHRASES);
  return { categories, countries, at: Math.round(verdict.at), ...(includePhrases && phrases.length > 0 ? { phrases } : {}) };
}

/** Only what a rule in force is about, each phrase once. */
function relevantPhrases(content: CardContent): Evidence[] {
  return distinctPhrases(content.evidence.filter((e) => content.verdict.reasons.some((r) => r.category === e.category)));
}

/** The words a screen reader says once when a new warning appears (a polite live region). */
export function announcement(speaker: Speaker, verdict: Verdict): string {
  const countries = [...new Set(verdict.reasons.map((r) => r.restriction.country))].map((code) => countryName(speaker, code, code));
  const list = new Intl.ListFormat(speaker.language, { type: 'conjunction' }).format(countries);
  return speaker.t(startsSoon(verdict) ? 'announceSoon' : 'announceWarning', list);
}

/** Which warning this is: the same one again (more typing, a refresh) is not announced again. */
export function warningKey(verdict: Verdict): string {
  const rules = [...new Set(verdict.reasons.map((r) => `${r.category}:${r.restriction.ruleId}:${r.restriction.start}:${r.startsSoon === true}`))].sort();
  return `${verdict.level}|${rules.join(',')}`;
}

/** True when every reason is a rule about to start (the pre-silence caution), not one in force. */
export function startsSoon(verdict: Verdict): boolean {
  return verdict.reasons.every((reason) => reason.startsSoon === true);
}

/**
 * The card's children: title, the actions (first, so they never need
 * scrolling), the phrases found (only those a rule in force is about, each
 * once, a few at most), one section per rule window.
 * Countdown lines are empty until renderCountdowns fills them.
 */
export function renderCard(
  doc: Document,
  content: CardContent,
  speaker: Speaker,
  userZone: string | undefined,
  actions: CardActions,
  options: CardOptions = { siteSwitchLocked: false },
): Node[] {
  const { t } = speaker;
  const element = elementMaker(doc);
  const text = (value: string) => doc.createTextNode(value);
  const children: Node[] = [element('h2', { id: CARD_TITLE_ID }, t(startsSoon(content.verdict) ? 'panelTitleSoon' : 'panelTitle'))];
  // The actions come first, so they show without scrolling in a short window or at 200 % zoom.
  const buttons = element('div', { class: 'actions' });
  for (const [key, action] of [
    ['panelDismiss', actions.dismiss],
    ['panelSnooze', actions.snooze],
    ['panelClose', actions.close],
  ] as const) {
    const button = element('button', { type: 'button' }, t(key));
    button.addEventListener('click', () => action());
    buttons.append(button);
  }
  children.push(buttons);
  children.push(...nextSteps(doc, speaker, actions, options));
  // The next step: when every rule behind this warning has ended.
  const until = Math.max(...content.verdict.reasons.map((r) => r.restriction.end));
  const last = content.verdict.reasons.find((r) => r.restriction.end === until)?.restriction;
  if (last !== undefined) children.push(element('p', { class: 'next' }, t('panelSafeAfter', formatZoned(speaker, until, last.zone, userZone, content.verdict.at))));
  // Only what a rule in force is about, each phrase once, and a few at most: a long draft can match dozens.
  const relevant = relevantPhrases(content);
  for (const evidence of relevant.slice(0, MAX_PHRASES)) {
    const line = element('p', { class: 'detected' });
    const [before, after] = t('panelDetected', '\u0000').split('\u0000');
    line.append(text(before ?? ''), element('mark', {}, evidence.text), text(`${after ?? ''} (${t(CATEGORY_LABEL[evidence.category])})`));
    children.push(line);
  }
  if (relevant.length > MAX_PHRASES) children.push(element('p', { class: 'detected' }, t('panelMorePhrases', String(relevant.length - MAX_PHRASES))));
  const at = content.verdict.at;
  for (const reason of uniqueRestrictions(content.verdict.reasons)) {
    const r = reason.restriction;
    const section = element('section', { class: 'reason' });
    section.append(
      element('h3', {}, t('panelElectionHeading', [countryName(speaker, r.country, r.country), localized(r.election.name, speaker.language)])),
      element('p', {}, localized(r.summary, speaker.language)),
      element('p', { class: 'law' }, t('panelLaw', r.legalBasis)),
      element('p', {}, t('panelWindow', [formatZoned(speaker, r.start, r.zone, userZone, at), formatZoned(speaker, r.end, r.zone, userZone, at)])),
      reason.startsSoon === true
        ? element('p', { class: 'countdown', 'data-start': String(r.start) })
        : element('p', { class: 'countdown', 'data-end': String(r.end) }),
      element('p', {}, t('panelPenalty', localized(r.penalty, speaker.language))),
    );
    // Only a list of figures was seen: say so, the user may not see why a caution shows.
    if (reason.weak === 'coded-results') {
      section.append(element('p', { class: 'weak' }, t('panelCodedResults')));
    }
    const reach = reachLine(speaker, reachOf(r), r.binds);
    if (reach !== undefined) section.append(element('p', { class: 'reach', 'data-reach': reachOf(r) }, reach));
    if (r.confidence === 'low') section.append(element('p', { class: 'unconfirmed' }, t('panelUnconfirmed')));
    const source = r.sources[0];
    if (source !== undefined) {
      const link = element('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', title: source.title }, `${t('panelSource')}: ${source.title}`);
      section.append(element('p', {}, link));
    }
    children.push(section);
  }
  children.push(element('p', { class: 'foot' }, t('panelNotBlocking')));
  return children;
}

/**
 * What the user can do next besides waiting: report a false alarm (the
 * phrases only if they tick the option, off by default), switch the site
 * off, open the settings.
 */
function nextSteps(doc: Document, { t }: Speaker, actions: CardActions, { siteSwitchLocked, problem }: CardOptions): Node[] {
  const element = elementMaker(doc);
  const group = element('div', { class: 'actions next-steps', role: 'group', 'aria-label': t('panelNextSteps') });
  const keepPhrases = element('input', { type: 'checkbox', id: KEEP_PHRASES_ID });
  const report = element('button', { type: 'button' }, t('panelNotAboutThat'));
  report.addEventListener('click', () => actions.report(keepPhrases.checked));
  const siteOff = element('button', { type: 'button' }, t('panelSiteOff'));
  if (siteSwitchLocked) {
    // Shown, not hidden: the user learns the switch exists and why it is not theirs to use.
    siteOff.disabled = true;
    siteOff.setAttribute('aria-describedby', SITE_LOCKED_ID);
  } else {
    siteOff.addEventListener('click', () => actions.siteOff());
  }
  const settings = element('button', { type: 'button' }, t('panelSettings'));
  settings.addEventListener('click', () => actions.settings());
  group.append(report, siteOff, settings);
  const option = element('p', { class: 'option' });
  option.append(keepPhrases, element('label', { for: KEEP_PHRASES_ID }, t('panelKeepPhrases')));
  const nodes: Node[] = [group, option];
  if (siteSwitchLocked) nodes.push(element('p', { class: 'locked', id: SITE_LOCKED_ID }, t('panelSiteOffLocked')));
  if (problem !== undefined) nodes.push(element('p', { class: 'problem', role: 'alert' }, t('panelActionFailed', problem)));
  return nodes;
}

/**
 * The card once a false alarm is recorded: what happened and where to see it.
 * Closing it quiets the warning for this draft, as Dismiss does.
 */
export function renderRecorded(doc: Document, { t }: Speaker, verdict: Verdict, close: () => void): Node[] {
  const element = elementMaker(doc);
  const button = element('button', { type: 'button' }, t('panelClose'));
  button.addEventListener('click', () => close());
  const actions = element('div', { class: 'actions' });
  actions.append(button);
  return [
    element('h2', { id: CARD_TITLE_ID }, t(startsSoon(verdict) ? 'panelTitleSoon' : 'panelTitle')),
    element('p', { class: 'recorded', role: 'status' }, t('panelReported', t('popupFalseAlarmsHeading'))),
    actions,
  ];
}

/** Fills the card's countdown lines for `now` (on the verdict's clock, so they follow a preview date). */
export function renderCountdowns(card: ParentNode, speaker: Speaker, now: number): void {
  for (const line of card.querySelectorAll<HTMLElement>('.countdown')) {
    line.textContent =
      line.dataset.start === undefined
        ? speaker.t('panelEndsIn', formatCountdown(speaker, Number(line.dataset.end) - now))
        : speaker.t('panelStartsIn', formatCountdown(speaker, Number(line.dataset.start) - now));
  }
}

/**
 * Each phrase once: spans overlapping one already listed (the same words found
 * by two patterns, or for two categories) and repeats of the same words are
 * dropped; the longest of overlapping spans is kept. Draft order is kept.
 */
export function distinctPhrases(evidence: readonly Evidence[]): Evidence[] {
  const byLength = [...evidence].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Evidence[] = [];
  const texts = new Set<string>();
  for (const e of byLength) {
    const words = e.text.trim().toLowerCase();
    if (texts.has(words) || kept.some((k) => e.start < k.end && k.start < e.end)) continue;
    kept.push(e);
    texts.add(words);
  }
  return kept.sort((a, b) => a.start - b.start);
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

function elementMaker(doc: Document) {
  return function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, child?: string | Node): HTMLElementTagNameMap[K] {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (child !== undefined) node.append(child);
    return node;
  };
}
