import type { CDPSession, Page } from '@playwright/test';

/**
 * Badge Lens draws its marks and popover in closed shadow roots, so that page scripts cannot read or
 * rewrite them; Playwright's locators stop at closed roots too. The DevTools protocol sees them: these
 * helpers find each host, resolve its closed root through `DOM.describeNode` (pierce) and run a function
 * with the root as `this`, in the page's main world, returning plain JSON.
 */
async function session(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

export async function inClosedRoots<T>(page: Page, hostSelector: string, fn: string): Promise<T[]> {
  const cdp = await session(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `Array.from(document.querySelectorAll(${JSON.stringify(hostSelector)}))` });
    if (!result.objectId) return [];
    const { result: properties } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const hosts = properties.filter((p) => /^\d+$/.test(p.name)).sort((a, b) => Number(a.name) - Number(b.name));
    const out: T[] = [];
    for (const host of hosts) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.value!.objectId!, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result: value, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
      if (exceptionDetails) throw new Error(`in closed root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      out.push(value.value as T);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

export interface MarkView {
  readonly status: string;
  readonly label: string;
  readonly symbol: string;
  /** The id of the element the mark's host follows (the badge, or the link around it). */
  readonly after: string | null;
  readonly focused: boolean;
  readonly expanded: string | null;
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

const READ_MARK = `function () {
  const button = this.querySelector('button');
  const box = button.getBoundingClientRect();
  return {
    status: button.dataset.status,
    label: button.getAttribute('aria-label'),
    symbol: button.textContent,
    after: this.host.previousElementSibling ? this.host.previousElementSibling.id || null : null,
    focused: this.activeElement === button,
    expanded: button.getAttribute('aria-expanded'),
    box: { x: box.x, y: box.y, width: box.width, height: box.height },
  };
}`;

export function readMarks(page: Page): Promise<MarkView[]> {
  return inClosedRoots<MarkView>(page, 'badge-lens-mark', READ_MARK);
}

/** The mark that follows the element with this id. */
export async function markAfter(page: Page, id: string): Promise<MarkView | undefined> {
  return (await readMarks(page)).find((m) => m.after === id);
}

export interface PopoverView {
  readonly text: string;
  readonly links: readonly { readonly text: string; readonly href: string | null }[];
  /** Elements that could run code or load something: must be none from badge data. */
  readonly scripts: number;
  readonly handlers: number;
  readonly images: readonly string[];
  readonly label: string | null;
  readonly focusInside: boolean;
}

const READ_POPOVER = `function () {
  const dialog = this.querySelector('[role=dialog]');
  const all = Array.from(this.querySelectorAll('*'));
  return {
    text: dialog ? dialog.innerText : '',
    links: Array.from(this.querySelectorAll('a')).map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') })),
    scripts: this.querySelectorAll('script, iframe, object, embed').length,
    handlers: all.filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
    images: Array.from(this.querySelectorAll('img')).map((i) => i.getAttribute('src')),
    label: dialog ? dialog.getAttribute('aria-label') : null,
    focusInside: this.activeElement !== null,
  };
}`;

export async function readPopover(page: Page): Promise<PopoverView | undefined> {
  return (await inClosedRoots<PopoverView>(page, 'badge-lens-popover', READ_POPOVER))[0];
}

/** Clicks inside a closed root: on the first element matching `selector` whose text includes `text`. */
export async function clickInPopover(page: Page, selector: string, text = ''): Promise<void> {
  const [box] = await inClosedRoots<{ x: number; y: number } | null>(
    page,
    'badge-lens-popover',
    `function () {
      const target = Array.from(this.querySelectorAll(${JSON.stringify(selector)})).find((e) => e.textContent.includes(${JSON.stringify(text)}));
      if (!target) return null;
      target.scrollIntoView({ block: 'center' });
      const r = target.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`,
  );
  if (!box) throw new Error(`nothing matches ${selector} "${text}" in the popover`);
  await page.mouse.click(box.x, box.y);
}

/** The element focused in the page's main document: a mark or the popover shows as its host. */
export function focusedHost(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.localName ?? null);
}
