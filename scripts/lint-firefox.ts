/**
 * `web-ext lint` on the Firefox build, as addons.mozilla.org runs it (not
 * --self-hosted). Passes only with no error and no warning whose code is not
 * explained under its own `### CODE` heading in docs/amo-review.md, so a new
 * warning is either fixed or explained for the reviewers before it lands.
 *   tsx scripts/lint-firefox.ts [dist folder, default dist/firefox]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? 'dist/firefox';
const explained = new Set(
  [...readFileSync(new URL('../docs/amo-review.md', import.meta.url), 'utf8').matchAll(/^### ([A-Z0-9_]+)\s*$/gm)].map((m) => m[1]),
);

let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dist, '--output', 'json'], { cwd: root, encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
  output = String((error as { stdout?: unknown }).stdout ?? '');
}
const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
const show = (kind: string, m: LintMessage) => `${kind} ${m.code} ${m.file ?? ''}${m.line === undefined ? '' : `:${m.line}`} — ${m.message}`;
for (const m of report.errors) console.log(show('error  ', m));
for (const m of report.warnings) console.log(show('warning', m), explained.has(m.code) ? '(explained in docs/amo-review.md)' : '(NOT explained)');
for (const m of report.notices) console.log(show('notice ', m));
const unexplained = report.warnings.filter((m) => !explained.has(m.code));
console.log(`web-ext lint ${dist}: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`);
if (report.errors.length > 0 || unexplained.length > 0) {
  console.error('Fix each error; fix each new warning or explain it under a "### CODE" heading in docs/amo-review.md.');
  process.exit(1);
}
