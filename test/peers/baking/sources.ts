import type { PeerSource } from './case.ts';
import { onedtechDcPublicValidator } from './1edtech-dc-public-validator.ts';
import { mozillaOpenbadgesBakery } from './mozilla-openbadges-bakery.ts';
import { openbadgesVerifierChrome } from './openbadges-verifier-chrome.ts';
import { realWorldBakedCredly } from './real-world-baked-credly.ts';
import { realWorldBakedMisc } from './real-world-baked-misc.ts';
import { syntheticEdgeCases } from './synthetic-edge-cases.ts';
import { badgecheck, dccVcTestFixtures, educredentialsObv3Examples, mozillaOpenbadgesValidator } from './unbaked-images-elsewhere.ts';

/** Every peer source that holds images, with the outcome each peer expects for each image. */
export const BAKING_SOURCES: readonly PeerSource[] = [
  syntheticEdgeCases,
  mozillaOpenbadgesBakery,
  openbadgesVerifierChrome,
  onedtechDcPublicValidator,
  realWorldBakedCredly,
  realWorldBakedMisc,
  badgecheck,
  dccVcTestFixtures,
  mozillaOpenbadgesValidator,
  educredentialsObv3Examples,
];
