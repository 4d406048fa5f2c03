import { doc, fails, invalid, passes, warns } from '../verify-ob2/case.ts';
import type { VcCase, VcSource } from './case.ts';
import { NO_PROOF } from './outcomes.ts';

/** credentials/*.json (the edubadges data model): unsigned VCDM 2.0 OpenBadgeCredentials. */
const CREDENTIALS = [
  'mbob_eo_eov_extracurricular_full',
  'mbob_eo_eov_microcredential_full',
  'mbob_eo_eov_regular_full',
  'mbob_ht_pf_extracurricular_full',
  'mbob_ht_pf_microcredential_full',
  'mbob_ht_pf_regular_full',
  'mbob_zw_ssb_extracurricular_full',
  'mbob_zw_ssb_microcredential_full',
  'mbob_zw_ssb_regular_full',
  'mbob_zw_td_extracurricular_full',
  'mbob_zw_td_microcredential_full',
  'mbob_zw_td_regular_full',
  'theed_extracurricular_embedded_ho',
  'theed_extracurricular_full_ho',
  'theed_extracurricular_full_mbo',
  'theed_extracurricular_minimal_ho',
  'theed_microcredential_embedded_ho',
  'theed_microcredential_full_ho',
  'theed_microcredential_full_mbo',
  'theed_microcredential_minimal_ho',
  'theed_regular_embedded_ho',
  'theed_regular_full_ho',
  'theed_regular_full_mbo',
  'theed_regular_minimal_ho',
  'uvh_at_microcredential_full_1',
  'uvh_at_microcredential_full_2',
  'uvh_at_regular_full',
  'uvh_fvhz_extracurricular_full',
  'uvh_fvhz_microcredential_full',
  'uvh_fvhz_regular_full',
] as const;

const PEER =
  "CI check_vc_credential_schemas.sh: valid (boon, JSON Schema 2019-09) against every schema in its own credentialSchema[] — the OB 3.0 achievementcredential schema and edubadges' own; INVENTORY: all unsigned, so a verifier should report \"no proof\"";
const OB3_SCHEMA = passes('schema', /meets the ob_v3p0_achievementcredential_schema\.json schema/);

export const educredentialsObv3Examples: VcSource = {
  folder: 'educredentials-obv3-examples',
  // Nothing is served: the edubadges context is never fetched, and schemas Badge Lens does not ship are not read.
  web: {},
  now: '2026-03-01T12:00:00Z',
  nowBecause: 'between the latest validFrom (2024-08-30) and the earliest validUntil (2029-08-30): their dates read as written',
  cases: [
    ...CREDENTIALS.map(
      (name): VcCase => ({
        state: name.replaceAll('_', '-'),
        input: doc(`credentials/${name}.json`),
        peer: PEER,
        expected: invalid(fails('signature', NO_PROOF), { version: '3.0' }, OB3_SCHEMA, warns('schema', /names a schema Badge Lens does not ship/)),
        note: "the OB 3.0 schema is checked and met, as the peer's CI says; the edubadges profile schemas are not shipped, so they are named and not checked",
      }),
    ),
    {
      state: 'ref-full-example',
      input: doc('ref/full_ex.json'),
      peer: 'ref/ (reference): the OB 3.0 spec "complete OpenBadgeCredential" example, copied without proof',
      expected: invalid(fails('signature', NO_PROOF), { version: '3.0' }, OB3_SCHEMA),
    },
    {
      state: 'ref-minimal',
      input: doc('ref/minimal_valid_obv3.json'),
      peer: 'ref/minimal_valid_obv3.json: schema-valid (a minimal OB 3.0 credential, no proof)',
      expected: invalid(fails('signature', NO_PROOF), { version: '3.0' }, OB3_SCHEMA),
    },
  ],
};
