/**
 * npm run bench — detector performance, as ratios measured in this one run
 * (absolute numbers vary with the machine; the ratios are what we hold to).
 * Times are CPU time, so other work on a busy machine does not distort them;
 * the wall clock is shown beside them where a page would feel it:
 *
 * - throughput on ~20 MB of mixed-language drafts, against
 *   (a) a naive detector, one regular expression per lexicon entry run over
 *       the raw text (goal: ours ≥ 5× faster), and
 *   (b) the floor, the normalisation pass alone (goal: within 3× of it);
 * - one 10,000-character draft (goal: < 2 ms, median of many runs);
 * - long and hostile drafts classified in chunks as the page does: 1 MB of
 *   corpus posts, 8 M characters without a space, 400 k characters of
 *   spaced-out letters, 1 MB of one risky phrase repeated (goal: no chunk
 *   over 16 ms, one frame, counting the time before the first chunk);
 * - the command line: `npm run --silent classify` over 10 MB of JSONL against
 *   a plain parse-and-normalise pass over the same lines, both as commands
 *   (goal: within 3×);
 * - the patterns per selection: compile and pack time in the background and the
 *   packed size for the largest selection (every country) and a typical one
 *   (France, French UI), and the tab's build from the packed string, a slice
 *   per task (goal: no slice over 16 ms);
 * - the gzip size of the built content script (goal: ≤ 30 KB).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { classifyInChunks } from '../src/detect/chunked.ts';
import { LEXICON_LANGUAGES, classify, packPatterns, patternsFor } from '../src/detect/classify.ts';
import { Detector } from '../src/detect/detector.ts';
import { COUNTRY_LANGUAGES, type Selection, selectionFor } from '../src/detect/selection.ts';
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

/** Milliseconds of this process's CPU time (other processes on a busy machine do not inflate it). */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
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

/**
 * A long draft classified a chunk per task, as the page does: the longest task, the time before the
 * first yield included, as wall-clock time and as this process's CPU time (which other processes on a
 * busy machine do not inflate).
 */
async function chunked(text: string): Promise<{ longest: number; longestCpu: number; chunks: number; total: number; categories: string }> {
  let chunkStart = performance.now();
  let cpuStart = process.cpuUsage();
  let longest = 0;
  let longestCpu = 0;
  let count = 0;
  const start = chunkStart;
  const lap = () => {
    const cpu = process.cpuUsage(cpuStart);
    longest = Math.max(longest, performance.now() - chunkStart);
    longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
  };
  const result = await classifyInChunks(text, classify, {
    yieldControl: async () => {
      lap();
      count += 1;
      chunkStart = performance.now();
      cpuStart = process.cpuUsage();
    },
  });
  lap();
  return { longest, longestCpu, chunks: count, total: performance.now() - start, categories: result.categories.join(',') || 'no category' };
}

let megaDraft = '';
while (megaDraft.length < 1024 * 1024) megaDraft += `${drafts[Math.floor(next() * drafts.length)]}\n`;
const phrase = 'Les mails de Macron ont fuité, lisez et partagez : #MacronLeaks. ';
const hostile: [string, string][] = [
  ['1 MB of corpus posts', megaDraft],
  ['8 M characters, no space', 'x'.repeat(8_000_000)],
  ['400 k spaced-out letters', 'l e a k s '.repeat(40_000)],
  ['1 MB of one risky phrase', phrase.repeat(Math.ceil((1024 * 1024) / phrase.length))],
];
// Warm the chunked path once, as a page would have by its second long paste.
await chunked(phrase.repeat(500));
const hostileRuns = [];
for (const [name, text] of hostile) hostileRuns.push({ name, ...(await chunked(text)) });

interface Times {
  readonly wall: number;
  readonly cpu: number;
}

/** 10 MB of JSONL drafts, classified by the command and parsed and normalised by the floor command, each timed end to end. */
function commandLine(): { mb: number; cliMs: Times; floorMs: Times; lines: number } {
  const folder = mkdtempSync(join(tmpdir(), 'sg-bench-'));
  try {
    const file = join(folder, 'drafts.jsonl');
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < 10 * 1024 * 1024; i += 1) {
      const line = JSON.stringify({ id: String(i), text: drafts[i % drafts.length] });
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    // Timed by the shell: wall clock, and the CPU time of the command and its children (npm, node).
    const run = (command: string) => {
      const result = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time (${command} > /dev/null)`], { encoding: 'utf8' });
      const times = /([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
      if (result.status !== 0 || times === null) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
      const [wall, user, system] = times.slice(1).map(Number) as [number, number, number];
      return { wall: wall * 1000, cpu: (user + system) * 1000 };
    };
    const cli = `npm run --silent classify -- ${file}`;
    const floor = `${process.execPath} dist/bench/floor.mjs ${file}`;
    // Once each first, so the CLI bundle is built and the file is in the page cache.
    run(cli);
    run(floor);
    const floorMs = run(floor);
    const cliMs = run(cli);
    return { mb: bytes / (1024 * 1024), cliMs, floorMs, lines: lines.length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
const cli = commandLine();

/** A selection's patterns: the background's compile and pack, then the tab's build a slice per task. */
async function selectionCost(selection: Selection) {
  const [compileMs, packed] = (() => {
    let result = '';
    const ms = time(() => {
      result = packPatterns(patternsFor(selection));
    });
    return [ms, result] as const;
  })();
  let longest = 0;
  let sliceStart = process.cpuUsage();
  let slices = 0;
  const buildStart = process.cpuUsage();
  await Detector.fromPacked(packed, async () => {
    const { user, system } = process.cpuUsage(sliceStart);
    longest = Math.max(longest, (user + system) / 1000);
    slices += 1;
    sliceStart = process.cpuUsage();
  });
  const { user, system } = process.cpuUsage(buildStart);
  return { selection, patterns: packed.split('\n').length, kb: packed.length / 1024, gzipKb: gzipSync(packed).length / 1024, compileMs, buildMs: (user + system) / 1000, longest, slices };
}
const selectionCosts = [
  await selectionCost(selectionFor(Object.keys(COUNTRY_LANGUAGES), 'en', LEXICON_LANGUAGES)),
  await selectionCost(selectionFor(['FR'], 'fr', LEXICON_LANGUAGES)),
];

const contentScript = new URL('dist/chrome/extension/content/index.js', root);
const gzipKb = existsSync(contentScript) ? gzipSync(readFileSync(contentScript), { level: 9 }).length / 1024 : undefined;

const f = (x: number, digits = 1) => x.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const lexiconEntries = Object.values(LEXICONS).reduce((n, l) => n + Object.values(l).reduce((m, e) => m + e.length, 0), 0);

console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores (wall-clock figures suffer when it is high)`);
console.log(`corpus-built drafts: ${drafts.length} drafts, ${f(totalMb)} MB, ${lexiconEntries} lexicon entries in ${Object.keys(LEXICONS).length} languages\n`);
console.log(`normalisation only (floor)   ${f(floorRate).padStart(7)} MB/s`);
console.log(`Silence Guard detector       ${f(oursRate).padStart(7)} MB/s`);
console.log(`naive, regex per entry       ${f(naiveRate, 3).padStart(7)} MB/s   (on the first ${f(sampleMb, 2)} MB)\n`);
const speedup = oursRate / naiveRate;
const overFloor = floorRate / oursRate;
console.log(`speed-up over naive          ${f(speedup).padStart(7)}×   goal ≥ 5×        ${verdict(speedup >= 5)}`);
console.log(`cost over the floor          ${f(overFloor).padStart(7)}×   goal ≤ 3×        ${verdict(overFloor <= 3)}`);
console.log(`10,000-character draft       ${f(median10k, 2).padStart(7)} ms  goal < 2 ms      ${verdict(median10k < 2)}`);
console.log(`\nlong and hostile drafts, a chunk per task: the longest task (the wait before the first chunk included), CPU time (wall clock)`);
for (const run of hostileRuns) {
  console.log(
    `  ${run.name.padEnd(27)} ${f(run.longestCpu, 2).padStart(7)} ms  goal < 16 ms     ${verdict(run.longestCpu < 16)}   (${f(run.longest, 2)} ms wall; ${run.chunks} chunks, ${f(run.total)} ms in all, ${run.categories})`,
  );
}
const cliRatio = cli.cliMs.cpu / cli.floorMs.cpu;
console.log(`\ncommand line, ${f(cli.mb)} MB of JSONL (${cli.lines} lines), end to end, by CPU time (wall clock)`);
console.log(`  parse and normalise (floor) ${f(cli.mb / (cli.floorMs.cpu / 1000)).padStart(6)} MB/s   (${f(cli.mb / (cli.floorMs.wall / 1000))} MB/s)`);
console.log(`  npm run --silent classify   ${f(cli.mb / (cli.cliMs.cpu / 1000)).padStart(6)} MB/s   (${f(cli.mb / (cli.cliMs.wall / 1000))} MB/s)`);
console.log(`  cost over the floor         ${f(cliRatio).padStart(6)}×   goal ≤ 3×        ${verdict(cliRatio <= 3)}   (${f(cli.cliMs.wall / cli.floorMs.wall)}× by wall clock)`);
console.log('');
console.log('patterns per selection (background: compile and pack; tab: build a slice per task, the first build of the page)');
for (const cost of selectionCosts) {
  const name = cost.selection.countries.length > 5 ? `all ${cost.selection.countries.length} countries` : cost.selection.key;
  console.log(
    `  ${name.padEnd(27)} ${String(cost.patterns).padStart(6)} patterns, ${f(cost.kb).padStart(5)} KB (${f(cost.gzipKb)} KB gzip); background ${f(cost.compileMs).padStart(5)} ms; tab ${f(cost.buildMs).padStart(5)} ms in ${cost.slices} slices, longest ${f(cost.longest, 2)} ms  goal < 16 ms  ${verdict(cost.longest < 16)}`,
  );
}
console.log('');
console.log(
  gzipKb === undefined
    ? 'content script gzip size     run `npm run build` first'
    : `content script gzip size     ${f(gzipKb).padStart(7)} KB  goal ≤ 30 KB     ${verdict(gzipKb <= 30)}`,
);
