import type { JWK } from 'jose';
import type { Check } from '../model/report.ts';

/**
 * Where a key came from, so the verifier can weigh it:
 * - `did:key`, `did:jwk`: derived from the DID itself (the DID *is* the key), nothing fetched;
 * - `did:web`, `controller-document`: listed in a document fetched from the controller's own address;
 * - `jwk-url`: a bare JWK or JWKS fetched from a VC-JWT header's `kid` URL (no relationships, no controller statement);
 * - `address`: the 1EdTech convention `https://issuer.example/issuers/1#z6Mk…`, the key read from the
 *   verification method's own address because the document there could not be read or lists no keys:
 *   nothing but the address ties the key to the issuer;
 * - `jose-header`: a VC-JWT header's `jwk`, which the signer chose itself.
 */
export type KeySource = 'did:key' | 'did:jwk' | 'did:web' | 'controller-document' | 'jwk-url' | 'address' | 'jose-header';

/** A public key found for a verification method, with who controls it and what it may be used for. */
export interface ResolvedKey {
  /** The verification method's id: a DID URL (`did:key:z6Mk…#z6Mk…`) or a URL with a fragment. */
  readonly id: string;
  /**
   * The DID or URL that controls the key (the DID document's or controller document's id). For a
   * `jose-header` key, the `did:jwk` DID of the key itself: such a key speaks only for itself.
   */
  readonly controller: string;
  /** The public key as a JWK (kty OKP/EC/RSA), importable with jose; never holds a private part. */
  readonly jwk: JWK;
  /** For Ed25519 keys, the 32 raw public key bytes (what Data Integrity suites verify with). */
  readonly ed25519?: Uint8Array;
  /**
   * Verification relationships the controller document authorises this key for (`assertionMethod`, …).
   * Empty for `jwk-url` and `jose-header` keys: a bare JWK states none.
   */
  readonly purposes: readonly string[];
  /** Where the key came from; see `KeySource`. */
  readonly source: KeySource;
  /** Documents fetched or derived on the way (DID documents), by URL or DID, for the report. */
  readonly documents?: Readonly<Record<string, unknown>>;
}

export type KeyResolution = { readonly ok: true; readonly key: ResolvedKey; readonly notes: readonly Check[] } | { readonly ok: false; readonly check: Check };

/** A public key read from a JWK, a multikey or base58 text, before anyone has said whose it is. */
export interface KeyMaterial {
  readonly jwk: JWK;
  readonly ed25519?: Uint8Array;
}

/** A reading of untrusted key text: the value, or what is wrong with it as a clause ("is not …"). */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };
