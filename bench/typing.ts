/**
 * npm run bench:typing — what the extension costs a page while someone types,
 * in Chromium, measured in one run with and without the extension:
 *
 * - p50/p95 time from keydown to the next frame (requestAnimationFrame, then
 *   the task after it: when the frame has been produced) on the textarea and
 *   Lexical fixtures holding a 10,000-character draft; goal p95 ratio ≤ 1.1;
 * - the page's JS heap (the content script lives in the same isolate) after a
 *   simulated session of typing with pauses (10 minutes' worth of checks, run
 *   compressed), sampled as it goes; goal: flat, and < 5 MB over the page
 *   without the extension.
 *
 * SESSION_BURSTS (default 150 ≈ 10 minutes of checks) and KEYS (default 300)
 * scale it down for a quick look.
 */
import { type BrowserContext, type Page, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browsers.ts';
import { distFor } from '../e2e/support/harness.ts';
import { FIXTURES_PORT, serveFixtures } from '../e2e/support/serve.ts';

const KEYS = Number(process.env.KEYS ?? 300);
const BURSTS = Number(process.env.SESSION_BURSTS ?? 150);
const BASE = `http://localhost:${FIXTURES_PORT}/build`;

declare global {
  interface Window {
    __latencies: number[];
  }
}

const server = await serveFixtures();

async function plainContext(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

async function extensionContext(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${distFor('chromium')}`, `--load-extension=${distFor('chromium')}`],
  });
}

/** France on and the clock inside the 2017 silence, so every check runs through to a verdict and a badge. */
async function configure(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    const at = Date.parse('2017-05-06T12:00:00+02:00');
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({
      settings: { version: 2, countries: ['FR'], preview: { at, setAt: Date.now() }, snoozedUntil: null, disabledSites: [], customElections: [] },
    });
  });
}

const DRAFT = (() => {
  const words = 'Tout est là pour une belle journée de campagne au parc avec les amis et la famille '.split(' ');
  let text = '';
  for (let i = 0; text.length < 10_000; i += 1) text += `${words[i % words.length]} `;
  return `${text.slice(0, 9_980)} #MacronLeaks `;
})();

async function openWithDraft(context: BrowserContext, fixture: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${BASE}/${fixture}.html`);
  await page.waitForFunction(() => window.fixture?.ready === true);
  await page.evaluate(() => window.fixture.focus());
  // Insert the long draft through the editor's input path, as a paste would.
  await page.evaluate((text) => document.execCommand('insertText', false, text), DRAFT);
  await page.waitForFunction(() => window.fixture.text().length > 9_000);
  // Let the first check after the paste finish (it loads the detector once per tab), then
  // measure steady typing; that first check is covered by the long-task measure below.
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    window.__latencies = [];
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
      },
      true,
    );
  });
  return page;
}

/** Keys about 50 ms apart, a fast typist's pace, so each key gets a frame of its own. */
async function latencies(page: Page, keys: number): Promise<number[]> {
  const text = 'abcdefghij klmnopqrst uvwxyz ';
  for (let i = 0; i < keys; i += 1) {
    await page.keyboard.type(text[i % text.length] as string, { delay: 0 });
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(400);
  return page.evaluate(() => window.__latencies.slice());
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

const plain = await plainContext();
const withExtension = await extensionContext();
await configure(withExtension);

console.log(`keydown → next frame, ${KEYS} keys into a 10,000-character draft (ms)\n`);
console.log(`${'fixture'.padEnd(10)} ${'without p50'.padStart(11)} ${'p95'.padStart(6)}  ${'with p50'.padStart(8)} ${'p95'.padStart(6)}  ${'p95 ratio'.padStart(9)}  goal ≤ 1.1`);
for (const fixture of ['textarea', 'lexical']) {
  // Interleave the two so machine noise hits both alike.
  const samples: { without: number[]; with: number[] } = { without: [], with: [] };
  const rounds = 6;
  for (let round = 0; round < rounds; round += 1) {
    for (const [label, context] of [
      ['without', plain],
      ['with', withExtension],
    ] as const) {
      const page = await openWithDraft(context, fixture);
      samples[label].push(...(await latencies(page, Math.ceil(KEYS / rounds))));
      await page.close();
    }
  }
  const ratio = percentile(samples.with, 95) / percentile(samples.without, 95);
  console.log(
    `${fixture.padEnd(10)} ${percentile(samples.without, 50).toFixed(2).padStart(11)} ${percentile(samples.without, 95).toFixed(2).padStart(6)}  ${percentile(samples.with, 50).toFixed(2).padStart(8)} ${percentile(samples.with, 95).toFixed(2).padStart(6)}  ${ratio.toFixed(2).padStart(9)}  ${ratio <= 1.1 ? 'ok' : 'MISSED'}`,
  );
}

// A long session: bursts of typing, each followed by a pause long enough for a check.
console.log(`\nheap after a typing session of ${BURSTS} bursts (each 20 keys, then a pause that triggers a check)`);
const sessions: Record<string, number[]> = {};
for (const [label, context] of [
  ['without', plain],
  ['with', withExtension],
] as const) {
  const page = await openWithDraft(context, 'lexical');
  const samples = [await heapMb(context, page)];
  for (let burst = 1; burst <= BURSTS; burst += 1) {
    await page.keyboard.type('mot de passe ', { delay: 0 });
    await page.keyboard.type(burst % 2 === 0 ? '#MacronLeaks ' : 'bonjour ', { delay: 0 });
    await page.waitForTimeout(350);
    if (burst % Math.max(1, Math.floor(BURSTS / 5)) === 0) samples.push(await heapMb(context, page));
  }
  sessions[label] = samples;
  await page.close();
}
const without = sessions.without ?? [];
const withExt = sessions.with ?? [];
const extra = (withExt.at(-1) ?? 0) - (without.at(-1) ?? 0);
const growth = (withExt.at(-1) ?? 0) - (withExt[1] ?? withExt[0] ?? 0) - ((without.at(-1) ?? 0) - (without[1] ?? without[0] ?? 0));
console.log(`without: ${without.map((x) => x.toFixed(2)).join(' → ')} MB`);
console.log(`with:    ${withExt.map((x) => x.toFixed(2)).join(' → ')} MB`);
console.log(`extension's share at the end ${extra.toFixed(2)} MB (goal < 5 MB): ${extra < 5 ? 'ok' : 'MISSED'}`);
console.log(`its growth over the session beyond the page's own ${growth.toFixed(2)} MB (goal: flat, < 0.5 MB): ${growth < 0.5 ? 'ok' : 'MISSED'}`);

await plain.close();
await withExtension.close();
server.close();
