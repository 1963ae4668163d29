/**
 * What happens to a draft, from keystroke pause to badge: classify it, ask the
 * background for a verdict on its categories, show or hide the badge. Newer
 * drafts abort older checks and verdicts that arrive after their draft was
 * superseded are dropped; "dismiss" hides the badge for this draft until it
 * says something new (a phrase not seen when dismissed), or another draft
 * takes its place (cleared, or starting differently). All the browser parts (detector, messaging, the badge)
 * are passed in, so this runs under vitest (draft-session.test.ts).
 */
import type { Category, Classification, Evidence, WeakSignal } from '../../src/detect/detector.ts';
import type { Verdict } from '../../src/risk/verdict.ts';
import type { VerdictResponse } from '../shared/messages.ts';

export interface ShownDraft {
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
  /** An organisation's policy locks the sites switched off (the card's "Off on this site" is disabled). */
  readonly siteSwitchLocked: boolean;
}

export interface DraftSessionParts<C> {
  /** Classifies the draft; may stop early (reject) once `signal` aborts. */
  classify(draft: string, signal: AbortSignal): Promise<Classification>;
  /** `weak`: weak signals found where no category was (coded results), which only caution under some rules. */
  askVerdict(categories: readonly Category[], weak: readonly WeakSignal[]): Promise<VerdictResponse>;
  show(composer: C, draft: ShownDraft): void;
  hide(): void;
  /** A check failed for another reason than being superseded or shut down. */
  fail(error: unknown): void;
  /**
   * The check of the current draft is over and its outcome applied: the badge
   * shows (`warned`) or stays hidden (`quiet`). `length` is the draft's length.
   * Test builds report it where only the e2e harness reads it (see index.ts).
   */
  checked?(outcome: 'warned' | 'quiet', length: number): void;
}

export interface DraftSession<C> {
  /** The user paused typing in `composer`, whose draft is now `text`. */
  draft(composer: C, text: string): void;
  /** The composer left the page (an SPA swapped it out). */
  composerGone(composer: C): void;
  /** Settings or the clock changed: ask again for the current draft. */
  refresh(): Promise<void>;
  /** Hide the badge until this draft says something new. */
  dismiss(): void;
}

interface Dismissal {
  readonly phrases: ReadonlySet<string>;
  readonly opening: string;
}

/** A draft starting with the dismissed one's first characters is taken for the same draft, edited. */
const OPENING_LENGTH = 16;

interface DraftState<C> {
  readonly composer: C;
  readonly classification: Classification;
  /** The draft's text, kept in this tab only: a dismissal remembers how it began. */
  readonly text: string;
  /** What the user dismissed: the phrases (the badge returns for any other) and how that draft began. */
  dismissed: Dismissal | undefined;
}

/** `signal` ends the session: no check runs or shows anything after it aborts. */
export function createDraftSession<C>(parts: DraftSessionParts<C>, signal: AbortSignal): DraftSession<C> {
  let state: DraftState<C> | undefined;
  /** The check in progress; a newer draft aborts it. */
  let checking: AbortController | undefined;
  /** Increases with every verdict request, so an older verdict arriving late is ignored. */
  let generation = 0;

  async function render(): Promise<void> {
    const current = state;
    const ticket = ++generation;
    const quiet = () => {
      parts.hide();
      if (current !== undefined) parts.checked?.('quiet', current.text.length);
    };
    if (current === undefined || (current.classification.categories.length === 0 && (current.classification.weak ?? []).length === 0)) {
      quiet();
      return;
    }
    if (current.dismissed !== undefined) {
      const dismissed = current.dismissed;
      if (shownEvidence(current.classification).every((e) => dismissed.phrases.has(phraseKey(e)))) {
        quiet();
        return;
      }
      // Something new: this is a new warning, and a later dismissal starts from it.
      current.dismissed = undefined;
    }
    let answer: VerdictResponse;
    try {
      answer = await parts.askVerdict([...current.classification.categories], weakSignals(current.classification));
    } catch (error) {
      parts.fail(error);
      return;
    }
    if (ticket !== generation || state !== current || signal.aborted) return;
    if (!answer.active || answer.verdict.level === 'none') {
      quiet();
      return;
    }
    parts.show(current.composer, { verdict: answer.verdict, evidence: shownEvidence(current.classification), siteSwitchLocked: answer.siteSwitchLocked === true });
    parts.checked?.('warned', current.text.length);
  }

  return {
    draft(composer, text) {
      checking?.abort();
      const controller = new AbortController();
      checking = controller;
      void (async () => {
        const classification = await parts.classify(text, AbortSignal.any([signal, controller.signal]));
        // A short draft is classified in one go, so a newer draft or a departed composer is checked here.
        if (controller.signal.aborted || signal.aborted) return;
        // A dismissal holds for this draft only: another composer, a draft cleared (nothing risky
        // left) or one starting differently (the next post) starts afresh.
        const previous = state?.composer === composer ? state.dismissed : undefined;
        const dismissed = previous !== undefined && classification.categories.length > 0 && text.trimStart().startsWith(previous.opening) ? previous : undefined;
        state = { composer, text, classification, dismissed };
        await render();
      })().catch((error: unknown) => {
        if (controller.signal.aborted || signal.aborted) return; // a newer draft, or shutdown
        parts.fail(error);
      });
    },
    composerGone(composer) {
      checking?.abort();
      if (state?.composer === composer) {
        state = undefined;
        parts.hide();
      }
    },
    refresh: render,
    dismiss() {
      if (state !== undefined) {
        state.dismissed = { phrases: new Set(shownEvidence(state.classification).map(phraseKey)), opening: state.text.trimStart().slice(0, OPENING_LENGTH) };
      }
      parts.hide();
    },
  };
}

/** A phrase as the user reads it: the same words found again are not news. */
function phraseKey(evidence: Evidence): string {
  return `${evidence.category}|${evidence.text.toLowerCase()}`;
}

function weakSignals(classification: Classification): WeakSignal[] {
  return [...new Set((classification.weak ?? []).map((w) => w.kind))];
}

/** The phrases the card may show: a weak signal's span shows as evidence of the category it stands for. */
function shownEvidence(classification: Classification): readonly Evidence[] {
  if (classification.weak === undefined) return classification.evidence;
  return [...classification.evidence, ...classification.weak.map((w): Evidence => ({ category: 'poll', start: w.start, end: w.end, text: w.text }))];
}
