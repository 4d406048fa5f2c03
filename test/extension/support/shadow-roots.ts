/**
 * Marks and the popover live in closed shadow roots, which a page (and a test) cannot reach from the host.
 * Tests record each root as it is attached, to act inside it as a user would.
 */
export function recordShadowRoots(): { rootOf(host: Element): ShadowRoot; restore(): void } {
  const roots = new WeakMap<Element, ShadowRoot>();
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = original.call(this, init);
    roots.set(this, root);
    return root;
  };
  return {
    rootOf(host) {
      const root = roots.get(host);
      if (!root) throw new Error(`no shadow root recorded for <${host.localName}>`);
      return root;
    },
    restore: () => void (Element.prototype.attachShadow = original),
  };
}
