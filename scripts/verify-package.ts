/**
 * `npm run package:verify` (after `npm run package`): the check an AMO
 * reviewer makes. Unpacks the source zip into a temporary folder, runs the
 * build commands its README gives (`npm ci`, `npm run build`), and compares
 * every built file, and the zips made from them, with this checkout's
 * dist/ and artifacts/. Exit code 1 on any difference.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS, buildZip, packageName, sha256 } from './package.ts';
import { filesUnder, unzip } from './zip.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'silence-guard-source-'));
let differences = 0;
try {
  for (const { path, data } of unzip(readFileSync(join(ARTIFACTS, packageName('source'))))) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), data);
  }
  console.log(`Unpacked the source into ${work}; running npm ci and npm run build there…`);
  const run = (...args: string[]) => execFileSync('npm', args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  run('ci', '--no-audit', '--no-fund');
  run('run', 'build');

  for (const browser of ['chrome', 'firefox'] as const) {
    const ours = new Map(filesUnder(join(root, 'dist', browser)).map((f) => [f.path, f.data]));
    const theirs = new Map(filesUnder(join(work, 'dist', browser)).map((f) => [f.path, f.data]));
    for (const path of new Set([...ours.keys(), ...theirs.keys()])) {
      const a = ours.get(path);
      const b = theirs.get(path);
      if (a === undefined || b === undefined || !Buffer.from(a).equals(Buffer.from(b))) {
        differences += 1;
        console.error(`DIFFERENT dist/${browser}/${path}: ${a === undefined ? 'only in the rebuild' : b === undefined ? 'missing from the rebuild' : 'contents differ'}`);
      }
    }
    const shipped = sha256(readFileSync(join(ARTIFACTS, packageName(browser))));
    const rebuilt = sha256(buildZip(join(work, 'dist', browser)));
    console.log(`dist/${browser}: ${ours.size} files, ${theirs.size} rebuilt; zip sha256 shipped ${shipped}, rebuilt ${rebuilt}`);
    if (shipped !== rebuilt) differences += 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (differences > 0) {
  console.error(`${differences} difference(s): the packages do not rebuild identically from the source zip.`);
  process.exit(1);
}
console.log('The Chrome and Firefox packages rebuild identically from the source zip.');
