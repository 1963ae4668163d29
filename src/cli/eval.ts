/**
 * npm run eval [-- --split dev|holdout|all] [--lang fr] [--errors]
 *
 * Scores the detector on the labelled corpus (src/detect/corpus) and prints
 * precision, recall and F1 per label and per language, "any risk" precision,
 * and (with --errors, or always for the holdout) the items it got wrong.
 * Targets: per-label F1 ≥ 0.9 and any-risk precision ≥ 0.95.
 */
import { parseArgs } from 'node:util';
import { CATEGORIES } from '../detect/classify.ts';
import { loadCorpus } from '../detect/corpus/corpus.ts';
import { type Scores, evaluate } from '../detect/evaluate.ts';

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values } = parseArgs({
  options: { split: { type: 'string', default: 'dev' }, lang: { type: 'string' }, errors: { type: 'boolean', default: false } },
});
if (!['dev', 'holdout', 'all'].includes(values.split)) {
  console.error(`eval: --split must be dev, holdout or all, not "${values.split}"`);
  process.exit(2);
}

const items = loadCorpus().filter((item) => (values.split === 'all' || item.split === values.split) && (values.lang === undefined || item.lang === values.lang));
if (items.length === 0) {
  console.error('eval: no corpus items match');
  process.exit(2);
}
const result = evaluate(items);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (name: string, s: Scores) => `${name.padEnd(10)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp ${String(s.tp).padStart(3)} fp ${String(s.fp).padStart(3)} fn ${String(s.fn).padStart(3)}`;

console.log(`split: ${values.split}${values.lang ? `, language: ${values.lang}` : ''}, ${result.items} items\n`);
console.log(`${'label'.padEnd(10)} ${'P%'.padStart(5)} ${'R%'.padStart(5)} ${'F1%'.padStart(5)}`);
for (const category of CATEGORIES) console.log(row(category, result.perLabel[category]));
console.log(row('any risk', result.anyRisk));

console.log(`\n${'lang'.padEnd(6)} ${'items'.padStart(5)}  ${CATEGORIES.map((c) => `${c} F1`.padStart(12)).join('')}  any-risk P`);
for (const [lang, data] of Object.entries(result.perLanguage)) {
  console.log(`${lang.padEnd(6)} ${String(data.items).padStart(5)}  ${CATEGORIES.map((c) => pct(data.perLabel[c].f1).padStart(12)).join('')}  ${pct(data.anyRisk.precision).padStart(10)}`);
}

const targetsMet = CATEGORIES.every((c) => result.perLabel[c].f1 >= 0.9) && result.anyRisk.precision >= 0.95;
console.log(`\ntargets (per-label F1 ≥ 90%, any-risk precision ≥ 95%): ${targetsMet ? 'met' : 'NOT met'}`);

if (values.errors || values.split !== 'dev') {
  console.log(`\n${result.errors.length} errors (expected → predicted):`);
  for (const error of result.errors) {
    console.log(`${error.id.padEnd(7)} [${error.expected.join(',')}] → [${error.predicted.join(',')}] ${error.evidence.length ? `{${error.evidence.join(' | ')}} ` : ''}${error.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}
