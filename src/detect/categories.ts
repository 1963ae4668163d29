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

export interface Classification {
  readonly categories: readonly Category[];
  readonly evidence: readonly Evidence[];
}
