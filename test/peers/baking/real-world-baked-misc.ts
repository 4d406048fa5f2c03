import { badge, found, json, notFound, url, type PeerSource } from './case.ts';

export const realWorldBakedMisc: PeerSource = {
  folder: 'real-world-baked-misc',
  cases: [
    {
      state: 'ob2-hosted-utf8-before-idat',
      file: 'netlearning/takesection__netlearning-ttt.png',
      peer: 'real-world: iTXt openbadges before IDAT, OB 2.0 HostedBadge JSON with Japanese evidence text (UTF-8)',
      expected: found([
        badge(
          'assertion',
          'iTXt',
          json(
            { id: 'https://nlp.netlearning.co.jp/api/v1.0/openbadge/v2/Assertion/Tml2NHpTRGlRWkNlS0FzV1A0aWUvQT09', type: 'Assertion', verification: { type: 'HostedBadge' } },
            'real-world-baked-misc/netlearning/takesection__netlearning-ttt.hosted-assertion.json',
          ),
        ),
      ]),
    },
    {
      state: 'published-image-unbaked',
      file: 'not-baked/takesection__scrumalliance-csm-plain.png',
      peer: 'real-world: no text chunk → no Open Badges data',
      expected: notFound('no-badge'),
    },
    {
      state: 'legacy-text-url',
      file: 'obf-salava/invalid-metadata.png',
      peer: 'parse_test.clj: unbake and fetch succeed (then "badge/Userdoesnotownthisbadge")',
      expected: found([badge('assertion', 'tEXt', url('https://openbadgefactory.com/v1/assertion/f7f5bc76de4cc1e96eeed3f367ac1f49f943631e.json'))], ['legacy-chunk']),
    },
    {
      state: 'other-text-keywords-only',
      file: 'obf-salava/no-metadata.png',
      peer: 'parse_test.clj: IllegalArgumentException (no badge data among ImageMagick tEXt chunks)',
      expected: notFound('no-badge'),
    },
    {
      state: 'ob1-backpack-normalised-json',
      file: 'ob1-displayer-demo/demobadge.png',
      peer: 'the displayer demo shows it: iTXt openbadges, OB 1.0 JSON as the Mozilla Backpack normalised it',
      expected: found([
        badge(
          'assertion',
          'iTXt',
          json({
            uid: '459248023d916dd4a84c420cf8ad3f978648bb19',
            verify: { type: 'hosted', url: 'http://young-basin-5816.herokuapp.com/public/assertions/459248023d916dd4a84c420cf8ad3f978648bb19' },
          }),
        ),
      ]),
    },
    {
      state: 'ob1-hosted-json',
      file: 'badgr-server/baked_image.png',
      peer: 'test_assertions.py: Badgr imports it (iTXt openbadges, OB 1.0 JSON without @context)',
      expected: found([badge('assertion', 'iTXt', json({ uid: '123abc', verify: { type: 'hosted', url: 'http://a.com/instance' } }))]),
    },
    {
      state: 'badge-class-image-unbaked',
      file: 'badgr-server/unbaked_image.png',
      peer: 'used as a BadgeClass image: no openbadges chunk',
      expected: notFound('no-badge'),
    },
    {
      state: 'legacy-text-url-valid',
      file: 'mozilla-backpack/valid-baked.png',
      peer: 'backpack-controller.test.js VALID_BAKED_IMAGE: tEXt openbadges = https://example.org/assertion',
      expected: found([badge('assertion', 'tEXt', url('https://example.org/assertion'))], ['legacy-chunk']),
    },
    {
      state: 'legacy-text-url-not-found',
      file: 'mozilla-backpack/404.png',
      peer: 'backpack-controller.test.js ASSERTION_NOT_FOUND: unbakes to https://example.org/404, which then 404s',
      expected: found([badge('assertion', 'tEXt', url('https://example.org/404'))], ['legacy-chunk']),
    },
  ],
};
