import { decodeUtf8 } from '../util/text.ts';
import { lastOccurrence } from './byte-search.ts';
import { decodeXmlText } from './xml-entities.ts';

/**
 * A namespace-aware scan of an XML document, over its UTF-8 bytes, that reports only the elements a caller
 * asks for.
 *
 * We do not build a tree: a badge is one element among thousands of paths, and only the namespace bindings
 * in scope matter. fast-xml-parser builds the whole tree and keeps prefixes as written, so it can neither
 * resolve `ob:credential` to its namespace nor do so without parsing every path. Every byte of markup is
 * ASCII and no byte of a multi-byte UTF-8 sequence is, so the scan jumps from `<` to `<` and over quoted
 * values with the engine's native byte search and decodes only what it reports (names, namespace
 * declarations, the wanted elements); decoding the whole file would cost more than scanning it. It keeps a
 * stack of namespace declarations only (not of every element), never expands DTD entities and treats a
 * DOCTYPE's internal subset as opaque.
 */

export interface XmlName {
  readonly qualifiedName: string;
  readonly prefix: string;
  readonly localName: string;
  /** The namespace the prefix (or the default namespace) resolves to here; undefined when unbound. */
  readonly namespace: string | undefined;
}

export interface XmlElementHit extends XmlName {
  /** Byte offset of the `<` that opens the element. */
  readonly start: number;
  /** Byte offset just past the element's end tag (or its `/>`). */
  readonly end: number;
  /** Nesting level: 0 for the root element, 1 for its children. */
  readonly level: number;
  readonly selfClosing: boolean;
  /** Attribute values by qualified name, entity references decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly body: XmlBody;
}

export interface XmlBody {
  /** Text and CDATA content in document order, references decoded; undefined when it is not UTF-8. */
  readonly text: string | undefined;
  readonly hasCdata: boolean;
  /** Non-white-space text outside CDATA sections. */
  readonly hasBareText: boolean;
  readonly hasChildElements: boolean;
}

export interface XmlRoot extends XmlName {
  /** Byte offsets of the `<` that opens the root element and of the `>` that ends its start tag. */
  readonly start: number;
  readonly startTagEnd: number;
  readonly selfClosing: boolean;
  readonly attributes: ReadonlyMap<string, string>;
}

export interface XmlScan {
  readonly root: XmlRoot | undefined;
  readonly hits: readonly XmlElementHit[];
  /** Set when the document has a DOCTYPE with an internal subset (where entities are declared). */
  readonly internalSubset: boolean;
  /** Named entity references that were left unexpanded. */
  readonly unexpanded: readonly string[];
  /** Set when the document ends inside markup (within what was scanned: see `whole`). */
  readonly truncated: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const COMMENT_OPEN = ascii('<!--');
const COMMENT_CLOSE = ascii('-->');
const CDATA_OPEN = ascii('<![CDATA[');
const CDATA_CLOSE = ascii(']]>');
const PI_CLOSE = ascii('?>');
const XMLNS = ascii('xmlns');

interface Binding {
  readonly level: number;
  readonly prefix: string;
  readonly uri: string;
}

/** A start tag: name and attribute byte ranges, flat as [nameStart, nameEnd, valueStart, valueEnd, …]. */
interface StartTag {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly attributes: readonly number[];
  readonly declaresNamespace: boolean;
  readonly selfClosing: boolean;
  /** Offset of the closing `>`. */
  readonly end: number;
}

/**
 * Scans `bytes` (UTF-8) and reports every element whose local name is in `localNames`, with its body.
 * No such element can start after the last occurrence of one of the names, so unless `whole` is set the
 * scan stops there once the root is known: a badge baked as the first child costs about the same in a
 * 5 KB or a 5 MB drawing.
 */
export function scanXml(bytes: Uint8Array, localNames: ReadonlySet<string>, options: { readonly whole?: boolean } = {}): XmlScan {
  const wanted = [...localNames].map(ascii);
  const horizon = options.whole ? bytes.length : lastOccurrence(bytes, [...localNames]);
  const bindings: Binding[] = [];
  const hits: XmlElementHit[] = [];
  const unexpanded: string[] = [];
  let root: XmlRoot | undefined;
  let internalSubset = false;
  let level = 0;
  let i = 0;

  const resolve = (prefix: string): string | undefined => {
    if (prefix === 'xml') return XML_NS;
    if (prefix === 'xmlns') return XMLNS_NS;
    for (let b = bindings.length - 1; b >= 0; b--) {
      if (bindings[b]!.prefix === prefix) return bindings[b]!.uri || undefined;
    }
    return undefined;
  };
  const closeTo = (depth: number): void => {
    while (bindings.length > 0 && bindings[bindings.length - 1]!.level >= depth) bindings.pop();
  };
  const done = (truncated: boolean): XmlScan => ({ root, hits, internalSubset, unexpanded, truncated });

  for (;;) {
    const lt = bytes.indexOf(LT, i);
    if (lt < 0 || (lt > horizon && root !== undefined)) break;
    const next = bytes[lt + 1];

    if (next === BANG) {
      const skipped = skipDeclaration(bytes, lt);
      if (skipped === undefined) return done(true);
      if (skipped.internalSubset) internalSubset = true;
      i = skipped.end;
      continue;
    }
    if (next === QUESTION) {
      const end = find(bytes, PI_CLOSE, lt + 2);
      if (end < 0) return done(true);
      i = end + 2;
      continue;
    }
    if (next === SLASH) {
      const end = bytes.indexOf(GT, lt + 2);
      if (end < 0) return done(true);
      level = Math.max(0, level - 1);
      closeTo(level);
      i = end + 1;
      continue;
    }

    // Most tags are drawing: find where they end and whether they matter before reading any attribute.
    const shallow = skimStartTag(bytes, lt);
    if (shallow === undefined) return done(true);
    const isRoot = root === undefined;
    const isWanted = hasWantedLocalName(bytes, lt + 1, shallow.nameEnd, wanted);
    if (!isRoot && !isWanted && !shallow.declaresNamespace) {
      if (shallow.selfClosing) closeTo(level);
      else level++;
      i = shallow.end + 1;
      continue;
    }

    const tag = readStartTag(bytes, lt);
    if (tag === undefined) return done(true);
    if (tag.declaresNamespace) {
      for (let a = 0; a < tag.attributes.length; a += 4) {
        const name = asciiText(bytes, tag.attributes[a]!, tag.attributes[a + 1]!);
        if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
        const uri = attributeValue(bytes, tag.attributes[a + 2]!, tag.attributes[a + 3]!, unexpanded);
        bindings.push({ level, prefix: name === 'xmlns' ? '' : name.slice(6), uri });
      }
    }
    if (isRoot || isWanted) {
      const name = splitName(asciiText(bytes, tag.nameStart, tag.nameEnd), resolve);
      const attributes = readAttributes(bytes, tag, unexpanded);
      if (isRoot) root = { ...name, start: lt, startTagEnd: tag.end, selfClosing: tag.selfClosing, attributes };
      if (isWanted) {
        let end = tag.end + 1;
        let body: XmlBody = { text: '', hasCdata: false, hasBareText: false, hasChildElements: false };
        if (!tag.selfClosing) {
          const read = readBody(bytes, tag.end + 1, unexpanded);
          if (read === undefined) return done(true);
          body = read.body;
          end = read.end;
        }
        hits.push({ ...name, start: lt, end, level, selfClosing: tag.selfClosing, attributes, body });
        // The hit's end tag was consumed with its body, so its declarations go out of scope here.
        closeTo(level);
        i = end;
        continue;
      }
    }
    if (tag.selfClosing) closeTo(level);
    else level++;
    i = tag.end + 1;
  }
  return done(false);
}

function splitName(qualifiedName: string, resolve: (prefix: string) => string | undefined): XmlName {
  const colon = qualifiedName.indexOf(':');
  const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
  const localName = colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
  return { qualifiedName, prefix, localName, namespace: resolve(prefix) };
}

function hasWantedLocalName(bytes: Uint8Array, nameStart: number, nameEnd: number, wanted: readonly Uint8Array[]): boolean {
  let localStart = nameStart;
  for (let p = nameStart; p < nameEnd; p++) if (bytes[p] === COLON) localStart = p + 1;
  const length = nameEnd - localStart;
  outer: for (const name of wanted) {
    if (name.length !== length) continue;
    for (let k = 0; k < length; k++) if (bytes[localStart + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Where a start tag ends, whether it closes itself and whether it declares a namespace. Attribute names and
 * white space are read byte by byte; quoted values, where the bulk of a drawing is, are jumped over natively.
 */
function skimStartTag(bytes: Uint8Array, lt: number): { nameEnd: number; end: number; selfClosing: boolean; declaresNamespace: boolean } | undefined {
  let p = lt + 1;
  while (p < bytes.length && !isSpace(bytes[p]) && bytes[p] !== SLASH && bytes[p] !== GT) p++;
  if (p === lt + 1) return undefined;
  const nameEnd = p;
  let declaresNamespace = false;
  for (; p < bytes.length; p++) {
    const b = bytes[p];
    if (b === GT) {
      let back = p - 1;
      while (isSpace(bytes[back])) back--;
      return { nameEnd, end: p, selfClosing: bytes[back] === SLASH, declaresNamespace };
    }
    if (b === DQUOTE || b === SQUOTE) {
      p = bytes.indexOf(b, p + 1);
      if (p < 0) return undefined;
    } else if (b === 0x78 /* x */ && !declaresNamespace && startsWith(bytes, XMLNS, p)) {
      declaresNamespace = true;
    }
  }
  return undefined;
}

const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Reads a start tag at `lt`: its name, and its attributes' byte ranges with quoted values jumped over. */
function readStartTag(bytes: Uint8Array, lt: number): StartTag | undefined {
  let p = lt + 1;
  while (p < bytes.length && !isSpace(bytes[p]) && bytes[p] !== SLASH && bytes[p] !== GT) p++;
  if (p === lt + 1 || p >= bytes.length) return undefined;
  const nameEnd = p;
  const attributes: number[] = [];
  let declaresNamespace = false;
  for (;;) {
    while (p < bytes.length && (isSpace(bytes[p]) || bytes[p] === SLASH)) p++;
    if (p >= bytes.length) return undefined;
    if (bytes[p] === GT) {
      let back = p - 1;
      while (isSpace(bytes[back])) back--;
      return { nameStart: lt + 1, nameEnd, attributes, declaresNamespace, selfClosing: bytes[back] === SLASH && back > nameEnd - 1, end: p };
    }
    const attributeStart = p;
    while (p < bytes.length && bytes[p] !== EQUALS && bytes[p] !== GT && !isSpace(bytes[p])) p++;
    const attributeEnd = p;
    while (isSpace(bytes[p])) p++;
    if (bytes[p] !== EQUALS) continue; // a name without a value is not XML; skip it and read on
    p++;
    while (isSpace(bytes[p])) p++;
    const quote = bytes[p];
    if (quote !== DQUOTE && quote !== SQUOTE) continue;
    const close = bytes.indexOf(quote, p + 1);
    if (close < 0) return undefined;
    attributes.push(attributeStart, attributeEnd, p + 1, close);
    if (attributeEnd - attributeStart >= 5 && XMLNS.every((b, k) => bytes[attributeStart + k] === b)) declaresNamespace = true;
    p = close + 1;
  }
}

function readAttributes(bytes: Uint8Array, tag: StartTag, unexpanded: string[]): Map<string, string> {
  const attributes = new Map<string, string>();
  for (let a = 0; a < tag.attributes.length; a += 4) {
    const name = asciiText(bytes, tag.attributes[a]!, tag.attributes[a + 1]!);
    if (!attributes.has(name)) attributes.set(name, attributeValue(bytes, tag.attributes[a + 2]!, tag.attributes[a + 3]!, unexpanded));
  }
  return attributes;
}

function attributeValue(bytes: Uint8Array, start: number, end: number, unexpanded: string[]): string {
  const decoded = decodeXmlText(decodeUtf8(bytes.subarray(start, end)) ?? '');
  unexpanded.push(...decoded.unexpanded);
  return decoded.text;
}

/** Names are ASCII in every document we read; other bytes come through as their Latin-1 characters. */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function startsWith(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

/** First offset at or after `from` where `pattern` starts, or -1. */
function find(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(pattern[0]!, from); at >= 0; at = bytes.indexOf(pattern[0]!, at + 1)) {
    if (startsWith(bytes, pattern, at)) return at;
  }
  return -1;
}

/** Skips `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE …>` (with an opaque internal subset) or another `<!…>`. */
function skipDeclaration(bytes: Uint8Array, lt: number): { end: number; internalSubset: boolean } | undefined {
  if (startsWith(bytes, COMMENT_OPEN, lt)) {
    const end = find(bytes, COMMENT_CLOSE, lt + 4);
    return end < 0 ? undefined : { end: end + 3, internalSubset: false };
  }
  if (startsWith(bytes, CDATA_OPEN, lt)) {
    const end = find(bytes, CDATA_CLOSE, lt + 9);
    return end < 0 ? undefined : { end: end + 3, internalSubset: false };
  }
  const gt = bytes.indexOf(GT, lt + 2);
  const bracket = bytes.indexOf(0x5b /* [ */, lt + 2);
  if (bracket >= 0 && (gt < 0 || bracket < gt)) {
    // The internal subset ends at the first `]` followed, after optional white space, by `>`.
    for (let close = bytes.indexOf(0x5d, bracket); close >= 0; close = bytes.indexOf(0x5d, close + 1)) {
      let p = close + 1;
      while (isSpace(bytes[p])) p++;
      if (bytes[p] === GT) return { end: p + 1, internalSubset: true };
    }
    return undefined;
  }
  return gt < 0 ? undefined : { end: gt + 1, internalSubset: false };
}

/** Reads the content of an element whose start tag ended just before `from`, up to its matching end tag. */
function readBody(bytes: Uint8Array, from: number, unexpanded: string[]): { body: XmlBody; end: number } | undefined {
  const parts: Uint8Array[] = [];
  const escaped: boolean[] = [];
  let hasCdata = false;
  let hasChildElements = false;
  let depth = 0;
  let i = from;
  for (;;) {
    const lt = bytes.indexOf(LT, i);
    if (lt < 0) return undefined;
    if (depth === 0 && lt > i) {
      parts.push(bytes.subarray(i, lt));
      escaped.push(true);
    }
    if (startsWith(bytes, CDATA_OPEN, lt)) {
      const end = find(bytes, CDATA_CLOSE, lt + 9);
      if (end < 0) return undefined;
      if (depth === 0) {
        parts.push(bytes.subarray(lt + 9, end));
        escaped.push(false);
        hasCdata = true;
      }
      i = end + 3;
    } else if (bytes[lt + 1] === BANG || bytes[lt + 1] === QUESTION) {
      const closer = bytes[lt + 1] === BANG ? COMMENT_CLOSE : PI_CLOSE;
      const end = find(bytes, closer, lt + 2);
      if (end < 0) return undefined;
      i = end + closer.length;
    } else if (bytes[lt + 1] === SLASH) {
      const end = bytes.indexOf(GT, lt + 2);
      if (end < 0) return undefined;
      i = end + 1;
      if (depth === 0) return { body: joinBody(parts, escaped, hasCdata, hasChildElements, unexpanded), end: i };
      depth--;
    } else {
      const tag = readStartTag(bytes, lt);
      if (tag === undefined) return undefined;
      hasChildElements = true;
      if (!tag.selfClosing) depth++;
      i = tag.end + 1;
    }
  }
}

function joinBody(parts: readonly Uint8Array[], escaped: readonly boolean[], hasCdata: boolean, hasChildElements: boolean, unexpanded: string[]): XmlBody {
  let text = '';
  let hasBareText = false;
  for (let k = 0; k < parts.length; k++) {
    const decoded = decodeUtf8(parts[k]!);
    if (decoded === undefined) return { text: undefined, hasCdata, hasBareText, hasChildElements };
    if (!escaped[k]) {
      text += decoded;
      continue;
    }
    const expanded = decodeXmlText(decoded);
    unexpanded.push(...expanded.unexpanded);
    if (expanded.text.trim() !== '') hasBareText = true;
    text += expanded.text;
  }
  return { text, hasCdata, hasBareText, hasChildElements };
}
