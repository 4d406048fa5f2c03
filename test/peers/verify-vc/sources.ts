import type { VcSource } from './case.ts';
import { onedtechDcPublicValidatorVc } from './1edtech-dc-public-validator.ts';
import { onedtechOpenbadgesSpecificationVc } from './1edtech-openbadges-specification.ts';
import { dccVcTestFixtures } from './dcc-vc-test-fixtures.ts';
import { dccVerifierCore } from './dcc-verifier-core.ts';
import { digitalbazaarObv3TestSuite } from './digitalbazaar-obv3-test-suite.ts';
import { educredentialsObv3Examples } from './educredentials-obv3-examples.ts';
import { realWorldBakedCredlyVc } from './real-world-baked-credly.ts';

/** Every peer source with OB 3.0 / CLR 2.0 verification cases, with the outcome each peer expects. */
export const VC_SOURCES: readonly VcSource[] = [
  onedtechDcPublicValidatorVc,
  onedtechOpenbadgesSpecificationVc,
  dccVcTestFixtures,
  dccVerifierCore,
  digitalbazaarObv3TestSuite,
  educredentialsObv3Examples,
  realWorldBakedCredlyVc,
];
