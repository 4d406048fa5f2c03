import { decodeXmlText } from './xml-entities.ts';

/**
 * A namespace-aware scan of an XML document that reports only the elements a caller asks for.
 *
 * We do not build a tree: a badge is one element among thousands of paths, and only the namespace bindings
 * in scope matter. fast-xml-parser builds the whole tree and keeps prefixes as written, so it can neither
 * resolve `ob:credential` to its namespace nor do so without parsing every path. The scan jumps from `<` to
 * `<` with indexOf, keeps a stack of the namespace declarations only (not of every element), never expands
 * DTD entities and treats a DOCTYPE's internal subset as opaque.
 */

export interface XmlName {
  readonly qualifiedName: string;
  readonly prefix: string;
  readonly localName: string;
  /** The namespace the prefix (or the default namespace) resolves to here; undefined when unbound. */
  readonly namespace: string | undefined;
}

export interface XmlElementHit extends XmlName {
  /** Offset of the `<` that opens the element. */
  readonly start: number;
  /** Offset just past the element's end tag (or its `/>`). */
  readonly end: number;
  /** Nesting level: 0 for the root element, 1 for its children. */
  readonly level: number;
  readonly selfClosing: boolean;
  /** Attribute values by qualified name, entity references decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly body: XmlBody;
}

export interface XmlBody {
  /** Text and CDATA content in document order, references decoded. */
  readonly text: string;
  readonly hasCdata: boolean;
  /** Non-white-space text outside CDATA sections. */
  readonly hasBareText: boolean;
  readonly hasChildElements: boolean;
}

export interface XmlRoot extends XmlName {
  /** Offset of the `<` that opens the root element and of the `>` that ends its start tag. */
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
  /** Set when the document ends inside markup. */
  readonly truncated: boolean;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME = /[^\s/>]+/y;
const TAG_STOP = /["'>]/g;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const DOCTYPE_SUBSET_END = /\]\s*>/g;

interface Binding {
  readonly level: number;
  readonly prefix: string;
  readonly uri: string;
}

/** Scans `text` and reports every element whose local name satisfies `wanted`, with its body. */
export function scanXml(text: string, wanted: (localName: string) => boolean): XmlScan {
  const bindings: Binding[] = [];
  const hits: XmlElementHit[] = [];
  const unexpanded: string[] = [];
  let root: XmlRoot | undefined;
  let internalSubset = false;
  let level = 0;
  let i = 0;

  const resolve = (prefix: string): string | undefined => {
    if (prefix === 'xml') return XML_NS;
    if (prefix === 'xmlns') return XMLNS;
    for (let b = bindings.length - 1; b >= 0; b--) {
      if (bindings[b]!.prefix === prefix) return bindings[b]!.uri || undefined;
    }
    return undefined;
  };
  const closeTo = (depth: number): void => {
    while (bindings.length > 0 && bindings[bindings.length - 1]!.level >= depth) bindings.pop();
  };

  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);

    if (next === 0x21 /* ! */) {
      const skipped = skipDeclaration(text, lt);
      if (skipped === undefined) return done(true);
      if (skipped.internalSubset) internalSubset = true;
      i = skipped.end;
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return done(true);
      i = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return done(true);
      level = Math.max(0, level - 1);
      closeTo(level);
      i = end + 1;
      continue;
    }

    const tag = readStartTag(text, lt);
    if (tag === undefined) return done(true);
    const { qualifiedName, attributesRaw, selfClosing, end: tagEnd } = tag;
    const hasDeclarations = attributesRaw.includes('xmlns');
    const attributes = hasDeclarations || root === undefined ? parseAttributes(attributesRaw, unexpanded) : undefined;
    if (attributes !== undefined && hasDeclarations) {
      for (const [name, value] of attributes) {
        if (name === 'xmlns') bindings.push({ level, prefix: '', uri: value });
        else if (name.startsWith('xmlns:')) bindings.push({ level, prefix: name.slice(6), uri: value });
      }
    }
    const name = splitName(qualifiedName, resolve);

    if (root === undefined) {
      root = { ...name, start: lt, startTagEnd: tagEnd, selfClosing, attributes: attributes ?? new Map() };
    }

    if (wanted(name.localName)) {
      const attrs = attributes ?? parseAttributes(attributesRaw, unexpanded);
      let end = tagEnd + 1;
      let body: XmlBody = { text: '', hasCdata: false, hasBareText: false, hasChildElements: false };
      if (!selfClosing) {
        const read = readBody(text, tagEnd + 1, unexpanded);
        if (read === undefined) return done(true);
        body = read.body;
        end = read.end;
      }
      hits.push({ ...name, start: lt, end, level, selfClosing, attributes: attrs, body });
      // The hit's end tag was consumed with its body, so its declarations go out of scope here.
      closeTo(level);
      i = end;
      continue;
    }

    if (selfClosing) closeTo(level);
    else level++;
    i = tagEnd + 1;
  }
  return done(false);

  function done(truncated: boolean): XmlScan {
    return { root, hits, internalSubset, unexpanded, truncated };
  }
}

function splitName(qualifiedName: string, resolve: (prefix: string) => string | undefined): XmlName {
  const colon = qualifiedName.indexOf(':');
  const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
  const localName = colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
  return { qualifiedName, prefix, localName, namespace: resolve(prefix) };
}

interface StartTag {
  readonly qualifiedName: string;
  readonly attributesRaw: string;
  readonly selfClosing: boolean;
  /** Offset of the closing `>`. */
  readonly end: number;
}

/** Reads a start tag at `lt`, honouring quoted attribute values (which may hold `>`). */
function readStartTag(text: string, lt: number): StartTag | undefined {
  NAME.lastIndex = lt + 1;
  const match = NAME.exec(text);
  if (match === null) return undefined;
  const qualifiedName = match[0];
  const nameEnd = lt + 1 + qualifiedName.length;
  let j = nameEnd;
  for (;;) {
    TAG_STOP.lastIndex = j;
    const stop = TAG_STOP.exec(text);
    if (stop === null) return undefined;
    if (stop[0] === '>') {
      const gt = stop.index;
      const selfClosing = text.charCodeAt(gt - 1) === 0x2f;
      return { qualifiedName, attributesRaw: text.slice(nameEnd, selfClosing ? gt - 1 : gt), selfClosing, end: gt };
    }
    const close = text.indexOf(stop[0], stop.index + 1);
    if (close < 0) return undefined;
    j = close + 1;
  }
}

function parseAttributes(raw: string, unexpanded: string[]): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(raw); m !== null; m = ATTRIBUTE.exec(raw)) {
    const decoded = decodeXmlText(m[2] ?? m[3] ?? '');
    unexpanded.push(...decoded.unexpanded);
    if (!attributes.has(m[1]!)) attributes.set(m[1]!, decoded.text);
  }
  return attributes;
}

/** Skips `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE …>` (with an opaque internal subset) or another `<!…>`. */
function skipDeclaration(text: string, lt: number): { end: number; internalSubset: boolean } | undefined {
  if (text.startsWith('<!--', lt)) {
    const end = text.indexOf('-->', lt + 4);
    return end < 0 ? undefined : { end: end + 3, internalSubset: false };
  }
  if (text.startsWith('<![CDATA[', lt)) {
    const end = text.indexOf(']]>', lt + 9);
    return end < 0 ? undefined : { end: end + 3, internalSubset: false };
  }
  const gt = text.indexOf('>', lt + 2);
  const bracket = text.indexOf('[', lt + 2);
  if (bracket >= 0 && (gt < 0 || bracket < gt)) {
    DOCTYPE_SUBSET_END.lastIndex = bracket;
    const close = DOCTYPE_SUBSET_END.exec(text);
    return close === null ? undefined : { end: close.index + close[0].length, internalSubset: true };
  }
  return gt < 0 ? undefined : { end: gt + 1, internalSubset: false };
}

/** Reads the content of an element whose start tag ended just before `from`, up to its matching end tag. */
function readBody(text: string, from: number, unexpanded: string[]): { body: XmlBody; end: number } | undefined {
  let out = '';
  let hasCdata = false;
  let hasBareText = false;
  let hasChildElements = false;
  let depth = 0;
  let i = from;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return undefined;
    if (depth === 0 && lt > i) {
      const decoded = decodeXmlText(text.slice(i, lt));
      unexpanded.push(...decoded.unexpanded);
      if (decoded.text.trim() !== '') hasBareText = true;
      out += decoded.text;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return undefined;
      if (depth === 0) {
        out += text.slice(lt + 9, end);
        hasCdata = true;
      }
      i = end + 3;
    } else if (text.charCodeAt(lt + 1) === 0x21 /* ! */ || text.charCodeAt(lt + 1) === 0x3f /* ? */) {
      const closer = text.charCodeAt(lt + 1) === 0x21 ? '-->' : '?>';
      const end = text.indexOf(closer, lt + 2);
      if (end < 0) return undefined;
      i = end + closer.length;
    } else if (text.charCodeAt(lt + 1) === 0x2f /* / */) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return undefined;
      i = end + 1;
      if (depth === 0) return { body: { text: out, hasCdata, hasBareText, hasChildElements }, end: i };
      depth--;
    } else {
      const tag = readStartTag(text, lt);
      if (tag === undefined) return undefined;
      hasChildElements = true;
      if (!tag.selfClosing) depth++;
      i = tag.end + 1;
    }
  }
}
