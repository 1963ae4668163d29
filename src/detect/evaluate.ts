/**
 * Precision, recall and F1 of the classifier on labelled items, per label and
 * per language, plus "any risk" (was anything flagged at all) and the list
 * of errors.
 */
import { CATEGORIES, type Category, classify } from './classify.ts';

export interface LabelledText {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
  readonly labels: readonly Category[];
}

export interface Scores {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ErrorItem {
  readonly id: string;
  readonly expected: readonly Category[];
  readonly predicted: readonly Category[];
  readonly evidence: readonly string[];
  readonly text: string;
}

export interface Evaluation {
  readonly items: number;
  readonly perLabel: Record<Category, Scores>;
  readonly anyRisk: Scores;
  readonly perLanguage: Record<string, { items: number; perLabel: Record<Category, Scores>; anyRisk: Scores }>;
  readonly errors: readonly ErrorItem[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function evaluate(items: readonly LabelledText[]): Evaluation {
  const labelCounts = emptyLabelCounts();
  const anyCounts = { tp: 0, fp: 0, fn: 0 };
  const languages = new Map<string, { items: number; labels: Record<Category, Counts>; any: Counts }>();
  const errors: ErrorItem[] = [];

  for (const item of items) {
    const result = classify(item.text);
    const language = languages.get(item.lang) ?? { items: 0, labels: emptyLabelCounts(), any: { tp: 0, fp: 0, fn: 0 } };
    language.items += 1;
    languages.set(item.lang, language);
    for (const category of CATEGORIES) {
      const expected = item.labels.includes(category);
      const predicted = result.categories.includes(category);
      for (const counts of [labelCounts[category], language.labels[category]]) tally(counts, expected, predicted);
    }
    for (const counts of [anyCounts, language.any]) tally(counts, item.labels.length > 0, result.categories.length > 0);
    const same = item.labels.length === result.categories.length && item.labels.every((l) => result.categories.includes(l));
    if (!same) {
      errors.push({
        id: item.id,
        expected: item.labels,
        predicted: result.categories,
        evidence: result.evidence.map((e) => `${e.category}:${e.text}`),
        text: item.text,
      });
    }
  }

  return {
    items: items.length,
    perLabel: mapLabels(labelCounts),
    anyRisk: scores(anyCounts),
    perLanguage: Object.fromEntries(
      [...languages].sort(([a], [b]) => a.localeCompare(b)).map(([lang, data]) => [lang, { items: data.items, perLabel: mapLabels(data.labels), anyRisk: scores(data.any) }]),
    ),
    errors,
  };
}

function emptyLabelCounts(): Record<Category, Counts> {
  return { leak: { tp: 0, fp: 0, fn: 0 }, poll: { tp: 0, fp: 0, fn: 0 }, campaign: { tp: 0, fp: 0, fn: 0 } };
}

function tally(counts: Counts, expected: boolean, predicted: boolean): void {
  if (expected && predicted) counts.tp += 1;
  else if (predicted) counts.fp += 1;
  else if (expected) counts.fn += 1;
}

function mapLabels(counts: Record<Category, Counts>): Record<Category, Scores> {
  return { leak: scores(counts.leak), poll: scores(counts.poll), campaign: scores(counts.campaign) };
}

/** Precision of nothing predicted is 1 and recall of nothing expected is 1: no error was made. */
export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
