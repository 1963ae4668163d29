/**
 * A strict page, in both browsers: its Content-Security-Policy allows styles
 * only from its own files (`style-src 'self'`: no <style> element or style
 * attribute of anyone's making) and requires Trusted Types for every script
 * sink (`require-trusted-types-for 'script'`: innerHTML with a plain string
 * throws). The badge must look and work as on any page, and the extension must
 * break none of the page's rules: each violation would be reported to the site.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, composer, waitForBadge, writeInComposer } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

/** The directives the page saw violated, in order (csp.html records every securitypolicyviolation event). */
function violatedDirectives(page: PageDriver): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations: { directive: string }[] }).violations.map((violation) => violation.directive), null);
}

test("on a page with style-src 'self' and Trusted Types the badge looks and works as anywhere, and breaks none of its rules", async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/csp.html`);
  try {
    await writeInComposer(page, LEAK_DRAFT);
    await waitForBadge(page, true);
    // Styled by its own style sheet: icon-sized, not a bare browser button showing its words.
    const box = await badge(page).box();
    expect(box.width).toBeLessThanOrEqual(28);
    expect(box.height).toBeLessThanOrEqual(28);

    // A real click opens the card, with its content; its own buttons work.
    await badge(page).click();
    expect(await card(page).text()).toContain('L49');
    await card(page).getByRole('button', message('panelDismiss')).click();
    await waitForBadge(page, false);
    expect(await composer(page).value()).toBe(LEAK_DRAFT);

    expect(await violatedDirectives(page)).toEqual([]);

    // Positive control: the policy is in force and its violations are recorded (a <style>
    // element and an innerHTML string, made by the page itself).
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
      try {
        document.body.insertAdjacentHTML('beforeend', '<p>plain string</p>');
      } catch {
        // Trusted Types refuse it: that is the point.
      }
    }, null);
    await expect.poll(() => violatedDirectives(page).then((directives) => directives.sort())).toEqual(['require-trusted-types-for', 'style-src-elem']);
  } finally {
    await page.close();
  }
});
