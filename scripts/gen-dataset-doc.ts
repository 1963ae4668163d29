/**
 * Rewrites the generated sections of docs/dataset.md (the counts and the
 * per-country table) from the bundled dataset; see src/data/dataset-doc.ts.
 * A unit test fails when the document is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedSections } from '../src/data/dataset-doc.ts';
import { loadDataset } from '../src/data/load.ts';

const file = new URL('../docs/dataset.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withGeneratedSections(before, loadDataset());
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'docs/dataset.md is up to date' : 'docs/dataset.md rewritten');
