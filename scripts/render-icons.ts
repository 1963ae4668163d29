/**
 * Renders scripts/assets/icon.svg to the PNG sizes the manifests need, with the
 * same headless Chromium the e2e tests use. Run after editing the SVG:
 * `npx tsx scripts/render-icons.ts`; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browsers.ts';

const iconsDir = new URL('../public/icons/', import.meta.url);
const svg = readFileSync(new URL('assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: new URL(`icon-${size}.png`, iconsDir).pathname, omitBackground: true });
}
await browser.close();
console.log('rendered icons');
