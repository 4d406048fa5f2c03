import { badge, found, json, jws, notFound, url, type PeerSource } from './case.ts';
import { OB2_SIMPLE_JWS, OB3_SAMPLE_VC_JWT, OB3_SIMPLE_JSON, TEAMWORK_BADGE } from './shared-payloads.ts';

// Expected outcomes follow the baking texts the folder's INVENTORY.md cites (OB 2.0 Baking, OB 3.0 §5.3),
// which name a strict and a lenient reading for some cases; `note` says which one we take.
const teamwork = json(TEAMWORK_BADGE, OB3_SIMPLE_JSON);
const vcJwt = jws('RS256', { jti: 'http://example.com/credentials/3527', iss: 'https://example.com/issuers/876543' }, OB3_SAMPLE_VC_JWT);
const ob2Jws = jws('RS256', { id: 'https://example.org/beths-robotics-badge.json', type: 'Assertion', verification: { type: 'signed' } }, OB2_SIMPLE_JWS);

export const syntheticEdgeCases: PeerSource = {
  folder: 'synthetic-edge-cases',
  cases: [
    {
      state: 'vc-jwt-in-itxt',
      file: 'ob3-jwt-itxt.png',
      peer: 'extract the JWS (OB 3.0: the text is the compact JWS when a VC-JWT proof is used)',
      expected: found([badge('credential', 'iTXt', vcJwt)]),
    },
    {
      state: 'compressed-itxt',
      file: 'ob3-json-itxt-compressed.png',
      peer: 'strict: reject as a non-conformant bake; lenient: inflate and verify; a warning either way ("Compression MUST NOT be used")',
      expected: found([badge('credential', 'iTXt', teamwork)], ['compressed']),
      note: 'lenient: the bytes inflate to a valid credential, so the user sees it, with the warning; the inflation is bounded',
    },
    {
      state: 'duplicate-chunks',
      file: 'ob3-duplicate-chunks-first-valid.png',
      peer: 'flag the malformed image; take the FIRST chunk (valid credential); never the second (name changed)',
      expected: found([badge('credential', 'iTXt', teamwork)], ['duplicate']),
    },
    {
      state: 'chunk-after-idat',
      file: 'ob3-chunk-before-IEND.png',
      peer: 'found (the chunk position is not restricted); VALID',
      expected: found([badge('credential', 'iTXt', teamwork)]),
    },
    {
      state: 'itxt-language-tag',
      file: 'ob3-itxt-langtag.png',
      peer: 'skip the language tag and translated keyword; VALID',
      expected: found([badge('credential', 'iTXt', teamwork)]),
    },
    {
      state: 'bad-crc',
      file: 'ob3-itxt-bad-crc.png',
      peer: 'decoder-dependent: a strict PNG parser rejects the chunk; never silently trust it',
      expected: notFound('corrupt', ['corrupt-chunk']),
      note: 'strict: a chunk that fails its CRC may have been altered, and its text would be shown as the badge',
    },
    {
      state: 'keyword-wrong-case',
      file: 'ob3-keyword-wrong-case.png',
      peer: 'no credential found: PNG keywords are case-sensitive (lenient matching is non-conformant)',
      expected: notFound('no-badge', ['keyword-case']),
    },
    {
      state: 'legacy-text-url',
      file: 'ob2-legacy-tEXt-url.png',
      peer: 'extract the hosted URL from the legacy tEXt chunk',
      expected: found([badge('assertion', 'tEXt', url('https://example.org/beths-robotics-badge.json'))], ['legacy-chunk']),
    },
    {
      state: 'ob2-and-ob3',
      file: 'ob2-and-ob3-both.png',
      peer: 'implementation-defined: report both (recommended) or prefer OB 3.0; do not merge',
      expected: found([badge('assertion', 'iTXt', ob2Jws), badge('credential', 'iTXt', teamwork)]),
      note: 'both, in file order, each as its own payload',
    },
    {
      state: 'svg-prefix-alias',
      file: 'ob3-svg-prefix-alias.svg',
      peer: 'a namespace-aware parser finds <ob:credential> (the prefix is arbitrary); VALID',
      expected: found([badge('credential', 'cdata', teamwork, { element: 'ob:credential' })]),
    },
    {
      state: 'svg-vc-jwt-self-closing',
      file: 'ob3-svg-jwt-selfclosing.svg',
      peer: 'extract the VC-JWT from the verify attribute of a self-closing element',
      expected: found([badge('credential', 'verify', vcJwt)]),
    },
    {
      state: 'svg-wrong-namespace',
      file: 'ob3-svg-wrong-namespace.svg',
      peer: 'strict (namespace-aware, as the 1EdTech SvgParser): not found; lenient: found with a warning',
      expected: notFound('no-badge', ['wrong-namespace']),
      note: 'strict: <openbadges:credential> bound to the OB 2.0 namespace is an OB 2.0 element that does not exist, not an OB 3.0 credential',
    },
    {
      state: 'svg-signed-assertion-self-closing',
      file: 'ob2-svg-signed-selfclosing.svg',
      peer: 'extract the OB 2.0 JWS from verify ("no tag body is necessary and the tag should be self closing")',
      expected: found([badge('assertion', 'verify', ob2Jws)]),
    },
    {
      state: 'svg-json-without-cdata',
      file: 'ob3-svg-no-cdata-escaped-json.svg',
      peer: 'strict: non-conformant ("wrapped in CDATA"); lenient: the XML text is the JSON → VALID with a warning',
      expected: found([badge('credential', 'text', teamwork)], ['placement']),
      note: 'lenient: escaped text decodes to exactly the same JSON, so nothing is guessed',
    },
  ],
};
