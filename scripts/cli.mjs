/**
 * Runs a command-line tool from its bundle (`node scripts/cli.mjs classify -- ARGS`):
 * the same code as src/cli/<name>.ts, built once by vite like the benchmarks
 * (no tsx start-up, no keep-names wrappers), and rebuilt when any source file
 * is newer than the bundle. Plain JavaScript so it starts without a loader.
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...rest] = process.argv.slice(2);
const args = rest[0] === '--' ? rest.slice(1) : rest;
const TOOLS = ['classify'];
if (!TOOLS.includes(name)) {
  process.stderr.write(`cli: unknown tool "${name}" (known: ${TOOLS.join(', ')})\n`);
  process.exit(2);
}

/** The newest modification time of the files a bundle is built from. */
function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const bundle = join(root, 'dist', 'cli', `${name}.mjs`);
let built = 0;
try {
  built = statSync(bundle).mtimeMs;
} catch {
  // not built yet
}
const sources = Math.max(newestSource(join(root, 'src')), statSync(fileURLToPath(import.meta.url)).mtimeMs, statSync(join(root, 'package-lock.json')).mtimeMs);
if (built < sources) {
  // Built into a private folder, then moved into place in one step: two runs at once never see half a file.
  const { build } = await import('vite');
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  const scratch = mkdtempSync(join(root, 'dist', 'cli', '.build-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      build: {
        ssr: true,
        outDir: scratch,
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        rollupOptions: { input: { [name]: join(root, 'src', 'cli', `${name}.ts`) }, output: { format: 'es', entryFileNames: '[name].mjs' } },
      },
    });
    renameSync(join(scratch, `${name}.mjs`), bundle);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
const tool = await import(pathToFileURL(bundle).href);
await tool.main(args);
