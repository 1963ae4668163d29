/**
 * axe-core, run in the extension's pages and on the badge's card, in both
 * browsers. The wrappers (@axe-core/playwright, @axe-core/puppeteer) each
 * drive one automation library, and this suite drives Chromium with
 * Playwright and Firefox with puppeteer-core; so axe's own source is injected
 * through the harness instead, one path for both. It goes in through the
 * automation protocol (evaluateSource), which the extension pages' CSP
 * (no eval, no inline script) does not govern.
 *
 * axe walks shadow trees through `host.shadowRoot`, which is null for the
 * badge's closed root. The test (not the product) lends it a view: it defines
 * `shadowRoot` on the host, in the page's realm only, pointing at the root
 * that the browser's accessibility tree found (exposeShadowRoot). The page's
 * attributes and the product's code are untouched.
 */
import axe from 'axe-core';
import type { PageDriver, RoleLocator } from './harness.ts';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  /** Each failing element's selector and axe's summary of why. */
  readonly nodes: readonly string[];
}

/** Runs in the page's realm on an element inside a shadow root: lets axe see that root. */
const EXPOSE_SHADOW_ROOT = `(el) => {
  const root = el.getRootNode();
  if (!(root instanceof ShadowRoot)) return false;
  Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
  return true;
}`;

/** Makes the (closed) shadow root holding this element visible to axe, in the test only. */
export async function exposeShadowRoot(inside: RoleLocator): Promise<void> {
  if ((await inside.runInPage(EXPOSE_SHADOW_ROOT)) !== true) throw new Error('the element is not in a shadow root');
}

export interface AxeReport {
  /** Rules that failed somewhere. */
  readonly violations: readonly AxeViolation[];
  /** Rules that ran on at least one element and passed on all of them: proof of what was checked. */
  readonly passed: readonly string[];
  /** Rules axe could not decide on some element (for a person to review), with those elements. */
  readonly incomplete: readonly AxeViolation[];
}

/**
 * axe's verdict (every rule axe enables by default: WCAG 2.x A and AA, and
 * best practices) on the whole document, or (`scope: 'exposed-hosts'`) only
 * inside the hosts given a view by exposeShadowRoot.
 */
export async function axeReport(page: PageDriver, scope: 'document' | 'exposed-hosts' = 'document'): Promise<AxeReport> {
  if ((await page.evaluateSource('typeof axe')) !== 'object') await page.evaluateSource(axe.source);
  const run = `(async () => {
    const hosts = [...document.querySelectorAll('*')].filter((el) => Object.hasOwn(el, 'shadowRoot'));
    if (${JSON.stringify(scope)} === 'exposed-hosts' && hosts.length === 0) throw new Error('no exposed shadow root to check');
    const context = ${JSON.stringify(scope)} === 'document' ? document : { include: hosts };
    const results = await axe.run(context);
    const listed = (v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + (n.failureSummary ?? '')),
    });
    return {
      violations: results.violations.map(listed),
      passed: results.passes.map((v) => v.id),
      incomplete: results.incomplete.map(listed),
    };
  })()`;
  return (await page.evaluateSource(run)) as AxeReport;
}

/** The violations a screen-reader or keyboard user would be hurt by most (axe's serious and critical). */
export function serious(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
