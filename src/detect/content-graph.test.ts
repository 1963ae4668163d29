/**
 * The content script's module graph, read from the source (value imports
 * only, as the bundler keeps them): every module in it must be covered by the
 * lint rule that keeps compile-time code, lexicons and data out
 * (CONTENT_GRAPH in eslint.config.js), and none may be one of those.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript config file without types
import { CONTENT_GRAPH } from '../../eslint.config.js';

const root = resolve(import.meta.dirname, '../..');
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function graph(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier === undefined || !specifier.startsWith('.')) continue; // a package
      const target = resolve(dirname(file), specifier);
      if (existsSync(target)) stack.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file)).sort();
}

describe('the content script', () => {
  const modules = graph('extension/content/index.ts');

  it('bundles the detector but no compiler, lexicon or data', () => {
    expect(modules).toContain('src/detect/detector.ts');
    const forbidden = modules.filter((file) => /detect\/(compile|classify)|lexicons\/|corpus\/|blind\/|src\/data\/|\.json$/.test(file));
    expect(forbidden).toEqual([]);
  });

  it('is covered, module by module, by the lint rule that keeps them out', () => {
    const uncovered = modules.filter((file) => !(CONTENT_GRAPH as string[]).some((glob) => minimatch(file, glob)));
    expect(uncovered).toEqual([]);
  });
});
