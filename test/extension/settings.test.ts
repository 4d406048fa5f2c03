import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadIdentities, loadSettings, parseIdentities, parseSettings, scanModeFor, withSiteMode } from '../../extension/lib/settings.ts';

describe('settings', () => {
  it('default to scanning every page, with no exceptions', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ scanning: 'automatic', sites: {} });
  });

  it('keep what is valid and drop the rest', () => {
    expect(parseSettings({ scanning: 'on-click', sites: { 'a.example': 'automatic', 'b.example': 'sometimes', 'c.example': 'on-click' } })).toEqual({
      scanning: 'on-click',
      sites: { 'a.example': 'automatic', 'c.example': 'on-click' },
    });
    expect(parseSettings({ scanning: 'never', sites: 'all' })).toEqual(DEFAULT_SETTINGS);
  });

  it('a site exception wins over the default, by host name in any case', () => {
    const settings = withSiteMode({ scanning: 'on-click', sites: {} }, 'Earner.Example', 'automatic');
    expect(settings.sites).toEqual({ 'earner.example': 'automatic' });
    expect(scanModeFor(settings, 'earner.example')).toBe('automatic');
    expect(scanModeFor(settings, 'other.example')).toBe('on-click');
    expect(withSiteMode(settings, 'earner.example', undefined).sites).toEqual({});
  });

  it('identities are trimmed, unique and few', () => {
    expect(parseIdentities([' me@example.org ', 'me@example.org', '', 7, 'https://me.example/'])).toEqual(['me@example.org', 'https://me.example/']);
    expect(parseIdentities('me@example.org')).toEqual([]);
    expect(parseIdentities(Array.from({ length: 80 }, (_, i) => `${i}@example.org`))).toHaveLength(50);
  });

  it('load from the storage area given', async () => {
    const area = { get: async () => ({ settings: { scanning: 'on-click', sites: {} }, identities: ['me@example.org'] }), set: async () => undefined };
    expect(await loadSettings(area)).toEqual({ scanning: 'on-click', sites: {} });
    expect(await loadIdentities(area)).toEqual(['me@example.org']);
  });
});
