import { verify, type Report } from '../../../core/index.ts';
import { startPeerWeb } from '../peer-web.ts';
import { expectReport } from '../verify-ob2/check-report.ts';
import { caseInput, siteFor } from '../verify-ob2/documents.ts';
import type { VcCase, VcSource } from './case.ts';
import { credentialOf } from './credential-of.ts';
import { expectProofsAlone } from './proof-alone.ts';

/**
 * Verifies the case's input on a fresh local server holding its peer's web (the peer's files, served in
 * place at the URLs its INVENTORY names), with the source's clock, and asserts the expected report.
 * `seen` gets the report before any assertion, so that checks across cases can read it even when the
 * case itself disagrees.
 */
export async function runVcCase(source: VcSource, c: VcCase, seen: (report: Report) => void = () => {}): Promise<void> {
  const web = await startPeerWeb(siteFor(source, c));
  try {
    const report = await verify(caseInput(source.folder, c.input), {
      fetch: web.fetch,
      allowPrivateNetwork: true,
      now: c.now ?? source.now,
      identities: c.identities ?? [],
    });
    seen(report);
    expectReport(report, c.expected);
  } finally {
    await web.close();
  }
  if (c.proofAlone) {
    const credential = credentialOf(source.folder, c.input);
    if (credential === undefined) throw new Error(`${c.state}: no credential in the input to check the proofs of`);
    await expectProofsAlone(credential, c.state);
  }
}
