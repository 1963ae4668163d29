/**
 * npm run bench — detector performance, as ratios measured in this one run
 * (absolute numbers vary with the machine; the ratios are what we hold to):
 *
 * - throughput on ~20 MB of mixed-language drafts, against
 *   (a) a naive detector, one regular expression per lexicon entry run over
 *       the raw text (goal: ours ≥ 5× faster), and
 *   (b) the floor, the normalisation pass alone (goal: within 3× of it);
 * - one 10,000-character draft (goal: < 2 ms, median of many runs);
 * - one 1 MB draft classified in chunks (goal: no chunk ≥ 50 ms, the length
 *   of a "long task" that makes a page janky);
 * - the gzip size of the built content script (goal: ≤ 30 KB).
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { classifyInChunks } from '../src/detect/chunked.ts';
import { classify } from '../src/detect/classify.ts';
import { loadCorpus } from '../src/detect/corpus/corpus.ts';
import { LEXICONS } from '../src/detect/lexicons/index.ts';
import { normalise } from '../src/detect/normalise.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 20) * 1024 * 1024;
/** The naive detector is slow; a sample is enough for its rate. */
const NAIVE_SAMPLE_BYTES = 256 * 1024;

/** Deterministic pseudo-random numbers, so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Run from the project root, bundled or not (see bench/vite.config.ts). */
const root = pathToFileURL(`${process.cwd()}/`);

function buildDrafts(): string[] {
  const texts = loadCorpus(new URL('src/detect/corpus/', root)).map((item) => item.text);
  if (texts.length === 0) throw new Error('no corpus found: run the benchmark from the project root');
  const next = random(42);
  const drafts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    // A draft of one to eight corpus posts, like a thread or a long comment.
    const parts = 1 + Math.floor(next() * 8);
    const draft = Array.from({ length: parts }, () => texts[Math.floor(next() * texts.length)]).join(next() < 0.5 ? '\n\n' : ' ');
    drafts.push(draft);
    bytes += Buffer.byteLength(draft);
  }
  return drafts;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function megabytes(drafts: readonly string[]): number {
  return drafts.reduce((sum, d) => sum + Buffer.byteLength(d), 0) / (1024 * 1024);
}

function naiveDetector(): (text: string) => number {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = Object.values(LEXICONS).flatMap((lexicon) =>
    Object.values(lexicon).flatMap((entries) =>
      entries.map((entry) => {
        // The simplest honest version: case-insensitive, \b word edges (no Unicode awareness).
        const body = escape(entry.replace(/^\*|\*$/g, ''));
        return new RegExp(`${entry.startsWith('*') ? '' : '\\b'}${body}${entry.endsWith('*') ? '' : '\\b'}`, 'i');
      }),
    ),
  );
  return (text) => patterns.reduce((hits, pattern) => hits + (pattern.test(text) ? 1 : 0), 0);
}

const drafts = buildDrafts();
const totalMb = megabytes(drafts);
const sample: string[] = [];
for (let bytes = 0, i = 0; bytes < NAIVE_SAMPLE_BYTES && i < drafts.length; i += 1) {
  sample.push(drafts[i] as string);
  bytes += Buffer.byteLength(drafts[i] as string);
}
const sampleMb = megabytes(sample);
const naive = naiveDetector();

// Warm up every path so the JIT has compiled them before timing.
for (const draft of drafts.slice(0, 300)) {
  normalise(draft);
  classify(draft);
  naive(draft);
}

const floorMs = time(() => {
  for (const draft of drafts) normalise(draft);
});
const oursMs = time(() => {
  for (const draft of drafts) classify(draft);
});
const naiveMs = time(() => {
  for (const draft of sample) naive(draft);
});

const floorRate = totalMb / (floorMs / 1000);
const oursRate = totalMb / (oursMs / 1000);
const naiveRate = sampleMb / (naiveMs / 1000);

// One 10,000-character draft: median of repeated runs.
const next = random(7);
let longDraft = '';
while (longDraft.length < 10_000) longDraft += `${drafts[Math.floor(next() * drafts.length)]} `;
longDraft = longDraft.slice(0, 10_000);
const runs = Array.from({ length: 200 }, () => time(() => classify(longDraft))).sort((a, b) => a - b);
const median10k = runs[Math.floor(runs.length / 2)] as number;

// One 1 MB draft in chunks: the longest single chunk is the longest task the page would see.
let megaDraft = '';
while (megaDraft.length < 1024 * 1024) megaDraft += `${drafts[Math.floor(next() * drafts.length)]}\n`;
let chunkStart = performance.now();
let longestChunk = 0;
let chunks = 0;
const megaStart = performance.now();
const mega = await classifyInChunks(megaDraft, classify, {
  yieldControl: async () => {
    longestChunk = Math.max(longestChunk, performance.now() - chunkStart);
    chunks += 1;
    chunkStart = performance.now();
  },
});
const megaTotal = performance.now() - megaStart;

const contentScript = new URL('dist/chrome/extension/content/index.js', root);
const gzipKb = existsSync(contentScript) ? gzipSync(readFileSync(contentScript), { level: 9 }).length / 1024 : undefined;

const f = (x: number, digits = 1) => x.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const lexiconEntries = Object.values(LEXICONS).reduce((n, l) => n + Object.values(l).reduce((m, e) => m + e.length, 0), 0);

console.log(`corpus-built drafts: ${drafts.length} drafts, ${f(totalMb)} MB, ${lexiconEntries} lexicon entries in ${Object.keys(LEXICONS).length} languages\n`);
console.log(`normalisation only (floor)   ${f(floorRate).padStart(7)} MB/s`);
console.log(`Silence Guard detector       ${f(oursRate).padStart(7)} MB/s`);
console.log(`naive, regex per entry       ${f(naiveRate, 3).padStart(7)} MB/s   (on the first ${f(sampleMb, 2)} MB)\n`);
const speedup = oursRate / naiveRate;
const overFloor = floorRate / oursRate;
console.log(`speed-up over naive          ${f(speedup).padStart(7)}×   goal ≥ 5×        ${verdict(speedup >= 5)}`);
console.log(`cost over the floor          ${f(overFloor).padStart(7)}×   goal ≤ 3×        ${verdict(overFloor <= 3)}`);
console.log(`10,000-character draft       ${f(median10k, 2).padStart(7)} ms  goal < 2 ms      ${verdict(median10k < 2)}`);
console.log(`1 MB draft, longest chunk    ${f(longestChunk, 2).padStart(7)} ms  goal < 50 ms     ${verdict(longestChunk < 50)}   (${chunks} chunks, ${f(megaTotal)} ms in all, ${mega.categories.join(',') || 'no category'})`);
console.log(
  gzipKb === undefined
    ? 'content script gzip size     run `npm run build` first'
    : `content script gzip size     ${f(gzipKb).padStart(7)} KB  goal ≤ 30 KB     ${verdict(gzipKb <= 30)}`,
);
