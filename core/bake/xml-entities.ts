// XML 1.0 §4.6: the five predefined entities and character references are all a well-formed document can use
// without a DTD. Anything else is left as written: expanding DTD-declared entities is how billion-laughs works.
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

export interface Decoded {
  readonly text: string;
  /** Named entities that were left unexpanded. */
  readonly unexpanded: readonly string[];
}

export function decodeXmlText(raw: string): Decoded {
  if (!raw.includes('&')) return { text: raw, unexpanded: [] };
  const unexpanded: string[] = [];
  const text = raw.replace(REFERENCE, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    const value = PREDEFINED[ref];
    if (value !== undefined) return value;
    unexpanded.push(ref);
    return whole;
  });
  return { text, unexpanded };
}

/** Escapes text for an attribute value in double quotes, or for element content. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&${c === '<' ? 'lt' : c === '>' ? 'gt' : c === '&' ? 'amp' : 'quot'};`);
}
