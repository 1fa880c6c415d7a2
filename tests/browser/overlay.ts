// The overlay's closed shadow root, read through the DevTools protocol (page scripts, and playwright's own
// selectors, cannot reach into it): for the browser tests that check what Sourcelight draws.
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/** The overlay's closed shadow root, reached through the DevTools protocol (it pierces closed roots). */
export class Overlay {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<Overlay> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new Overlay(page, cdp);
  }

  private async shadowRoot(): Promise<number | null> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const host = findNode(root, (n) => n.nodeName === 'SOURCELIGHT-OVERLAY');
    return host?.shadowRoots?.[0]?.nodeId ?? null;
  }

  private async nodeId(selector: string): Promise<number | null> {
    const shadow = await this.shadowRoot();
    if (!shadow) return null;
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: shadow, selector });
    return nodeId || null;
  }

  /** Runs `body` with `this` = the shadow root and `selector` in scope; null without an overlay. */
  private async run<T>(selector: string, body: string): Promise<T | null> {
    const shadow = await this.shadowRoot();
    if (!shadow) return null;
    const { object } = await this.cdp.send('DOM.resolveNode', { nodeId: shadow });
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (selector) { ${body} }`,
      arguments: [{ value: selector }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the overlay: ${exceptionDetails.text}`);
    return (result.value ?? null) as T | null;
  }

  /** The viewport rectangles of every element matching `selector` that has a box. */
  async boxes(selector: string): Promise<Rect[]> {
    return (
      (await this.run<Rect[]>(
        selector,
        `return Array.from(this.querySelectorAll(selector), (e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));`,
      )) ?? []
    );
  }

  /**
   * Copies what the overlay shows now into an open shadow root on the page (a host with the same style, under
   * <html>), so that tools which stop at closed roots (axe-core) can check the very markup and styles we render.
   * Returns a selector for the copy's host.
   */
  async copyIntoOpenRoot(): Promise<string> {
    await this.run(
      '',
      `const host = this.host;
       const copy = document.createElement('sourcelight-overlay-copy');
       copy.setAttribute('style', host.getAttribute('style'));
       const open = copy.attachShadow({ mode: 'open' });
       for (const node of this.childNodes) open.append(node.cloneNode(true));
       document.documentElement.append(copy);`,
    );
    return 'sourcelight-overlay-copy';
  }

  /** From now on, notes whether an element matching `selector` ever appears in the overlay, even briefly. */
  async watchFor(selector: string): Promise<void> {
    await this.run(
      selector,
      `const root = this;
       root.__seen = root.__seen || {};
       root.__seen[selector] = root.querySelector(selector) !== null;
       new MutationObserver(() => {
         if (root.querySelector(selector)) root.__seen[selector] = true;
       }).observe(root, { subtree: true, childList: true });`,
    );
  }

  /** Whether `selector` appeared since `watchFor(selector)`. */
  async seen(selector: string): Promise<boolean> {
    return (await this.run<boolean>(selector, 'return this.__seen?.[selector] === true;')) === true;
  }

  async exists(selector: string): Promise<boolean> {
    return (await this.nodeId(selector)) !== null;
  }

  async waitFor(selector: string, present = true, timeout = 10_000): Promise<void> {
    const until = Date.now() + timeout;
    while ((await this.exists(selector)) !== present) {
      if (Date.now() > until)
        throw new Error(`${selector} ${present ? 'never appeared' : 'never went'} in the overlay`);
      await this.page.waitForTimeout(50);
    }
  }

  text(selector: string): Promise<string | null> {
    return this.run<string>(
      selector,
      'const el = this.querySelector(selector); return el && el.textContent;',
    );
  }

  async texts(selector: string): Promise<string[]> {
    return (
      (await this.run<string[]>(
        selector,
        'return Array.from(this.querySelectorAll(selector), (e) => e.textContent);',
      )) ?? []
    );
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.run<string>(
      selector,
      `const el = this.querySelector(selector); return el && el.getAttribute(${JSON.stringify(name)});`,
    );
  }

  /** Clicks the first element matching `selector` once it is there and enabled (a disabled one ignores it). */
  async click(selector: string): Promise<void> {
    await this.waitFor(`${selector}:not(:disabled)`);
    await this.run(selector, 'this.querySelector(selector).click();');
  }

  async focus(selector: string): Promise<void> {
    const nodeId = await this.nodeId(selector);
    if (!nodeId) throw new Error(`${selector} is not in the overlay`);
    await this.cdp.send('DOM.focus', { nodeId });
  }

  /** Whether the accessibility tree has a landmark region with this name (the bar's implicit role). */
  async hasRegion(name: string): Promise<boolean> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: string }; name?: { value?: string } }>;
    };
    return nodes.some((n) => n.role?.value === 'region' && n.name?.value === name);
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
