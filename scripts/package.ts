/**
 * `npm run package`: zips dist/chrome and dist/firefox into store-ready
 * archives under artifacts/ (web-ext's zipper, which both stores accept).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as { version: string };
for (const browser of ['chrome', 'firefox']) {
  const filename = `silence-guard-${browser}-${version}.zip`;
  execFileSync(
    'npx',
    ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest'],
    { stdio: 'inherit' },
  );
}
