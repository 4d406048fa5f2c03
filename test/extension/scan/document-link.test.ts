import { describe, expect, it } from 'vitest';
import { badgeDocumentUrl } from '../../../extension/lib/scan/document-link.ts';

describe('which links point at an assertion or credential document', () => {
  it.each([
    // The link says what it points at.
    ['https://issuer.example/things/42', 'application/ld+json', 'https://issuer.example/things/42'],
    ['https://issuer.example/things/42', 'application/vc+jwt', 'https://issuer.example/things/42'],
    ['https://issuer.example/things/42', 'application/json; charset=utf-8', 'https://issuer.example/things/42'],
    // Where issuers publish assertions.
    ['https://api.badgr.io/public/assertions/Ab3dEf', null, 'https://api.badgr.io/public/assertions/Ab3dEf'],
    ['https://api.credly.com/v1/obi/v2/badge_assertions/1c2d', null, 'https://api.credly.com/v1/obi/v2/badge_assertions/1c2d'],
    ['https://issuer.example/assertions/1001.json#top', null, 'https://issuer.example/assertions/1001.json'],
    // Files that say they are signed badges or badge JSON.
    ['https://earner.example/files/my.jws', null, 'https://earner.example/files/my.jws'],
    ['https://earner.example/files/credential.jwt', null, 'https://earner.example/files/credential.jwt'],
    ['https://earner.example/files/open-badge-robotics.json', null, 'https://earner.example/files/open-badge-robotics.json'],
  ])('%s (type %s) is followed', (href, type, expected) => {
    expect(badgeDocumentUrl(href, type)).toBe(expected);
  });

  it.each([
    ['https://issuer.example/assertions/', null],
    ['https://issuer.example/assertions/1001.html', null],
    ['https://docs.example/guide/assertions', null],
    ['https://example.org/package.json', null],
    ['https://example.org/about', null],
    ['https://example.org/about', 'text/html'],
    ['mailto:someone@example.org', null],
    ['javascript:alert(1)', null],
    ['ftp://issuer.example/assertions/1', null],
  ])('%s (type %s) is not', (href, type) => {
    expect(badgeDocumentUrl(href, type)).toBeUndefined();
  });
});
