/**
 * A seeded random source (mulberry32) and the values credentials are built from, so that every generated
 * document is the same on every run and a failing one is reproduced by its seed alone.
 */
export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Some of the items (perhaps none), in a random order. */
  some<T>(items: readonly T[], max?: number): T[];
  shuffled<T>(items: readonly T[]): T[];
}

export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)]!,
    some: (items, max = items.length) => shuffled(items).slice(0, int(Math.min(max, items.length) + 1)),
    shuffled,
  };
}

// Text as people write it: accents, scripts, emoji, RTL marks, quotes, backslashes, line breaks and
// control characters (which N-Quads escapes), and the empty string.
const TEXTS = [
  'Teamwork',
  'Travail d’équipe — niveau avancé',
  '団体作業と協調',
  'عمل جماعي',
  'Ученик года',
  '🎓 Graduate 👩🏽‍💻',
  'Line one\nLine two\r\nLine three',
  'Tab\tand "quotes" and \\ backslash',
  'Control \u0001\u001f\u007f characters',
  '',
  '  leading and trailing  ',
  'Ω≈ç√∫˜µ≤≥÷',
  'Right-to-left \u202Emark\u202C',
  'Line\u2028separator',
  'Zero\u200Bwidth',
  '<b>Not HTML</b> & entities &amp;',
  'Surrogate pair 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

export function text(r: Random): string {
  const base = r.pick(TEXTS);
  return r.chance(0.3) ? `${base} ${r.int(10_000)}` : base;
}

function hex(r: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += '0123456789abcdef'[r.int(16)];
  return out;
}

export function uuid(r: Random): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
}

/** An absolute IRI of the kinds credentials use (some with characters N-Quads escapes or percent-encodes). */
export function iri(r: Random): string {
  switch (r.int(8)) {
    case 0:
      return `urn:uuid:${uuid(r)}`;
    case 1:
      return `did:example:${hex(r, 12)}`;
    case 2:
      return `did:key:z6Mk${hex(r, 40)}#z6Mk${hex(r, 8)}`;
    case 3:
      return `mailto:learner${r.int(100)}@example.org`;
    case 4:
      return `https://example.org/badges/${r.int(1000)}?lang=fr&v=${r.int(9)}#part`;
    case 5:
      return `https://example.org/é/${encodeURIComponent('ü')}/ü`;
    case 6:
      return `did:web:issuer.example:orgs:${r.int(100)}`;
    default:
      return `https://issuer.example/${hex(r, 6)}`;
  }
}

/** Numbers of both kinds JSON-LD tells apart (xsd:integer and xsd:double, by jsonld's rule), and their edges. */
const NUMBERS = [0, 1, -1, 42, 2.0, 1.5, -0.25, 0.1, 3.14159, 100, 1e20, 1e21, 1.5e21, 1e-7, 123456789.123, 2 ** 53, -(2 ** 31), 5e-324, 1.7976931348623157e308, -0];

export function number(r: Random): number {
  return r.pick(NUMBERS);
}

export const XSD = 'http://www.w3.org/2001/XMLSchema#';

export function date(r: Random): string {
  return `20${10 + r.int(20)}-0${1 + r.int(9)}-1${r.int(9)}T0${r.int(9)}:00:00${r.pick(['Z', '+02:00', '.123Z'])}`;
}

/** A string, or the same string as a value object with a language tag (case kept for jsonld to lower). */
export function maybeTagged(r: Random, value: string): unknown {
  if (!r.chance(0.15)) return value;
  return { '@value': value, '@language': r.pick(['en', 'en-US', 'FR', 'zh-Hant-TW', 'ar']) };
}
