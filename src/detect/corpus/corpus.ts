/**
 * The labelled corpus (one JSONL file per language in this folder), read and
 * validated for the evaluation and the tests. Node only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as v from 'valibot';
import { CATEGORIES } from '../classify.ts';

export const corpusItem = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}-\d{3}$/)),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2}$/)),
  text: v.pipe(v.string(), v.nonEmpty()),
  labels: v.array(v.picklist(CATEGORIES)),
  split: v.picklist(['dev', 'holdout']),
  /** "written", or the URL of the public page the text is quoted from. */
  source: v.union([v.literal('written'), v.pipe(v.string(), v.url())]),
  tricks: v.array(v.string()),
  note: v.optional(v.string()),
});

export type CorpusItem = v.InferOutput<typeof corpusItem>;

/** This folder; callers running from a bundle elsewhere pass it explicitly. */
export function loadCorpus(folder: URL = new URL('./', import.meta.url)): CorpusItem[] {
  const items: CorpusItem[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(new URL(file, folder), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        const result = v.safeParse(corpusItem, JSON.parse(line));
        if (result.success) items.push(result.output);
        else problems.push(`${file}:${index + 1}: ${result.issues.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`).join('; ')}`);
      } catch (error) {
        problems.push(`${file}:${index + 1}: ${(error as Error).message}`);
      }
    });
  }
  if (problems.length > 0) throw new Error(`corpus problems:\n${problems.join('\n')}`);
  return items;
}
