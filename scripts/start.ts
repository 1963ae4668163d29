/**
 * `npm start`: opens Chromium with the freshly built extension on a local
 * demo page, with France switched on and the preview date set inside the
 * 2017 silence, so the warning shows as soon as you type a risky post.
 * Without a display it runs headless: it types the example draft itself,
 * saves a screenshot of the warning and prints its path.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchExtension } from '../e2e/support/harness.ts';
import { setCountry, setPreviewDate, waitForBadge } from '../e2e/support/flows.ts';
import { FIXTURES_PORT, serveFixtures } from '../e2e/support/serve.ts';

const PREVIEW = '2017-05-06T12:00+02:00';
const EXAMPLE_DRAFT = 'Tout est là, lisez vite : #MacronLeaks';

const headless = process.env.DISPLAY === undefined && process.env.WAYLAND_DISPLAY === undefined;
const server = await serveFixtures(FIXTURES_PORT).catch((error: Error) => {
  console.error(`Could not serve the demo page on port ${FIXTURES_PORT} (${error.message}). Set FIXTURES_PORT to a free port.`);
  process.exit(1);
});
const harness = await launchExtension('chromium', { headless }).catch((error: Error) => {
  console.error(`Could not start Chromium with the extension: ${error.message}`);
  console.error('Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  process.exit(1);
});

await setPreviewDate(harness, PREVIEW);
await setCountry(harness, 'FR', true);
const page = await harness.newPage(`http://localhost:${FIXTURES_PORT}/demo.html`);
await page.focus('#composer');

if (headless) {
  await page.type(EXAMPLE_DRAFT);
  await waitForBadge(page, true);
  await page.click('silence-guard-badge >>> .pill');
  await page.waitFor(() => document.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.panel:not([hidden])') != null, null);
  const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
  mkdirSync(artifacts, { recursive: true });
  const screenshot = `${artifacts}demo-warning.png`;
  await page.screenshot(screenshot);
  console.log(`No display found, so the demo ran headless: it typed "${EXAMPLE_DRAFT}" and the warning appeared.`);
  console.log(`Screenshot of the warning: ${screenshot}`);
  await harness.close();
  server.close();
} else {
  console.log(`Chromium is open on the demo page with the preview date ${PREVIEW} and France switched on.`);
  console.log(`Type a post such as: ${EXAMPLE_DRAFT}`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await harness.close().catch(() => undefined);
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  await harness.closed;
  await stop();
}
