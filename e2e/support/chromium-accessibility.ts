/**
 * Chromium's accessibility tree through the DevTools protocol. Playwright's
 * getByRole does not enter closed shadow roots; `Accessibility.queryAXTree`
 * does (it walks the accessibility tree, which has no notion of open or
 * closed), so the badge is found by role and name whatever its root's mode.
 * The tree of each document stops at its frames, so every same-process
 * frame's document is queried too. Box coordinates from `DOM.getBoxModel`
 * are already in the top-level viewport.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { AccessibilityBackend, Box, ElementState } from './accessibility.ts';

type AXProperty = { name: string; value: { value?: unknown } };

export class ChromiumAccessibility implements AccessibilityBackend<number> {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<ChromiumAccessibility> {
    return new ChromiumAccessibility(page, await page.context().newCDPSession(page));
  }

  async query(scope: number | undefined, role: string, name: string | undefined): Promise<number[]> {
    const roots = scope === undefined ? await this.documents() : [scope];
    const found: number[] = [];
    for (const root of roots) {
      const { nodes } = await this.cdp.send('Accessibility.queryAXTree', {
        backendNodeId: root,
        role,
        ...(name === undefined ? {} : { accessibleName: name }),
      });
      for (const node of nodes) {
        const id = node.backendDOMNodeId;
        if (!node.ignored && id !== undefined && id !== scope && !found.includes(id)) found.push(id);
      }
    }
    return found;
  }

  /** The top document and the documents of its same-process frames, in tree order. */
  private async documents(): Promise<number[]> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
    const documents = [root.backendNodeId];
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    const pending = [...(frameTree.childFrames ?? [])];
    while (pending.length > 0) {
      const frame = pending.shift() as (typeof pending)[number];
      pending.push(...(frame.childFrames ?? []));
      try {
        const owner = await this.cdp.send('DOM.getFrameOwner', { frameId: frame.frame.id });
        const { node } = await this.cdp.send('DOM.describeNode', { backendNodeId: owner.backendNodeId, pierce: true, depth: 0 });
        if (node.contentDocument !== undefined) documents.push(node.contentDocument.backendNodeId);
      } catch {
        // A frame that went away, or one in another process (cross-site): not reachable from this session.
      }
    }
    return documents;
  }

  async box(node: number): Promise<Box | undefined> {
    const model = await this.cdp.send('DOM.getBoxModel', { backendNodeId: node }).catch(() => undefined);
    if (model === undefined) return undefined;
    const xs = model.model.border.filter((_, i) => i % 2 === 0);
    const ys = model.model.border.filter((_, i) => i % 2 === 1);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  }

  async scrollIntoView(node: number): Promise<void> {
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node });
  }

  async state(node: number): Promise<ElementState> {
    const { nodes } = await this.cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node, fetchRelatives: false });
    const ax = nodes.find((n) => n.backendDOMNodeId === node) ?? nodes[0];
    const properties = new Map(((ax?.properties ?? []) as AXProperty[]).map((p) => [p.name, p.value.value]));
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: node, objectGroup: 'e2e-state' });
    try {
      const { result } = await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId as string,
        functionDeclaration:
          'function () { const text = this.innerText ?? this.textContent ?? ""; return { text, value: typeof this.value === "string" ? this.value : text }; }',
        returnByValue: true,
      });
      const checked = properties.get('checked');
      const invalid = properties.get('invalid');
      return {
        text: String(result.value?.text ?? ''),
        value: String(result.value?.value ?? ''),
        description: String(ax?.description?.value ?? ''),
        expanded: properties.has('expanded') ? properties.get('expanded') === true : undefined,
        checked: checked === 'true' ? true : checked === 'false' ? false : undefined,
        disabled: properties.get('disabled') === true,
        invalid: invalid !== undefined && invalid !== 'false',
        focused: properties.get('focused') === true,
      };
    } finally {
      await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'e2e-state' });
    }
  }

  async focus(node: number): Promise<void> {
    await this.cdp.send('DOM.focus', { backendNodeId: node });
  }

  async run(node: number, fn: string): Promise<unknown> {
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: node, objectGroup: 'e2e-run' });
    try {
      const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId as string,
        functionDeclaration: `function () { return (${fn})(this); }`,
        returnByValue: true,
      });
      if (exceptionDetails !== undefined) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    } finally {
      await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'e2e-run' });
    }
  }

  /** The DevTools protocol resolves nodes in the page's main world already. */
  runInPage(node: number, fn: string): Promise<unknown> {
    return this.run(node, fn);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async tapAt(x: number, y: number): Promise<void> {
    await this.page.touchscreen.tap(x, y);
  }
}
