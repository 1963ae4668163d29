/**
 * npm run --silent classify -- FILE|-
 *
 * Reads JSONL lines {"id": "...", "text": "..."} and writes one JSONL line
 * per input line, in order: {"id","categories","evidence":[{category,start,end,text}]}
 * with UTF-16 offsets into the text. A bad line is reported on stderr with
 * its line number and skipped; the run goes on and exits with code 1.
 * Blank lines are ignored.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import * as v from 'valibot';
import { classifyInChunks } from '../detect/chunked.ts';
import { classify } from '../detect/classify.ts';

const inputLine = v.object({ id: v.string('"id" must be a string'), text: v.string('"text" must be a string') });

export async function classifyStream(input: Readable, output: Writable, errors: Writable): Promise<number> {
  let lineNumber = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      bad += 1;
      errors.write(`classify: line ${lineNumber}: not valid JSON (${(error as Error).message})\n`);
      continue;
    }
    const result = v.safeParse(inputLine, parsed);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      bad += 1;
      errors.write(`classify: line ${lineNumber}: expected an object with "id" and "text"\n`);
      continue;
    }
    if (!result.success) {
      bad += 1;
      const issue = result.issues[0];
      const field = issue === undefined ? undefined : v.getDotPath(issue);
      const reason =
        field === null || field === undefined
          ? 'expected an object with "id" and "text"'
          : issue?.input === undefined
            ? `missing "${field}"`
            : issue.message;
      errors.write(`classify: line ${lineNumber}: ${reason}\n`);
      continue;
    }
    const { id, text } = result.output;
    const { categories, evidence } = await classifyInChunks(text, classify);
    const record = { id, categories, evidence: evidence.map(({ category, start, end, text: phrase }) => ({ category, start, end, text: phrase })) };
    if (!output.write(`${JSON.stringify(record)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return bad === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Piping into `head` closes stdout early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const [source] = process.argv.slice(2);
  if (source === undefined) {
    process.stderr.write('usage: npm run --silent classify -- FILE|-   (JSONL lines {"id": "...", "text": "..."})\n');
    process.exit(2);
  }
  const input = source === '-' ? process.stdin : createReadStream(source);
  input.on('error', (error: Error) => {
    process.stderr.write(`classify: cannot read ${source}: ${error.message}\n`);
    process.exit(2);
  });
  process.exitCode = await classifyStream(input, process.stdout, process.stderr);
}
