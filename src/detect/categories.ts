/** What the detector reports: the kinds of risky draft, and the evidence for each. */
export const CATEGORIES = ['leak', 'poll', 'campaign'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Evidence {
  readonly category: Category;
  /** UTF-16 offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The original text of the span. */
  readonly text: string;
}

/**
 * Shapes too weak to be a category on their own, which the verdict weighs
 * against the restrictions in force: `coded-results`, a list of names with
 * figures adding up to about 100 ("les tomates à 54, les courgettes à 46"),
 * cautions only while an exit-poll or results embargo is in force.
 */
export const WEAK_SIGNALS = ['coded-results'] as const;
export type WeakSignal = (typeof WEAK_SIGNALS)[number];

export interface WeakEvidence {
  readonly kind: WeakSignal;
  /** UTF-16 offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Classification {
  readonly categories: readonly Category[];
  readonly evidence: readonly Evidence[];
  /** Weak signals found where no category was (absent when none). */
  readonly weak?: readonly WeakEvidence[];
}
