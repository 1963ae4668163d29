/**
 * npm run --silent classify -- FILE|-
 *
 * Reads JSONL lines {"id": "...", "text": "..."} and writes one JSONL line
 * per input line, in order: {"id","categories","evidence":[{category,start,end,text}]}
 * with UTF-16 offsets into the text. A bad line is reported on stderr with
 * its line number and skipped; the run goes on and exits with code 1.
 * Blank lines are ignored.
 *
 * Built for throughput (`npm run classify` runs a bundle of this file, see
 * scripts/cli.mjs): input is split into lines by hand, each line is checked
 * without a schema library, long texts are classified in chunks
 * synchronously, and output is written in large blocks.
 */
import { createReadStream, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { classifyLong } from '../detect/chunked.ts';
import { type Classification, Detector, bundledPatterns, classify, packPatterns, unpackPatterns } from '../detect/classify.ts';
import { exitQuietlyWhenStdoutCloses } from './stdout.ts';

/** Output is gathered into blocks of about this many characters before each write. */
const BLOCK = 1 << 16;

/** Why a parsed line is not {"id": string, "text": string}, or undefined when it is. */
function problem(parsed: unknown): string | undefined {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'expected an object with "id" and "text"';
  for (const field of ['id', 'text'] as const) {
    const value = (parsed as Record<string, unknown>)[field];
    if (value === undefined) return `missing "${field}"`;
    if (typeof value !== 'string') return `"${field}" must be a string`;
  }
  return undefined;
}

/**
 * The detector for a run. From the bundle (dist/cli/classify.mjs) the compiled patterns are cached beside it
 * (classify.patterns.txt, packed as for tabs) and reused while the cache is newer than the bundle — which
 * scripts/cli.mjs rebuilds whenever a source, lexicon or actor file changes — so a run skips validating the
 * actor files and compiling every lexicon (most of its start-up). Elsewhere (tsx, tests) it compiles.
 */
export function runDetector(moduleUrl: string = import.meta.url): (text: string) => Classification {
  const module = moduleUrl.startsWith('file:') ? fileURLToPath(moduleUrl) : '';
  if (!/[\\/]dist[\\/]cli[\\/][^\\/]+\.mjs$/.test(module)) return classify;
  const cache = module.replace(/\.mjs$/, '.patterns.txt');
  try {
    if (statSync(cache).mtimeMs >= statSync(module).mtimeMs) {
      const detector = new Detector(unpackPatterns(readFileSync(cache, 'utf8')));
      return (text) => detector.classify(text);
    }
  } catch {
    // no cache yet, or unreadable: compile below
  }
  const patterns = bundledPatterns();
  try {
    // Written aside, then moved into place: two runs at once never read half a file.
    const scratch = `${cache}.${process.pid}`;
    writeFileSync(scratch, packPatterns(patterns));
    renameSync(scratch, cache);
  } catch {
    // a read-only checkout still runs, only slower
  }
  const detector = new Detector(patterns);
  return (text) => detector.classify(text);
}

export async function classifyStream(input: Readable, output: Writable, errors: Writable, classifyText: (text: string) => Classification = classify): Promise<number> {
  let lineNumber = 0;
  let bad = 0;
  let block = '';

  const flush = async () => {
    if (block === '') return;
    const ready = output.write(block);
    block = '';
    if (!ready) await new Promise((resolve) => output.once('drain', resolve));
  };

  const handle = (raw: string) => {
    lineNumber += 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      bad += 1;
      errors.write(`classify: line ${lineNumber}: not valid JSON (${(error as Error).message})\n`);
      return;
    }
    const reason = problem(parsed);
    if (reason !== undefined) {
      bad += 1;
      errors.write(`classify: line ${lineNumber}: ${reason}\n`);
      return;
    }
    const { id, text } = parsed as { id: string; text: string };
    const { categories, evidence } = classifyLong(text, classifyText);
    const record = { id, categories, evidence: evidence.map(({ category, start, end, text: phrase }) => ({ category, start, end, text: phrase })) };
    block += `${JSON.stringify(record)}\n`;
  };

  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      handle(text.slice(start, end));
      start = end + 1;
    }
    pending = text.slice(start);
    if (block.length >= BLOCK) await flush();
  }
  pending += decoder.end();
  if (pending !== '') handle(pending);
  await flush();
  return bad === 0 ? 0 : 1;
}

/** Runs the command with the process's arguments and streams. */
export async function main(argv: readonly string[]): Promise<void> {
  exitQuietlyWhenStdoutCloses();
  const [source] = argv;
  if (source === undefined) {
    process.stderr.write('usage: npm run --silent classify -- FILE|-   (JSONL lines {"id": "...", "text": "..."})\n');
    process.exit(2);
  }
  const input = source === '-' ? process.stdin : createReadStream(source, { highWaterMark: 1 << 20 });
  input.on('error', (error: Error) => {
    process.stderr.write(`classify: cannot read ${source}: ${error.message}\n`);
    process.exit(2);
  });
  process.exitCode = await classifyStream(input, process.stdout, process.stderr, runDetector());
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
