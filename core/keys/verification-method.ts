import { idOf, isRecord, list, type JsonRecord } from '../util/json.ts';

/** DID Core §5.3 and CID 1.0 §2.3: the verification relationships a controller document can state. */
export const RELATIONSHIPS = ['assertionMethod', 'authentication', 'capabilityInvocation', 'capabilityDelegation', 'keyAgreement'] as const;

export type FoundMethod =
  | { readonly ok: true; readonly method: JsonRecord; readonly purposes: readonly string[] }
  | { readonly ok: false; readonly reason: 'absent' | 'ambiguous' };

/**
 * A verification method in its controller document, by its absolute id, and the relationships that list
 * it — by reference (`"assertionMethod": ["#key-1"]`) or embedded (`"assertionMethod": [{ "id": … }]`).
 * Relative ids (`#key-1`) are read against the document's id, as DID Core §3.2.2 allows. Two different
 * entries with one id make the document ambiguous: neither is used.
 */
export function findVerificationMethod(doc: JsonRecord, documentId: string, methodId: string): FoundMethod {
  const absolute = (ref: unknown): string | undefined => {
    const id = idOf(ref);
    return id?.startsWith('#') ? documentId + id : id;
  };
  const entries = [doc.verificationMethod, ...RELATIONSHIPS.map((r) => doc[r])].flatMap(list);
  const matches = entries.filter((entry): entry is JsonRecord => isRecord(entry) && absolute(entry) === methodId);
  const distinct = new Set(matches.map((m) => JSON.stringify(m)));
  if (distinct.size === 0) return { ok: false, reason: 'absent' };
  if (distinct.size > 1) return { ok: false, reason: 'ambiguous' };
  const purposes = RELATIONSHIPS.filter((r) => list(doc[r]).some((entry) => absolute(entry) === methodId));
  return { ok: true, method: matches[0]!, purposes };
}

/** Whether a document lists any verification method at all: an issuer Profile often lists none. */
export function listsAnyMethod(doc: JsonRecord): boolean {
  return [doc.verificationMethod, ...RELATIONSHIPS.map((r) => doc[r])].some((value) => list(value).length > 0);
}
