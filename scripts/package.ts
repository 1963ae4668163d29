/**
 * `npm run package` (after `npm run build`): writes the store packages to
 * artifacts/, versioned from package.json —
 *   silence-guard-chrome-<version>.zip   dist/chrome, for the Chrome Web Store
 *   silence-guard-firefox-<version>.zip  dist/firefox, for addons.mozilla.org
 *   silence-guard-source-<version>.zip   the source AMO reviewers rebuild from
 * and SHA256SUMS. The zips are reproducible (scripts/zip.ts): the same files
 * give the same bytes, so a rebuild from the source zip can be compared
 * byte for byte (`npm run package:verify`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from './manifest.ts';
import { type ZipEntry, filesUnder, zip } from './zip.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ARTIFACTS = join(root, 'artifacts');

export function packageName(kind: 'chrome' | 'firefox' | 'source', version = VERSION): string {
  return `silence-guard-${kind}-${version}.zip`;
}

/** The zip of one built folder, after checking it was built from this version. */
export function buildZip(distDir: string): Buffer {
  const manifestPath = join(distDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${distDir} has no manifest.json: run npm run build first.`);
  const built = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string }).version;
  if (built !== VERSION) throw new Error(`${distDir} was built as version ${built}, package.json says ${VERSION}: run npm run build again.`);
  return zip(filesUnder(distDir));
}

/**
 * The source: every file git tracks, as it is in the working tree (the build
 * used the working tree too). Untracked or uncommitted files are reported,
 * because a reviewer's rebuild would not see the untracked ones.
 */
function sourceEntries(): ZipEntry[] {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  const dirty = git('status', '--porcelain').trim();
  if (dirty !== '') console.warn(`Warning: the working tree has changes; the source zip holds tracked files as they are now:\n${dirty}`);
  return git('ls-files', '-z')
    .split('\0')
    .filter((path) => path !== '' && existsSync(join(root, path)))
    .map((path) => ({ path, data: readFileSync(join(root, path)) }));
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function main(): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const packages: [string, Buffer][] = [
    [packageName('chrome'), buildZip(join(root, 'dist/chrome'))],
    [packageName('firefox'), buildZip(join(root, 'dist/firefox'))],
    [packageName('source'), zip(sourceEntries())],
  ];
  const sums: string[] = [];
  for (const [name, data] of packages) {
    writeFileSync(join(ARTIFACTS, name), data);
    sums.push(`${sha256(data)}  ${name}`);
    console.log(`artifacts/${name}  ${(data.length / 1024).toFixed(0)} KiB  sha256 ${sha256(data)}`);
  }
  writeFileSync(join(ARTIFACTS, 'SHA256SUMS'), `${sums.join('\n')}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
