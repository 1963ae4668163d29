import { describe, expect, it } from 'vitest';
import type { Category, Classification } from '../../src/detect/detector.ts';
import type { Verdict } from '../../src/risk/verdict.ts';
import type { VerdictResponse } from '../shared/messages.ts';
import { type DraftSessionParts, createDraftSession } from './draft-session.ts';

/** A promise settled by the test, to order replies the way a slow background would. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function classification(...categories: Category[]): Classification {
  return { categories, evidence: categories.map((category, i) => ({ category, start: i, end: i + 1, text: `${category} phrase` })) };
}

function warning(at = 1): Verdict {
  return { level: 'warning', reasons: [], until: null, at };
}

type Event = { shown: string; composer: string; at: number } | { hidden: true };

/**
 * A session whose parts record what the user would see. By default drafts are
 * classified by their text ("leak", "leak poll", "" for a neutral draft) and
 * the background answers a warning at once.
 */
function harness(overrides: Partial<DraftSessionParts<string>> = {}) {
  const events: Event[] = [];
  const asked: (readonly Category[])[] = [];
  const failures: unknown[] = [];
  const checks: string[] = [];
  /** What the user saw when each check was reported: a test waiting for the report must see the final state. */
  const seenWhenChecked: (Event | undefined)[] = [];
  const lifetime = new AbortController();
  const parts: DraftSessionParts<string> = {
    classify: async (draft) => classification(...(draft.split(' ').filter((word) => word !== '') as Category[])),
    askVerdict: async (categories) => {
      asked.push(categories);
      return { active: true, verdict: warning() };
    },
    show: (composer, { verdict, evidence }) => events.push({ shown: evidence.map((e) => e.category).join(','), composer, at: verdict.at }),
    hide: () => events.push({ hidden: true }),
    fail: (error) => failures.push(error),
    checked: (outcome, length) => {
      checks.push(`${outcome} ${length}`);
      seenWhenChecked.push(events[events.length - 1]);
    },
    ...overrides,
  };
  const session = createDraftSession(parts, lifetime.signal);
  const last = () => events[events.length - 1];
  return { session, events, asked, failures, checks, seenWhenChecked, lifetime, last };
}

describe('draft session', () => {
  it('shows the badge for a risky draft with its evidence, and hides it without asking for a neutral one', async () => {
    const { session, asked, last } = harness();
    session.draft('composer', 'leak poll');
    await settle();
    expect(last()).toEqual({ shown: 'leak,poll', composer: 'composer', at: 1 });
    expect(asked).toEqual([['leak', 'poll']]);

    session.draft('composer', '');
    await settle();
    expect(last()).toEqual({ hidden: true });
    expect(asked).toHaveLength(1);
  });

  it('hides the badge when the background says warnings are off or nothing applies', async () => {
    const answers: VerdictResponse[] = [{ active: false }, { active: true, verdict: { ...warning(), level: 'none' } }];
    const { session, events } = harness({ askVerdict: async () => answers.shift() as VerdictResponse });
    session.draft('composer', 'leak');
    await settle();
    session.draft('composer', 'leak');
    await settle();
    expect(events).toEqual([{ hidden: true }, { hidden: true }]);
  });

  it('drops a verdict that arrives after a newer draft was answered', async () => {
    const replies = [deferred<VerdictResponse>(), deferred<VerdictResponse>()];
    let call = 0;
    const { session, events } = harness({ askVerdict: () => (replies[call++] as ReturnType<typeof deferred<VerdictResponse>>).promise });
    session.draft('composer', 'leak');
    await settle();
    session.draft('composer', 'poll');
    await settle();
    replies[1]?.resolve({ active: true, verdict: warning(2) });
    await settle();
    replies[0]?.resolve({ active: true, verdict: warning(1) });
    await settle();
    expect(events).toEqual([{ shown: 'poll', composer: 'composer', at: 2 }]);
  });

  it('aborts the classification of an older draft when a newer one comes, and never shows its result', async () => {
    const pending = deferred<Classification>();
    const signals: AbortSignal[] = [];
    let call = 0;
    const { session, events, failures } = harness({
      classify: (draft, signal) => {
        signals.push(signal);
        return call++ === 0 ? pending.promise : Promise.resolve(classification(draft as Category));
      },
    });
    session.draft('composer', 'leak');
    session.draft('composer', 'poll');
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    await settle();
    pending.resolve(classification('leak'));
    await settle();
    expect(events).toEqual([{ shown: 'poll', composer: 'composer', at: 1 }]);
    expect(failures).toEqual([]);
  });

  it('after dismiss, keeps the badge hidden for the same draft until it says something new', async () => {
    const { session, events, asked, last } = harness();
    session.draft('composer', 'leak');
    await settle();
    session.dismiss();
    expect(last()).toEqual({ hidden: true });

    session.draft('composer', 'leak');
    await settle();
    expect(last()).toEqual({ hidden: true });
    expect(asked).toHaveLength(1);

    session.draft('composer', 'leak poll');
    await settle();
    expect(last()).toEqual({ shown: 'leak,poll', composer: 'composer', at: 1 });
    expect(events.filter((e) => 'shown' in e)).toHaveLength(2);
  });

  it('ends a dismissal when the draft is cleared: the next draft warns again', async () => {
    const { session, last } = harness();
    session.draft('composer', 'leak');
    await settle();
    session.dismiss();
    // The post was sent (or the text deleted): the composer is empty again.
    session.draft('composer', '');
    await settle();
    session.draft('composer', 'leak');
    await settle();
    expect(last()).toEqual({ shown: 'leak', composer: 'composer', at: 1 });
  });

  it('ends a dismissal when another draft, starting differently, takes its place', async () => {
    const { session, last } = harness({ classify: async (draft) => (draft.includes('#leak') ? classification('leak') : classification()) });
    session.draft('composer', 'Look: #leak');
    await settle();
    session.dismiss();
    session.draft('composer', 'Look: #leak, all of it');
    await settle();
    expect(last()).toEqual({ hidden: true });
    // Select all, type the next post: the empty composer was never seen, but this is not the dismissed draft.
    session.draft('composer', 'Read the #leak');
    await settle();
    expect(last()).toEqual({ shown: 'leak', composer: 'composer', at: 1 });
  });

  it('ends a dismissal when a new phrase of an already dismissed category appears', async () => {
    const phrases: Record<string, Classification> = {
      'Look': { categories: ['leak'], evidence: [{ category: 'leak', start: 0, end: 5, text: '#MacronLeaks' }] },
      'Look again': { categories: ['leak'], evidence: [{ category: 'leak', start: 0, end: 5, text: '#macronleaks' }] },
      'Look again, more': {
        categories: ['leak'],
        evidence: [
          { category: 'leak', start: 0, end: 5, text: '#MacronLeaks' },
          { category: 'leak', start: 9, end: 14, text: 'piratés' },
        ],
      },
    };
    const { session, last } = harness({ classify: async (draft) => phrases[draft] as Classification });
    session.draft('composer', 'Look');
    await settle();
    session.dismiss();
    session.draft('composer', 'Look again');
    await settle();
    expect(last()).toEqual({ hidden: true });
    session.draft('composer', 'Look again, more');
    await settle();
    expect(last()).toEqual({ shown: 'leak,leak', composer: 'composer', at: 1 });
  });

  it('keeps a dismissal to its composer', async () => {
    const { session, last } = harness();
    session.draft('first', 'leak');
    await settle();
    session.dismiss();
    session.draft('second', 'leak');
    await settle();
    expect(last()).toEqual({ shown: 'leak', composer: 'second', at: 1 });
  });

  it('hides the badge when its composer leaves the page, not when another one does', async () => {
    const { session, events, last } = harness();
    session.draft('composer', 'leak');
    await settle();
    session.composerGone('elsewhere');
    expect(events).toHaveLength(1);
    session.composerGone('composer');
    expect(last()).toEqual({ hidden: true });
  });

  it('asks again for the current draft on refresh (settings or the clock changed)', async () => {
    const answers: VerdictResponse[] = [{ active: true, verdict: warning(1) }, { active: false }];
    const { session, asked, last } = harness({
      askVerdict: async (categories) => {
        asked.push(categories);
        return answers.shift() as VerdictResponse;
      },
    });
    session.draft('composer', 'leak');
    await settle();
    expect(last()).toEqual({ shown: 'leak', composer: 'composer', at: 1 });
    await session.refresh();
    expect(asked).toEqual([['leak'], ['leak']]);
    expect(last()).toEqual({ hidden: true });
  });

  it('shows nothing once shut down, and reports no failure of a check cut short', async () => {
    const reply = deferred<VerdictResponse>();
    const classifying = deferred<Classification>();
    let call = 0;
    const { session, events, failures, lifetime } = harness({
      askVerdict: () => reply.promise,
      classify: () => (call++ === 0 ? Promise.resolve(classification('leak')) : classifying.promise),
    });
    session.draft('first', 'leak');
    await settle();
    session.draft('second', 'leak');
    lifetime.abort();
    reply.resolve({ active: true, verdict: warning() });
    classifying.reject(new DOMException('stopped', 'AbortError'));
    await settle();
    expect(events).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('reports a failed classification or verdict request', async () => {
    const broken = new Error('background gone');
    const { session, failures } = harness({
      askVerdict: async () => {
        throw broken;
      },
    });
    session.draft('composer', 'leak');
    await settle();
    expect(failures).toEqual([broken]);

    const unreadable = new Error('patterns missing');
    const other = harness({ classify: async () => Promise.reject(unreadable) });
    other.session.draft('composer', 'leak');
    await settle();
    expect(other.failures).toEqual([unreadable]);
  });

  it('asks about weak signals too (coded results) and shows their span as the evidence', async () => {
    const weakAsked: unknown[] = [];
    const { session, last } = harness({
      classify: async () => ({ categories: [], evidence: [], weak: [{ kind: 'coded-results', start: 0, end: 9, text: 'roses 52,' }] }),
      askVerdict: async (categories, weak) => {
        weakAsked.push([categories, weak]);
        return { active: true, verdict: warning() };
      },
    });
    session.draft('composer', 'roses 52, tulips 48');
    await settle();
    expect(weakAsked).toEqual([[[], ['coded-results']]]);
    expect(last()).toEqual({ shown: 'poll', composer: 'composer', at: 1 });
  });

  describe('reports when each check is over (what test builds tell the e2e harness)', () => {
    it('quiet for a neutral draft, warned once the badge shows, with the draft\'s length', async () => {
      const { session, checks, seenWhenChecked } = harness();
      session.draft('composer', ' ');
      await settle();
      expect(checks).toEqual(['quiet 1']);
      session.draft('composer', 'leak poll');
      await settle();
      expect(checks).toEqual(['quiet 1', 'warned 9']);
      expect(seenWhenChecked).toEqual([{ hidden: true }, { shown: 'leak,poll', composer: 'composer', at: 1 }]);
    });

    it('quiet, after hiding, when the background has nothing to warn about or the draft was dismissed', async () => {
      const answers: VerdictResponse[] = [{ active: false }, { active: true, verdict: { ...warning(), level: 'none' } }, { active: true, verdict: warning() }];
      const { session, checks, seenWhenChecked } = harness({ askVerdict: async () => answers.shift() as VerdictResponse });
      session.draft('composer', 'leak');
      await settle();
      session.draft('composer', 'poll');
      await settle();
      session.draft('composer', 'leak poll');
      await settle();
      session.dismiss();
      session.draft('composer', 'leak poll');
      await settle();
      expect(checks).toEqual(['quiet 4', 'quiet 4', 'warned 9', 'quiet 9']);
      expect(seenWhenChecked).toEqual([{ hidden: true }, { hidden: true }, { shown: 'leak,poll', composer: 'composer', at: 1 }, { hidden: true }]);
    });

    it('reports nothing for a stale answer: only the newest draft\'s check is over', async () => {
      const replies = [deferred<VerdictResponse>(), deferred<VerdictResponse>()];
      let call = 0;
      const { session, checks } = harness({ askVerdict: () => (replies[call++] as ReturnType<typeof deferred<VerdictResponse>>).promise });
      session.draft('composer', 'leak');
      await settle();
      session.draft('composer', 'leak poll');
      await settle();
      replies[1]?.resolve({ active: false });
      await settle();
      replies[0]?.resolve({ active: true, verdict: warning() });
      await settle();
      expect(checks).toEqual(['quiet 9']);
    });

    it('reports nothing for a draft superseded while it was classified, a failed check, or after shutdown', async () => {
      const classifying = deferred<Classification>();
      let call = 0;
      const superseded = harness({ classify: (draft) => (call++ === 0 ? classifying.promise : Promise.resolve(classification(draft as Category))) });
      superseded.session.draft('composer', 'leak');
      superseded.session.draft('composer', 'poll');
      await settle();
      classifying.resolve(classification('leak'));
      await settle();
      expect(superseded.checks).toEqual(['warned 4']);

      const failing = harness({ askVerdict: async () => Promise.reject(new Error('background gone')) });
      failing.session.draft('composer', 'leak');
      await settle();
      expect(failing.checks).toEqual([]);

      const reply = deferred<VerdictResponse>();
      const shutDown = harness({ askVerdict: () => reply.promise });
      shutDown.session.draft('composer', 'leak');
      await settle();
      shutDown.lifetime.abort();
      reply.resolve({ active: true, verdict: warning() });
      await settle();
      expect(shutDown.checks).toEqual([]);
    });
  });
});
