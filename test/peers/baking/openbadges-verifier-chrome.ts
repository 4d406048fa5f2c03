import { badge, found, notFound, url, type PeerSource } from './case.ts';

// The 2013 extension reads only tEXt 'openbadges' (pre-specification URL baking) and fetches the 0.5 assertion.
const WEBMAKER = 'https://badges.webmaker.org/badge/assertion/';

export const openbadgesVerifierChrome: PeerSource = {
  folder: 'openbadges-verifier-chrome',
  cases: [
    {
      state: 'webmaker-text-url',
      file: 'fixtures/img/emily-mozfestivator.png',
      peer: 'getAssertionUrl → the hosted URL; verify(emily@…) VALID against the local stand-in',
      expected: found([badge('assertion', 'tEXt', url(`${WEBMAKER}c5da4a92da939cc3342786a3164a8a50ee38c454ef44db35dc524da52226a01d`))], ['legacy-chunk']),
    },
    {
      state: 'webmaker-text-url-hashed-recipient',
      file: 'fixtures/img/sunny-mozfesticipant.png',
      peer: 'getAssertionUrl → the hosted URL; verify(sunny@…) VALID against the local stand-in',
      expected: found([badge('assertion', 'tEXt', url(`${WEBMAKER}227ab06150d6053d42eeaa37cc4e18b55431df122630cb8e72563de89c97d74e`))], ['legacy-chunk']),
    },
    {
      state: 'png-without-text-chunks',
      file: 'fixtures/img/no-text-chunk.png',
      peer: 'getAssertionUrl → error "Not a badge."',
      expected: notFound('no-badge'),
    },
  ],
};
