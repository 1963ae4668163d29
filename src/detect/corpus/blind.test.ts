/**
 * The frozen blind set (src/detect/blind): shape and coverage only. It never
 * scores the detector (npm run eval -- --split blind does, in aggregate) and
 * its failure messages name ids, never texts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBlind, loadCorpus } from './corpus.ts';

// The frozen set (see docs/detector.md) must keep issue 9's floor: 300 real posts,
// 15 languages with at least 8 items each, roughly half risky, every label well represented.
const MIN_ITEMS = 300;
const MIN_LANGUAGES = 15;
const MIN_PER_LANGUAGE = 8;
const MIN_PER_LABEL = 35;

const blind = loadBlind();
const folder = new URL('../blind/', import.meta.url);
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** SHA-256 of the blind files as frozen (docs/detector.md); a change to any item must be deliberate. */
const FROZEN_SHA256 = 'abeedab976d61214438186c79440cf419329599de45135afed07e17a141ebfb7';

describe('the blind set', () => {
  it('is frozen: its files have not changed since the set was frozen', () => {
    const hash = createHash('sha256');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
      hash.update(`${file}\n`);
      hash.update(readFileSync(new URL(file, folder)));
    }
    expect(hash.digest('hex'), 'the blind set is frozen (docs/detector.md): do not edit, add or relabel items').toBe(FROZEN_SHA256);
  });

  it('validates: one file per language, ids <lang>-b<NNN> of that language, unique, split blind, a URL source', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(0);
    for (const item of blind) {
      expect(item.id.startsWith(`${item.lang}-b`), item.id).toBe(true);
      expect(files, item.id).toContain(`${item.lang}.jsonl`);
      expect(item.split).toBe('blind');
      expect(/^https?:\/\//.test(item.source), item.id).toBe(true);
      expect(new Set(item.labels).size, item.id).toBe(item.labels.length);
      expect(item.note?.trim(), item.id).toBeTruthy();
    }
    expect(new Set(blind.map((item) => item.id)).size).toBe(blind.length);
  });

  it(`has at least ${MIN_ITEMS} real posts, ${MIN_LANGUAGES}+ languages with ${MIN_PER_LANGUAGE}+ items each, roughly half risky`, () => {
    expect(blind.length).toBeGreaterThanOrEqual(MIN_ITEMS);
    const perLanguage = new Map<string, number>();
    for (const item of blind) perLanguage.set(item.lang, (perLanguage.get(item.lang) ?? 0) + 1);
    expect([...perLanguage.values()].filter((count) => count >= MIN_PER_LANGUAGE).length).toBeGreaterThanOrEqual(MIN_LANGUAGES);
    const risky = blind.filter((item) => item.labels.length > 0).length / blind.length;
    expect(risky).toBeGreaterThan(0.4);
    expect(risky).toBeLessThan(0.6);
    for (const label of ['leak', 'poll', 'campaign'] as const) {
      expect(blind.filter((item) => item.labels.includes(label)).length, label).toBeGreaterThanOrEqual(MIN_PER_LABEL);
    }
  });

  it('shares no text with the corpus (nor quotes one inside the other) and repeats none of its own', () => {
    const corpusTexts = loadCorpus().map((item) => fold(item.text));
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const item of blind) {
      const text = fold(item.text);
      const inCorpus = corpusTexts.some((other) => other === text || (text.length >= 20 && other.includes(text)) || (other.length >= 20 && text.includes(other)));
      if (inCorpus || seen.has(text)) repeated.push(item.id);
      seen.add(text);
    }
    expect(repeated).toEqual([]);
  });
});

describe('the blind-set loader', () => {
  it('refuses an item without a URL source or with a corpus-style id, naming file, line and field but not the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blind-'));
    const good = { id: 'xx-b001', lang: 'xx', text: 'secret words', labels: [], split: 'blind', source: 'https://example.org/a', tricks: [], note: 'n' };
    writeFileSync(join(dir, 'xx.jsonl'), [good, { ...good, id: 'xx-002' }, { ...good, id: 'xx-b003', source: 'written' }].map((i) => JSON.stringify(i)).join('\n'));
    expect(() => loadBlind(pathToFileURL(`${dir}/`))).toThrow(/xx\.jsonl:2: id [^]*xx\.jsonl:3: source/);
    try {
      loadBlind(pathToFileURL(`${dir}/`));
    } catch (error) {
      expect((error as Error).message).not.toContain('secret words');
    }
    writeFileSync(join(dir, 'xx.jsonl'), JSON.stringify(good));
    expect(loadBlind(pathToFileURL(`${dir}/`))).toEqual([good]);
  });
});
