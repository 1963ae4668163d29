import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor, parseMode } from './scripts/manifest.ts';

export default defineConfig(({ mode }) => {
  const target = parseMode(mode);
  return {
    // A constant, not MODE.endsWith(...): the minifier folds it, so release builds drop test-only code and strings.
    define: { 'import.meta.env.TEST_BUILD': JSON.stringify(target.test) },
    plugins: [
      preact(),
      crx({
        // crxjs types the manifest loosely; manifestFor's output is checked by a unit test.
        manifest: manifestFor(target) as never,
        browser: target.browser,
        // One self-contained file: no loader chunk, no web_accessible_resources on every site.
        contentScripts: { standaloneFiles: ['extension/content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${mode}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Pages the manifest does not name: the welcome page the background opens on install.
      rollupOptions: { input: { welcome: 'extension/welcome/index.html' } },
    },
    // No dev server is used: both browsers load a `vite build --watch` output (npm run dev:chrome / dev:firefox, see README.md).
    server: { strictPort: true },
  };
});
