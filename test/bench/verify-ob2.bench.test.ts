import { CompactSign, compactVerify, exportSPKI, generateKeyPair, importSPKI } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Core from '../../core/index.ts';
import { pngImage } from '../support/png-factory.ts';
import { measurePairAsync } from './measure.ts';
import { formatTable, type BenchRow, type Target } from './report.ts';

const LOADS = 3;
const CONTEXT = 'https://w3id.org/openbadges/v2';
// DESIGN.md, performance budgets: the whole pipeline costs at most twice the bare signature check.
const TARGET: Target = { text: '≤ 2× floor', figure: (ratio) => ratio, unit: '× floor', met: (times) => times <= 2 };

describe('OB 2.0 signed verification against jose alone (npm run bench)', () => {
  const rows: BenchRow[] = [];
  let cores: (typeof Core)[] = [];
  beforeAll(async () => {
    const { loadShippedCores } = await import('./shipped-core.ts');
    cores = await loadShippedCores(LOADS);
  });
  afterAll(() => {
    if (rows.length > 0) console.log(`\n${formatTable(rows)}\n`);
  });

  it('verifies a signed assertion with every document supplied', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const issuer = 'https://issuer.example/issuer.json';
    const key = 'https://issuer.example/keys/1.json';
    const documents = {
      [issuer]: { '@context': CONTEXT, type: 'Issuer', id: issuer, name: 'Guild', url: 'https://issuer.example', publicKey: key },
      [key]: { '@context': CONTEXT, type: 'CryptographicKey', id: key, owner: issuer, publicKeyPem: await exportSPKI(publicKey) },
      'https://issuer.example/badge.json': { '@context': CONTEXT, type: 'BadgeClass', id: 'https://issuer.example/badge.json', name: 'Robotics', description: 'x', image: 'https://issuer.example/badge.png', criteria: 'https://issuer.example/c', issuer },
      'https://issuer.example/badge.png': pngImage(64, 64),
    };
    const assertion = { '@context': CONTEXT, type: 'Assertion', id: 'urn:uuid:bench', recipient: { type: 'email', hashed: false, identity: 'a@example.org' }, badge: 'https://issuer.example/badge.json', issuedOn: '2024-01-01T00:00:00Z', verification: { type: 'SignedBadge', creator: key } };
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(assertion))).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const imported = await importSPKI(documents[key].publicKeyPem, 'RS256');

    const perLoad = [];
    for (const core of cores) {
      const options = { documents, offline: true, now: '2025-01-01T00:00:00Z', cache: core.createVerifyCache() };
      // A pipeline that skipped the signature would be fast and measure nothing: it must verify, and a changed badge must fail.
      expect(await core.verify(jws, options)).toMatchObject({ status: 'verified', form: 'jws' });
      const [h, , s] = jws.split('.');
      const tampered = `${h}.${Buffer.from(JSON.stringify({ ...assertion, issuedOn: '2024-02-01' })).toString('base64url')}.${s}`;
      expect((await core.verify(tampered, options)).status).toBe('invalid');
      perLoad.push(await measurePairAsync(() => core.verify(jws, options), () => compactVerify(jws, imported, { algorithms: ['RS256'] }), { budgetMs: 8000, tolerance: 0.02 }));
    }
    rows.push({ figure: 'OB 2.0 signed verify, documents supplied', perLoad, floorName: '(jose compactVerify)', target: TARGET });
  });
});
