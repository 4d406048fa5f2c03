/**
 * The payloads of the badge elements inside an inline `<svg>`, found by namespace and local name as OB 2.0
 * Baking §SVG, OB 3.0 §5.3.2 and CLR 2.0 §5.2.2 define them; the prefix is arbitrary.
 *
 * Two ways a badge element reaches the DOM:
 * - in a real namespace (an XHTML page, an SVG document, elements a script made with `createElementNS`):
 *   `getElementsByTagNameNS(namespace, localName)` finds it;
 * - parsed from an HTML page: the HTML parser does not bind prefixes inside `<svg>`, so the element is
 *   `openbadges:assertion` in the SVG namespace and its `xmlns:openbadges` is a plain attribute. The prefix
 *   is resolved here by hand, against those attributes on the element and its ancestors, so an element
 *   bound to another namespace (or to none) is still not a badge.
 */
export const BADGE_ELEMENTS: readonly { readonly namespace: string; readonly localName: string }[] = [
  { namespace: 'http://openbadges.org', localName: 'assertion' },
  { namespace: 'https://purl.imsglobal.org/ob/v3p0', localName: 'credential' },
  { namespace: 'https://purl.imsglobal.org/clr/v2p0', localName: 'credential' },
];
// The same as the core's SVG_ELEMENTS (a unit test holds them equal), written out because importing the
// core's index into the content script would bring module code the content script's size budget cannot carry.
const ELEMENTS = BADGE_ELEMENTS;
const NAMESPACES: ReadonlySet<string> = new Set(ELEMENTS.map((e) => e.namespace));
const LOCAL_NAMES: ReadonlySet<string> = new Set(ELEMENTS.map((e) => e.localName));

export function svgBadgePayloads(svg: Element): string[] {
  const found = new Set<Element>();
  for (const { namespace, localName } of ELEMENTS) {
    for (const element of svg.getElementsByTagNameNS(namespace, localName)) found.add(element);
  }
  for (const element of svg.getElementsByTagName('*')) {
    if (isBadgeElement(element.namespaceURI, element.localName)) {
      found.add(element);
      continue;
    }
    // Parsed from HTML: the qualified name as written, `prefix:localName`, in the SVG namespace.
    const name = element.tagName;
    const colon = name.indexOf(':');
    if (colon <= 0 || !LOCAL_NAMES.has(name.slice(colon + 1))) continue;
    if (isBadgeElement(boundNamespace(element, name.slice(0, colon), svg), name.slice(colon + 1))) found.add(element);
  }
  const payloads: string[] = [];
  for (const element of found) {
    const payload = element.textContent?.trim() || element.getAttribute('verify')?.trim();
    if (payload) payloads.push(payload);
  }
  return payloads;
}

function isBadgeElement(namespace: string | null | undefined, localName: string): boolean {
  return typeof namespace === 'string' && NAMESPACES.has(namespace) && ELEMENTS.some((e) => e.namespace === namespace && e.localName === localName);
}

/** The namespace `xmlns:prefix` binds at `element`, looking up to the outermost `<svg>`. */
function boundNamespace(element: Element, prefix: string, root: Element): string | undefined {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const value = node.getAttribute(`xmlns:${prefix}`);
    if (value !== null) return NAMESPACES.has(value.trim()) ? value.trim() : undefined;
    if (node === root) break;
  }
  return undefined;
}
