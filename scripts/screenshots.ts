/**
 * `npm run screenshots`: pictures of the extension as a user sees it, for the
 * README (docs/screenshots/) and the stores (docs/store/, 1280 × 800).
 *
 * Chromium with the test build (`npm run build:test` first) on the demo page
 * of `npm start`, France switched on, the preview date inside France's 2017
 * campaign silence, in English, once light and once dark:
 *   badge    — the badge at the corner of the draft
 *   card     — the badge opened (the card below the composer, whole)
 *   popup    — the real popup for the demo page's tab (see below)
 *   settings — the settings page from its top
 *   welcome  — the welcome page from its top
 *
 * The popup: the popup opened in a tab of its own takes itself for the current
 * tab ("does not run on this page"). Here the toolbar button's action is run
 * on the demo page's tab through DevTools, as a click would (clickToolbarButton),
 * and the run waits for the popup to offer "Warn me on localhost"; for the
 * store its picture is laid over the demo page's at the top right, where the
 * browser opens it.
 *
 * Every picture fails the run rather than being written wrong: the card must
 * lie wholly inside the window, the popup must name the demo page's site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { defaultSettings } from '../extension/shared/settings.ts';
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import { AccessibleQuery, type Box, CHROMIUM_TEST_BUILD, type DemoBrowser, around, launchDemoBrowser, serveDemoPage } from './demo/driver.ts';

const PORT = Number(process.env.FIXTURES_PORT ?? 4580);
const PREVIEW = '2017-05-06T12:00+02:00';
const DRAFT = 'Tout est là, lisez vite : #MacronLeaks';
/** The size both stores take (Chrome Web Store 1280 × 800; addons.mozilla.org accepts it). */
const STORE = { width: 1280, height: 800 };
/** The most a Chromium toolbar popup grows to before it scrolls. */
const POPUP_MAX_HEIGHT = 600;

const screenshots = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const store = fileURLToPath(new URL('../docs/store/', import.meta.url));
mkdirSync(screenshots, { recursive: true });
mkdirSync(store, { recursive: true });

const server = await serveDemoPage(PORT).catch((error: Error) => {
  console.error(`Could not serve the demo page on port ${PORT} (${error.message}). Set FIXTURES_PORT to a free port.`);
  process.exit(1);
});

const written: string[] = [];
function save(path: string, png: Buffer): void {
  writeFileSync(path, png);
  written.push(path);
}

try {
  for (const scheme of ['light', 'dark'] as const) {
    const demo = await launchDemoBrowser(CHROMIUM_TEST_BUILD, {
      headless: true,
      viewport: STORE,
      locale: 'en-US',
      colorScheme: scheme,
      // The DevTools Extensions domain, to run the toolbar action on the demo page's tab.
      args: ['--enable-unsafe-extension-debugging'],
    });
    try {
      await shoot(demo, scheme);
    } finally {
      await demo.close();
    }
  }
  for (const path of written) console.log(path);
} catch (error) {
  console.error('The screenshots failed:', error);
  process.exitCode = 1;
} finally {
  server.close();
}

async function shoot(demo: DemoBrowser, scheme: 'light' | 'dark'): Promise<void> {
  // URL.origin is 'null' for a chrome-extension: address; its host is the extension's id.
  const extension = `chrome-extension://${new URL(demo.worker.url()).host}`;
  await demo.writeSettings({ ...defaultSettings(), countries: ['FR'], preview: { at: Date.parse(PREVIEW), setAt: Date.now() } });

  // The badge and the card, on the demo page.
  const page = await demo.context.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await page.locator('#composer').focus();
  await page.keyboard.type(DRAFT);
  const query = await AccessibleQuery.attach(page);
  const badge = await query.waitForBox('button', en.badgeOpenLabel.message);
  const form = await boxOf(page, '#compose');
  save(`${screenshots}badge-${scheme}.png`, await page.screenshot({ clip: around([form, badge], 16, STORE) }));
  const pageWithBadge = await page.screenshot();
  if (scheme === 'light') save(`${store}1-badge.png`, pageWithBadge);

  await page.mouse.click(badge.x + badge.width / 2, badge.y + badge.height / 2);
  const card = await query.waitForBox('dialog', en.panelTitle.message);
  if (card.y < 0 || card.y + card.height > STORE.height || card.x < 0 || card.x + card.width > STORE.width) {
    throw new Error(`The open card does not fit the ${STORE.width} × ${STORE.height} window: ${JSON.stringify(card)}`);
  }
  const hidden = await query.hiddenHeight('dialog', en.panelTitle.message);
  if (hidden > 0) throw new Error(`The open card was shrunk: ${hidden} px of it scroll out of sight`);
  save(`${screenshots}card-${scheme}.png`, await page.screenshot({ clip: around([form, badge, card], 16, STORE) }));
  if (scheme === 'light') save(`${store}2-card.png`, await page.screenshot());
  await page.keyboard.press('Escape');

  // The popup, for the demo page's tab: the toolbar button's action run on that tab (see the header).
  const popupUrl = `${extension}/extension/popup/index.html`;
  try {
    const popup = await clickToolbarButton(demo, page, popupUrl);
    await popup.getByRole('switch', { name: 'France' }).waitFor();
    await popup.getByRole('switch', { name: en.popupSiteToggle.message.replace('$HOST$', 'localhost') }).waitFor({ timeout: 10_000 });
    await popup.locator('#data-as-of').waitFor();
    const body = await boxOf(popup, 'body');
    const popupPng = await popup.screenshot({ clip: { x: 0, y: 0, width: body.width, height: Math.min(body.height, POPUP_MAX_HEIGHT) } });
    save(`${screenshots}popup-${scheme}.png`, popupPng);
    if (scheme === 'light') save(`${store}3-popup.png`, await overlay(demo, pageWithBadge, popupPng));
    await popup.close();
  } catch (error) {
    // The other pictures are still taken; the run ends with code 1.
    console.error(`popup-${scheme}: not taken:`, error);
    process.exitCode = 1;
  }

  // The settings and the welcome page, each from its top.
  for (const [name, path, ready, storeName] of [
    ['settings', 'extension/options/index.html', 'France', '4-settings.png'],
    ['welcome', 'extension/welcome/index.html', en.welcomeTitle.message, '5-welcome.png'],
  ] as const) {
    const tab = await demo.context.newPage();
    await tab.goto(`${extension}/${path}`);
    await tab.getByText(ready).first().waitFor();
    await tab.evaluate('window.scrollTo(0, 0)');
    // Nothing focused: a focus ring on the first control is not what a user sees on arrival.
    await tab.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
    const png = await tab.screenshot();
    save(`${screenshots}${name}-${scheme}.png`, png);
    if (scheme === 'light') save(`${store}${storeName}`, png);
    await tab.close();
  }
  await page.close();
}

/**
 * Runs the extension's toolbar action on the page's tab through DevTools (Extensions.triggerAction, which
 * Chromium offers with --enable-unsafe-extension-debugging over the pipe Playwright uses): the tab gets
 * activeTab as from a click, and Chromium opens the real popup. Should it open no popup page Playwright can
 * reach, the popup's page is loaded in a background tab of the demo page's window instead: its query for the
 * active tab of its window then answers the demo page, whose address activeTab has just granted.
 */
async function clickToolbarButton(demo: DemoBrowser, page: Page, popupUrl: string): Promise<Page> {
  const browser = demo.context.browser();
  if (browser === null) throw new Error('No browser-level DevTools session in this Playwright');
  const session = await browser.newBrowserCDPSession();
  // The action wants the tab's own target (a tab target holds its page's target), found by the page's address.
  // Tab targets are listed only when asked for by type.
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
  if (tab === undefined) throw new Error(`No tab target for ${page.url()}: ${JSON.stringify(targetInfos.map((t) => [t.type, t.url]))}`);
  const id = new URL(popupUrl).host;
  const isPopup = (candidate: Page) => candidate.url().startsWith(popupUrl);
  const opened = demo.context.waitForEvent('page', { predicate: isPopup, timeout: 10_000 }).catch(() => undefined);
  await session.send('Extensions.triggerAction', { id, targetId: tab.targetId });
  const popup = (await opened) ?? demo.context.pages().find(isPopup);
  if (popup !== undefined) {
    console.log('popup: opened by the toolbar action');
    return popup;
  }
  console.log('popup: the toolbar action opened no reachable page; loading the popup in a background tab');
  const loaded = demo.context.waitForEvent('page', { predicate: isPopup });
  await demo.worker.evaluate(
    (url) => (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<unknown> } } }).chrome.tabs.create({ url, active: false }).then(() => undefined),
    popupUrl,
  );
  const background = await loaded;
  // A tab's page is as wide as the window; the popup's is as wide as its body.
  await background.setViewportSize({ width: 340, height: POPUP_MAX_HEIGHT });
  return background;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return box;
}

/** The popup's picture over the page's, at the top right under the toolbar, as Chromium opens it. */
async function overlay(demo: DemoBrowser, pagePng: Buffer, popupPng: Buffer): Promise<Buffer> {
  const sheet = await demo.context.newPage();
  await sheet.setContent(
    `<body style="margin:0"><img src="data:image/png;base64,${pagePng.toString('base64')}" style="display:block">` +
      `<img src="data:image/png;base64,${popupPng.toString('base64')}" style="position:absolute;top:8px;right:16px;` +
      `border-radius:8px;box-shadow:0 4px 18px rgb(0 0 0 / 0.35)"></body>`,
  );
  await sheet.locator('img').nth(1).waitFor();
  const png = await sheet.screenshot();
  await sheet.close();
  return png;
}
