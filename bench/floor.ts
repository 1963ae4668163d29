/**
 * The command line's floor (run by bench/detector.ts): read a JSONL file,
 * parse each line and normalise its text, nothing else. `npm run classify`
 * does this plus the detection and the output.
 */
import { readFileSync } from 'node:fs';
import { normalise } from '../src/detect/normalise.ts';

const [file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: node dist/bench/floor.mjs FILE');
let characters = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line === '') continue;
  const { text } = JSON.parse(line) as { text: string };
  characters += normalise(text).text.length;
}
if (characters === 0) process.exitCode = 1;
