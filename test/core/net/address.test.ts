import { describe, expect, it } from 'vitest';
import { isPrivateHost } from '../../../core/net/address.ts';

describe('isPrivateHost', () => {
  it.each([
    'localhost', 'api.localhost', 'LOCALHOST.', '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255',
    '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1',
    '[::1]', '::', '[fe80::1]', 'fd00::abcd', 'fc12:3456::1', '::ffff:127.0.0.1', '[::ffff:7f00:1]', '::ffff:192.168.0.1',
    '64:ff9b::a9fe:a9fe', 'ff02::1', 'fe80::1%eth0', '1::2::3',
  ])('refuses %s', (host) => {
    expect(isPrivateHost(host)).toBe(true);
  });

  it.each(['issuer.example', 'badges.credly.com', '8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '[2a00:1450:4001:80b::200e]', '::ffff:8.8.8.8'])(
    'allows %s',
    (host) => {
      expect(isPrivateHost(host)).toBe(false);
    },
  );

  it('sees through the forms the URL parser normalises', () => {
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://017700000001/', 'http://[0:0:0:0:0:ffff:127.0.0.1]/']) {
      expect(isPrivateHost(new URL(url).hostname)).toBe(true);
    }
  });
});
