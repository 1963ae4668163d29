/**
 * `npm start`: opens Chromium with the freshly built extension on a local
 * demo page, with France switched on and the preview date set inside the
 * 2017 silence, so the warning shows as soon as you type a risky post.
 * Without a display it runs headless: it types the example draft itself,
 * opens the warning, saves a screenshot of the badge and its card, prints
 * the path and exits 0 (`npm test` runs it this way, with `--headless`).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../extension/shared/settings.ts';
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import { AccessibleQuery, CHROMIUM_TEST_BUILD, around, launchDemoBrowser, serveDemoPage } from './demo/driver.ts';

/** The same variable as the e2e fixtures server's, so parallel runs on one machine keep apart. */
const PORT = Number(process.env.FIXTURES_PORT ?? 4580);
const PREVIEW = '2017-05-06T12:00+02:00';
const EXAMPLE_DRAFT = 'Tout est là, lisez vite : #MacronLeaks';
/** Tall enough for the whole card below the composer. */
const VIEWPORT = { width: 1100, height: 1000 };

// `--headless` forces the unattended run even where a display exists (`npm test` uses it).
const headless = process.argv.includes('--headless') || (process.env.DISPLAY === undefined && process.env.WAYLAND_DISPLAY === undefined);
const server = await serveDemoPage(PORT).catch((error: Error) => {
  console.error(`Could not serve the demo page on port ${PORT} (${error.message}). Set FIXTURES_PORT to a free port.`);
  process.exit(1);
});
const demo = await launchDemoBrowser(CHROMIUM_TEST_BUILD, {
  headless,
  viewport: VIEWPORT,
  // Headless, the run reads the English labels back; with a display, the user's own language.
  ...(headless ? { locale: 'en-US' } : {}),
}).catch((error: Error) => {
  console.error(`Could not start Chromium with the extension: ${error.message}`);
  console.error('Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  process.exit(1);
});

try {
  await demo.writeSettings({ ...defaultSettings(), countries: ['FR'], preview: { at: Date.parse(PREVIEW), setAt: Date.now() } });
  const page = await demo.context.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await page.locator('#composer').focus();

  if (headless) {
    await page.keyboard.type(EXAMPLE_DRAFT);
    const query = await AccessibleQuery.attach(page);
    const badge = await query.waitForBox('button', en.badgeOpenLabel.message);
    // A real click at the badge, as a user would make it.
    await page.mouse.click(badge.x + badge.width / 2, badge.y + badge.height / 2);
    const card = await query.waitForBox('dialog', en.panelTitle.message);
    const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
    mkdirSync(artifacts, { recursive: true });
    const screenshot = `${artifacts}demo-warning.png`;
    await page.screenshot({ path: screenshot, clip: around([badge, card], 16, VIEWPORT) });
    console.log(`The demo ran headless: it typed "${EXAMPLE_DRAFT}" and the warning appeared.`);
    console.log(`Screenshot of the warning: ${screenshot}`);
    await demo.close();
    server.close();
  } else {
    console.log(`Chromium is open on the demo page with the preview date ${PREVIEW} and France switched on.`);
    console.log(`Type a post such as: ${EXAMPLE_DRAFT}`);
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    const stop = async () => {
      await demo.close().catch(() => undefined);
      server.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    await demo.closed;
    await stop();
  }
} catch (error) {
  console.error(`The demo failed: ${error instanceof Error ? error.message : String(error)}`);
  await demo.close().catch(() => undefined);
  server.close();
  process.exit(1);
}
