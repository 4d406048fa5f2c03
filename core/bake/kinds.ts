/** What a baked payload is: an OB 0.5–2.0 assertion, an OB 3.0 credential, or a CLR 2.0 credential. */
export type BadgeKind = 'assertion' | 'credential' | 'clr';

export const BADGE_KINDS: readonly BadgeKind[] = ['assertion', 'credential', 'clr'];

// OB 2.0 Baking §PNG: keyword 'openbadges'; OB 3.0 §5.3.1: 'openbadgecredential'; CLR 2.0 §5.2.1: 'clrcredential'.
export const PNG_KEYWORDS: Readonly<Record<BadgeKind, string>> = {
  assertion: 'openbadges',
  credential: 'openbadgecredential',
  clr: 'clrcredential',
};

export const KIND_BY_PNG_KEYWORD: ReadonlyMap<string, BadgeKind> = new Map(
  Object.entries(PNG_KEYWORDS).map(([kind, keyword]) => [keyword, kind as BadgeKind]),
);

export interface SvgBadgeElement {
  readonly namespace: string;
  readonly localName: string;
}

// OB 2.0 Baking §SVG, OB 3.0 §5.3.2, CLR 2.0 §5.2.2: the element is identified by namespace and local name;
// the prefix ('openbadges' in the specs' examples) is arbitrary.
export const SVG_ELEMENTS: Readonly<Record<BadgeKind, SvgBadgeElement>> = {
  assertion: { namespace: 'http://openbadges.org', localName: 'assertion' },
  credential: { namespace: 'https://purl.imsglobal.org/ob/v3p0', localName: 'credential' },
  clr: { namespace: 'https://purl.imsglobal.org/clr/v2p0', localName: 'credential' },
};

export const BADGE_NAMESPACES: ReadonlySet<string> = new Set(Object.values(SVG_ELEMENTS).map((e) => e.namespace));

export function kindOfSvgElement(namespace: string | undefined, localName: string): BadgeKind | undefined {
  for (const kind of BADGE_KINDS) {
    const element = SVG_ELEMENTS[kind];
    if (element.namespace === namespace && element.localName === localName) return kind;
  }
  return undefined;
}

export function isBadgeKind(value: unknown): value is BadgeKind {
  return typeof value === 'string' && (BADGE_KINDS as readonly string[]).includes(value);
}
