/**
 * Payloads that several peers bake, as the peers hold them outside any image. A case that names one of
 * these files proves the image holds exactly that document, not just something with the same id.
 */

/** 1EdTech validator: the eddsa-rdfc-2022 OB 3.0 credential its PNG/SVG fixtures and the synthetic cases carry. */
export const OB3_SIMPLE_JSON = '1edtech-dc-public-validator/fixtures/ob30/simple.json';

/** OB 3.0 specification, rendered example 2: a VC-JWT (RS256, jwk in the header). */
export const OB3_SAMPLE_VC_JWT = '1edtech-openbadges-specification/ob3-rendered-examples/02-sample-openbadgecredential.jwt';

/** 1EdTech validator: an OB 2.0 signed assertion (JWS) over the example.org graph. */
export const OB2_SIMPLE_JWS = '1edtech-dc-public-validator/fixtures/ob20/simple.jwt';

export const OB3_TYPE = ['VerifiableCredential', 'OpenBadgeCredential'];

/** The credential in simple.json: what every copy of it must still say. */
export const TEAMWORK_BADGE = { id: 'http://example.com/credentials/3527', type: OB3_TYPE, name: 'Teamwork Badge' };
