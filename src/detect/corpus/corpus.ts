/**
 * The labelled corpus (one JSONL file per language in this folder) and the
 * frozen blind set (src/detect/blind, same item shape), read and validated
 * for the evaluation and the tests. Node only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as v from 'valibot';
import { CATEGORIES } from '../classify.ts';

const itemEntries = {
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}-\d{3}$/)),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2}$/)),
  text: v.pipe(v.string(), v.nonEmpty()),
  labels: v.array(v.picklist(CATEGORIES)),
  split: v.picklist(['dev', 'holdout']),
  /** "written", or the URL of the public page the text is quoted from. */
  source: v.union([v.literal('written'), v.pipe(v.string(), v.url())]),
  tricks: v.array(v.string()),
  note: v.optional(v.string()),
};

export const corpusItem = v.strictObject(itemEntries);

/**
 * A blind-set item: a real post quoted from a public page (so `source` is
 * always that page's URL), id `<lang>-b<NNN>`, split "blind". Never tuned on;
 * `npm run eval` reports it only in aggregate.
 */
export const blindItem = v.strictObject({
  ...itemEntries,
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}-b\d{3}$/)),
  split: v.literal('blind'),
  source: v.pipe(v.string(), v.url(), v.startsWith('http')),
});

export type CorpusItem = v.InferOutput<typeof corpusItem>;
export type BlindItem = v.InferOutput<typeof blindItem>;

/** This folder; callers running from a bundle elsewhere pass it explicitly. */
export function loadCorpus(folder: URL = new URL('./', import.meta.url)): CorpusItem[] {
  return loadJsonl(folder, corpusItem, 'corpus');
}

/**
 * The blind set (src/detect/blind). Problems are reported by file, line and
 * field only, never with the item's text.
 */
export function loadBlind(folder: URL = new URL('../blind/', import.meta.url)): BlindItem[] {
  return loadJsonl(folder, blindItem, 'blind set');
}

function loadJsonl<T extends v.GenericSchema>(folder: URL, schema: T, what: string): v.InferOutput<T>[] {
  const items: v.InferOutput<T>[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(new URL(file, folder), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        const result = v.safeParse(schema, JSON.parse(line));
        if (result.success) items.push(result.output);
        else problems.push(`${file}:${index + 1}: ${result.issues.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`).join('; ')}`);
      } catch (error) {
        problems.push(`${file}:${index + 1}: ${(error as Error).message}`);
      }
    });
  }
  if (problems.length > 0) throw new Error(`${what} problems:\n${problems.join('\n')}`);
  return items;
}
