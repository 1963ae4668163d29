/**
 * Bundles the benchmarks for Node the way the extension is bundled (no
 * development helpers such as the keep-names wrappers tsx adds around every
 * closure), so they measure the code that actually ships.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { input: { detector: 'bench/detector.ts', floor: 'bench/floor.ts' }, output: { format: 'es', entryFileNames: '[name].mjs' } },
  },
});
