import type { VerifySource } from './case.ts';
import { onedtechDcPublicValidator } from './1edtech-dc-public-validator.ts';
import { onedtechOpenbadgesSamples } from './1edtech-openbadges-samples.ts';
import { badgecheck } from './badgecheck.ts';
import { mozillaOpenbadgesBakery } from './mozilla-openbadges-bakery.ts';
import { mozillaOpenbadgesValidator } from './mozilla-openbadges-validator.ts';
import { openbadgesVerifierChrome } from './openbadges-verifier-chrome.ts';
import { realWorldBakedCredly, realWorldBakedMisc } from './real-world-baked.ts';

/** Every peer source with OB 0.5–2.0 verification cases, with the outcome each peer expects. */
export const VERIFY_SOURCES: readonly VerifySource[] = [
  badgecheck,
  onedtechDcPublicValidator,
  mozillaOpenbadgesValidator,
  openbadgesVerifierChrome,
  onedtechOpenbadgesSamples,
  realWorldBakedCredly,
  realWorldBakedMisc,
  mozillaOpenbadgesBakery,
];
