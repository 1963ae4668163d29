/**
 * Validates every file under src/data/ and prints each problem with its file
 * and field; exit code 1 if anything is wrong. Runs before every build, so a
 * bad entry fails the build. Reads the folders directly, so it also catches
 * files that are not valid JSON or are missing from files.generated.ts or
 * actors.generated.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { checkDataset } from '../src/data/validate.ts';
import { checkActors } from '../src/data/validate-actors.ts';
import { actorsIndexSource, dataIndexSource } from './gen-data-index.ts';

const dataDir = new URL('../src/data/', import.meta.url);
const problems: string[] = [];

function readFolder(sub: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(new URL(`${sub}/`, dataDir)).filter((n) => n.endsWith('.json')).sort()) {
    try {
      files[name] = JSON.parse(readFileSync(new URL(`${sub}/${name}`, dataDir), 'utf8'));
    } catch (error) {
      problems.push(`${sub}/${name}: not valid JSON: ${(error as Error).message}`);
    }
  }
  return files;
}

const result = checkDataset(readFolder('countries'), readFolder('elections'));
problems.push(...result.problems.map((p) => `src/data/${p}`));
const actors = checkActors(readFolder('actors'), new Set(result.dataset.countries.keys()));
problems.push(...actors.problems.map((p) => `src/data/${p}`));
if (readFileSync(new URL('files.generated.ts', dataDir), 'utf8') !== dataIndexSource(dataDir)) {
  problems.push('src/data/files.generated.ts is stale: run `npm run data:index`');
}
if (readFileSync(new URL('actors.generated.ts', dataDir), 'utf8') !== actorsIndexSource(dataDir)) {
  problems.push('src/data/actors.generated.ts is stale: run `npm run data:index`');
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the dataset.`);
  process.exit(1);
}
const count = (pick: (file: (typeof actors.actors)[number]) => readonly unknown[]) => actors.actors.reduce((sum, file) => sum + pick(file).length, 0);
console.log(
  `dataset ok: ${result.dataset.countries.size} countries, ${result.dataset.calendar.length} elections; ` +
    `actors of ${actors.actors.length} countries: ${count((f) => f.parties)} parties, ${count((f) => f.people)} people, ${count((f) => f.operations)} operations`,
);
