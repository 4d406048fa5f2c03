import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extensionSchemas } from '../../../core/schemas/index.ts';
import { peerPath } from '../peers-dir.ts';

/**
 * OB 2.0 extension nodes as badgecheck validates them (openbadges/verifier/tasks/extensions.py): each node
 * of type Extension, compacted with the OB 2.0 context and its extension contexts, checked against the
 * schema each of those contexts names. The contexts are the peers' own copies, read in place.
 */

const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

interface JsonLd {
  compact(input: object, context: object, options: { documentLoader: (url: string) => Promise<object> }): Promise<Record<string, unknown>>;
}
// jsonld ships no type declarations; this test needs only compact().
const jsonld = createRequire(import.meta.url)('jsonld') as JsonLd;

/** URL → file in the peers' context bundle (contexts/index.json). */
function contextFile(url: string): string | undefined {
  const index = JSON.parse(readFileSync(peerPath('contexts/index.json'), 'utf8')) as { url: string; file: string }[];
  return index.find((e) => e.url === url)?.file;
}

async function documentLoader(url: string): Promise<object> {
  const file = contextFile(url);
  if (file === undefined) throw new Error(`no bundled context for ${url}`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(peerPath(`contexts/${file}`), 'utf8')) as unknown };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

export interface ExtensionNode {
  /** Where the node is in its document, as property names. */
  readonly at: string;
  /** The node compacted with the OB 2.0 context and its extension contexts, without `@context`. */
  readonly compacted: Record<string, unknown>;
  /** The schemas its contexts name for its types (all they name, when none matches a type). */
  readonly schemaUrls: readonly string[];
}

/** Every Extension node in an OB 2.0 document. */
export async function extensionNodes(document: Record<string, unknown>): Promise<ExtensionNode[]> {
  const found: { at: string; node: Record<string, unknown>; contexts: string[] }[] = [];
  const walk = (value: unknown, at: string, contexts: string[]): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${at}/${i}`, contexts));
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    const inScope = [...contexts, ...strings(node['@context'])];
    if (strings(node.type).includes('Extension')) found.push({ at, node, contexts: inScope });
    for (const [key, child] of Object.entries(node)) if (key !== '@context') walk(child, `${at}/${key}`, inScope);
  };
  walk(document, '', []);

  return Promise.all(
    found.map(async ({ at, node, contexts }) => {
      const extensionContexts = contexts.filter((c) => c !== OB2_CONTEXT);
      const { '@context': _own, ...body } = node;
      const compacted = await jsonld.compact({ '@context': [OB2_CONTEXT, ...extensionContexts], ...body }, { '@context': [OB2_CONTEXT, ...extensionContexts] }, { documentLoader });
      const { '@context': _context, ...withoutContext } = compacted;
      const types = strings(node.type);
      const named = extensionContexts.flatMap((c) => extensionSchemas(c));
      const matching = named.filter((v) => types.includes(v.validatesType));
      return { at, compacted: withoutContext, schemaUrls: (matching.length > 0 ? matching : named).map((v) => v.schemaUrl) };
    }),
  );
}
