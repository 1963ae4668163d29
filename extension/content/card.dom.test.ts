import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { classify } from '../../src/detect/classify.ts';
import { statusAt } from '../../src/rules/status.ts';
import { type Verdict, verdictFor } from '../../src/risk/verdict.ts';
import enMessages from '../../public/_locales/en/messages.json' with { type: 'json' };
import frMessages from '../../public/_locales/fr/messages.json' with { type: 'json' };
import { speakerFrom } from '../shared/speaker.ts';
import { CARD_TITLE_ID, type CardActions, KEEP_PHRASES_ID, announcement, distinctPhrases, falseAlarmReport, renderCard, renderCountdowns, renderRecorded, warningKey } from './card.ts';

const en = speakerFrom(enMessages);
const fr = speakerFrom(frMessages, enMessages);
const dataset = loadDataset();
/** Saturday 6 May 2017, noon in Paris: inside France's campaign silence. */
const SILENCE = Date.parse('2017-05-06T12:00:00+02:00');
/** Friday 5 May 2017, 23:30 in Paris: half an hour before it. */
const EVE = Date.parse('2017-05-05T23:30:00+02:00');

function verdictAt(at: number, text: string): { verdict: Verdict; evidence: ReturnType<typeof classify>['evidence'] } {
  const { categories, evidence } = classify(text);
  return { verdict: verdictFor(categories, statusAt(at, ['FR'], dataset), at), evidence };
}

const noActions: CardActions = {
  dismiss: () => undefined,
  snooze: () => undefined,
  close: () => undefined,
  report: () => undefined,
  siteOff: () => undefined,
  settings: () => undefined,
};
/** The buttons every card starts with: the actions on this warning, then the next steps. */
const BUTTONS = ['panelDismiss', 'panelSnooze', 'panelClose', 'panelNotAboutThat', 'panelSiteOff', 'panelSettings'] as const;

function card(content: ReturnType<typeof verdictAt>, speaker = en, actions = noActions): HTMLElement {
  const root = document.createElement('div');
  root.append(...renderCard(document, content, speaker, 'Europe/Paris', actions));
  return root;
}

describe('the card', () => {
  it('is titled for a rule in force and names the phrase, the law, the window, the penalty and a source', () => {
    const root = card(verdictAt(SILENCE, 'Tout est là : #MacronLeaks'));
    const title = root.querySelector(`#${CARD_TITLE_ID}`);
    expect(title?.textContent).toBe(en.t('panelTitle'));
    expect(root.querySelector('mark')?.textContent).toContain('#MacronLeaks');
    const text = root.textContent ?? '';
    expect(text).toContain(en.t('panelLaw', 'Code électoral, art. L49'));
    expect(text).toContain('In force from');
    expect(text).toContain('Penalty:');
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists three phrases and counts the rest', () => {
    const root = card(verdictAt(SILENCE, '#MacronLeaks un, #EmmanuelMacronLeaks deux, #MacronGate trois, #MacronLeak quatre, #LeaksMacron cinq'));
    const content = verdictAt(SILENCE, '#MacronLeaks un, #EmmanuelMacronLeaks deux, #MacronGate trois, #MacronLeak quatre, #LeaksMacron cinq');
    const phrases = distinctPhrases(content.evidence).length;
    expect(phrases).toBeGreaterThan(3);
    expect(root.querySelectorAll('mark')).toHaveLength(3);
    expect(root.textContent).toContain(en.t('panelMorePhrases', String(phrases - 3)));
  });

  it('lists the same words once, however often the draft repeats them', () => {
    const root = card(verdictAt(SILENCE, 'Lisez #MacronLeaks ici. Il fait beau. Encore #MacronLeaks'));
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['#MacronLeaks']);
    expect(root.textContent).not.toContain(en.t('panelMorePhrases', '2'));
  });

  it('drops phrases overlapping a longer one, whatever their category', () => {
    const phrases = distinctPhrases([
      { category: 'leak', start: 10, end: 22, text: '#MacronLeaks' },
      { category: 'leak', start: 11, end: 17, text: 'Macron' },
      { category: 'campaign', start: 11, end: 30, text: 'MacronLeaks votez X' },
      { category: 'poll', start: 0, end: 5, text: '62 %' },
    ]);
    expect(phrases.map((p) => p.text)).toEqual(['62 %', 'MacronLeaks votez X']);
  });

  it('puts the actions right after the title', () => {
    const root = card(verdictAt(SILENCE, 'Tout est là : #MacronLeaks'));
    expect(root.children[1]?.className).toBe('actions');
    expect([...(root.children[1]?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual([en.t('panelDismiss'), en.t('panelSnooze'), en.t('panelClose')]);
  });

  it('lists only phrases a rule in force is about', () => {
    const content = verdictAt(SILENCE, 'Tout est là : #MacronLeaks. Sondage : Macron 62 %, Le Pen 38 %');
    const marks = (root: HTMLElement) => [...root.querySelectorAll('mark')].map((m) => m.textContent ?? '');
    expect(marks(card(content)).some((m) => m.includes('62'))).toBe(true);
    // Were no rule about polls in force, the poll figures would not be listed.
    const leakOnly = { ...content, verdict: { ...content.verdict, reasons: content.verdict.reasons.filter((r) => r.category === 'leak') } };
    expect(marks(card(leakOnly))).toEqual([expect.stringContaining('#MacronLeaks')]);
  });

  it('gives one section per rule window even when several categories point to it', () => {
    const content = verdictAt(SILENCE, 'Tout est là : #MacronLeaks');
    const [leak] = content.verdict.reasons;
    if (leak === undefined) throw new Error('no reason');
    // The same campaign-silence window is the reason for the leak and for campaigning.
    const twice = { ...content, verdict: { ...content.verdict, reasons: [leak, { ...leak, category: 'campaign' as const }] } };
    expect(card(twice).querySelectorAll('section')).toHaveLength(1);
  });

  it('says when a rule could not be fully confirmed', () => {
    const content = verdictAt(SILENCE, 'Tout est là : #MacronLeaks');
    const [first, ...rest] = content.verdict.reasons;
    if (first === undefined) throw new Error('no reason');
    const low = { ...first, restriction: { ...first.restriction, confidence: 'low' as const } };
    expect(card(content).textContent).not.toContain(en.t('panelUnconfirmed'));
    expect(card({ ...content, verdict: { ...content.verdict, reasons: [low, ...rest] } }).textContent).toContain(en.t('panelUnconfirmed'));
  });

  it('counts down to the end of a rule in force, on the verdict clock', () => {
    const content = verdictAt(SILENCE, 'Tout est là : #MacronLeaks');
    const root = card(content);
    renderCountdowns(root, en, SILENCE);
    // The silence ends on Sunday 7 May at 20:00 in Paris: 32 hours after Saturday noon.
    expect(root.querySelector('.countdown')?.textContent).toBe('Ends in 32 hours');
    renderCountdowns(root, en, SILENCE + 31.5 * 3_600_000);
    expect(root.querySelector('.countdown')?.textContent).toBe('Ends in 30 minutes');
  });

  it('before the silence, is titled for a rule about to start and counts down to its start', () => {
    const root = card(verdictAt(EVE, 'Tout est là : #MacronLeaks'));
    expect(root.querySelector(`#${CARD_TITLE_ID}`)?.textContent).toBe(en.t('panelTitleSoon'));
    renderCountdowns(root, en, EVE);
    expect(root.querySelector('.countdown')?.textContent).toBe('Starts in 30 minutes');
  });

  it("speaks the speaker's language", () => {
    const root = card(verdictAt(SILENCE, 'Tout est là : #MacronLeaks'), fr);
    expect(root.querySelector(`#${CARD_TITLE_ID}`)?.textContent).toBe(fr.t('panelTitle'));
    expect(fr.t('panelTitle')).not.toBe(en.t('panelTitle'));
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(BUTTONS.map((key) => fr.t(key)));
  });

  it('runs the matching action for each button', () => {
    const actions = { dismiss: vi.fn(), snooze: vi.fn(), close: vi.fn(), report: vi.fn(), siteOff: vi.fn(), settings: vi.fn() };
    const buttons = [...card(verdictAt(SILENCE, 'Tout est là : #MacronLeaks'), en, actions).querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(BUTTONS.map((key) => en.t(key)));
    buttons[1]?.click();
    expect(actions.snooze).toHaveBeenCalledOnce();
    expect(actions.dismiss).not.toHaveBeenCalled();
    expect(actions.close).not.toHaveBeenCalled();
    buttons[0]?.click();
    buttons[2]?.click();
    expect(actions.dismiss).toHaveBeenCalledOnce();
    expect(actions.close).toHaveBeenCalledOnce();
    buttons[4]?.click();
    buttons[5]?.click();
    expect(actions.siteOff).toHaveBeenCalledOnce();
    expect(actions.settings).toHaveBeenCalledOnce();
    expect(actions.report).not.toHaveBeenCalled();
  });

  it('reports a false alarm without the phrases unless the user ticks the option', () => {
    const actions = { ...noActions, report: vi.fn() };
    const root = card(verdictAt(SILENCE, 'Tout est là : #MacronLeaks'), en, actions);
    const report = [...root.querySelectorAll('button')].find((b) => b.textContent === en.t('panelNotAboutThat'));
    const option = root.querySelector<HTMLInputElement>(`#${KEEP_PHRASES_ID}`);
    expect(option?.checked).toBe(false);
    expect(root.querySelector(`label[for="${KEEP_PHRASES_ID}"]`)?.textContent).toBe(en.t('panelKeepPhrases'));
    report?.click();
    option?.click();
    report?.click();
    expect(actions.report.mock.calls).toEqual([[false], [true]]);
  });

  it('carries only the kinds, the countries and the instant of the warning, and the phrases only when asked', () => {
    const content = verdictAt(SILENCE, 'Tout est là : #MacronLeaks. Sondage : Macron 62 %, Le Pen 38 %');
    const without = falseAlarmReport(content, false);
    expect(without).toEqual({ categories: ['leak', 'poll'], countries: ['FR'], at: SILENCE });
    const withPhrases = falseAlarmReport(content, true);
    expect(withPhrases.phrases).toEqual(distinctPhrases(content.evidence).map((e) => e.text));
    expect(withPhrases.phrases?.join(' ')).toContain('#MacronLeaks');
  });

  it('shows "Off on this site" disabled, with the reason, when the policy locks the sites', () => {
    const actions = { ...noActions, siteOff: vi.fn() };
    const root = document.createElement('div');
    root.append(...renderCard(document, verdictAt(SILENCE, 'Tout est là : #MacronLeaks'), en, 'Europe/Paris', actions, { siteSwitchLocked: true }));
    const siteOff = [...root.querySelectorAll('button')].find((b) => b.textContent === en.t('panelSiteOff'));
    expect(siteOff?.disabled).toBe(true);
    const reason = root.querySelector(`#${siteOff?.getAttribute('aria-describedby') ?? 'none'}`);
    expect(reason?.textContent).toBe(en.t('panelSiteOffLocked'));
    siteOff?.click();
    expect(actions.siteOff).not.toHaveBeenCalled();
  });

  it('says where a recorded false alarm can be seen, and why a step failed', () => {
    const close = vi.fn();
    const root = document.createElement('div');
    root.append(...renderRecorded(document, en, verdictAt(SILENCE, 'Tout est là : #MacronLeaks').verdict, close));
    expect(root.querySelector('[role=status]')?.textContent).toBe(en.t('panelReported', en.t('popupFalseAlarmsHeading')));
    root.querySelector('button')?.click();
    expect(close).toHaveBeenCalledOnce();

    const failed = document.createElement('div');
    failed.append(...renderCard(document, verdictAt(SILENCE, 'Tout est là : #MacronLeaks'), en, 'Europe/Paris', noActions, { siteSwitchLocked: false, problem: 'locked' }));
    expect(failed.querySelector('[role=alert]')?.textContent).toBe(en.t('panelActionFailed', 'locked'));
  });

  it('says why when only a list of figures was seen on voting day (coded results under the results embargo)', () => {
    const at = Date.parse('2017-05-07T15:00:00+02:00');
    const found = classify('Au marché : poireaux à 54, navets à 46 !');
    expect(found.categories).toEqual([]);
    const verdict = verdictFor([], statusAt(at, ['FR'], dataset), at, (found.weak ?? []).map((w) => w.kind));
    expect(verdict.level).toBe('caution');
    const evidence = (found.weak ?? []).map((w) => ({ category: 'poll' as const, start: w.start, end: w.end, text: w.text }));
    const root = card({ verdict, evidence });
    expect(root.querySelector('mark')?.textContent).toBe('poireaux à 54, navets à 46');
    expect(root.querySelector('.weak')?.textContent).toBe(en.t('panelCodedResults'));
    // A real finding shows no such line.
    expect(card(verdictAt(SILENCE, 'Tout est là : #MacronLeaks')).querySelector('.weak')).toBeNull();
  });

  it('announces a warning with its countries, in the UI language, and keys it by its rules, not by the words typed', () => {
    const first = verdictAt(SILENCE, 'Tout est là : #MacronLeaks');
    expect(announcement(en, first.verdict)).toBe(en.t('announceWarning', 'France'));
    expect(announcement(fr, first.verdict)).toBe(fr.t('announceWarning', 'France'));
    expect(announcement(en, verdictAt(EVE, 'Tout est là : #MacronLeaks').verdict)).toBe(en.t('announceSoon', 'France'));
    const more = verdictAt(SILENCE, 'Tout est là : #MacronLeaks, lisez tout');
    expect(warningKey(more.verdict)).toBe(warningKey(first.verdict));
    const poll = verdictAt(SILENCE, 'Tout est là : #MacronLeaks. Sondage : Macron 62 %, Le Pen 38 %');
    expect(warningKey(poll.verdict)).not.toBe(warningKey(first.verdict));
  });

  it('gives the next step: safe to post after the end of the rules, on the clocks of the country and the user', () => {
    const root = document.createElement('div');
    root.append(...renderCard(document, verdictAt(SILENCE, 'Tout est là : #MacronLeaks'), en, 'America/New_York', noActions));
    expect(root.querySelector('.next')?.textContent).toBe(en.t('panelSafeAfter', en.t('timeInPlaceYours', ['Sun, May 7, 8:00 PM', 'Paris', '2:00 PM'])));
  });
});
