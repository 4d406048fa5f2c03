import { describe, expect, it } from 'vitest';
import { candidatesMessage, parseBackgroundMessage, parseContentMessage } from '../../extension/lib/messages.ts';

describe('messages are parsed on arrival, and anything malformed is dropped', () => {
  it('candidates travel as JSON text and come back as typed candidates', () => {
    const candidates = [
      { key: 'https://cdn.example/a.png', source: { kind: 'image', url: 'https://cdn.example/a.png' }, likely: true },
      { key: 'https://issuer.example/assertions/1', source: { kind: 'document', url: 'https://issuer.example/assertions/1' } },
      { key: 'data:abc.12', source: { kind: 'data', text: '{"a":1}' } },
      { key: 'data:image/png;base64,iVBO', source: { kind: 'image', url: 'data:image/png;base64,iVBO' } },
    ] as const;
    expect(parseBackgroundMessage(candidatesMessage(candidates))).toEqual({ type: 'candidates', candidates });
  });

  it.each([
    ['a javascript: URL', [{ key: 'k', source: { kind: 'image', url: 'javascript:alert(1)' } }]],
    ['a document at a data: URL', [{ key: 'k', source: { kind: 'document', url: 'data:text/html,x' } }]],
    ['an unknown kind', [{ key: 'k', source: { kind: 'file', url: 'https://a.example/' } }]],
    ['no key', [{ source: { kind: 'image', url: 'https://a.example/a.png' } }]],
    ['empty data', [{ key: 'k', source: { kind: 'data', text: '' } }]],
    ['too many', Array.from({ length: 501 }, (_, i) => ({ key: `${i}`, source: { kind: 'image', url: `https://a.example/${i}.png` } }))],
  ])('a batch with %s is dropped whole', (_what, list) => {
    expect(parseBackgroundMessage({ type: 'candidates', batch: JSON.stringify(list) })).toBeUndefined();
  });

  it('a batch that is not JSON, or not an array, is dropped', () => {
    expect(parseBackgroundMessage({ type: 'candidates', batch: '{' })).toBeUndefined();
    expect(parseBackgroundMessage({ type: 'candidates', batch: '{}' })).toBeUndefined();
    expect(parseBackgroundMessage({ type: 'candidates', candidates: [] })).toBeUndefined();
  });

  it.each([
    [{ type: 'page-started', url: 'https://earner.example/', scanning: true }, { type: 'page-started', url: 'https://earner.example/', scanning: true }],
    [{ type: 'load-popover', extra: 1 }, { type: 'load-popover' }],
    [{ type: 'get-report', key: 'k', refresh: true }, { type: 'get-report', key: 'k', refresh: true }],
    [{ type: 'get-report', key: 'k', refresh: false, tabId: 7 }, { type: 'get-report', key: 'k', refresh: false, tabId: 7 }],
    [{ type: 'open-details', key: 'k' }, { type: 'open-details', key: 'k' }],
    [{ type: 'verify-input', input: { kind: 'url', url: 'https://a.example/b.png' } }, { type: 'verify-input', input: { kind: 'url', url: 'https://a.example/b.png' } }],
    [{ type: 'verify-input', input: { kind: 'text', text: 'eyJ.e30.x' }, pageUrl: 'http://127.0.0.1/' }, { type: 'verify-input', input: { kind: 'text', text: 'eyJ.e30.x' }, pageUrl: 'http://127.0.0.1/' }],
    [{ type: 'verify-input', input: { kind: 'bytes', base64: 'iVBORw0KGgo=' } }, { type: 'verify-input', input: { kind: 'bytes', base64: 'iVBORw0KGgo=' } }],
  ])('keeps %j', (raw, parsed) => {
    expect(parseBackgroundMessage(raw)).toEqual(parsed);
  });

  it.each([
    null,
    'page-started',
    [],
    { type: 'page-started', url: 'https://a.example/' },
    { type: 'get-report', key: 'k' },
    { type: 'get-report', key: 'k', refresh: true, tabId: -1 },
    { type: 'verify-input', input: { kind: 'url', url: 'file:///etc/passwd' } },
    { type: 'verify-input', input: { kind: 'bytes', base64: 'not base64!' } },
    { type: 'unknown' },
  ])('drops %j', (raw) => {
    expect(parseBackgroundMessage(raw)).toBeUndefined();
  });

  it('the content script takes scan requests and badge states, and nothing else', () => {
    expect(parseContentMessage({ type: 'scan-now' })).toEqual({ type: 'scan-now' });
    expect(parseContentMessage({ type: 'badge-state', key: 'k', state: { status: 'verified', name: 'Robotics', issuer: 7 } })).toEqual({ type: 'badge-state', key: 'k', state: { status: 'verified', name: 'Robotics' } });
    expect(parseContentMessage({ type: 'badge-state', key: 'k', state: { status: 'hacked' } })).toBeUndefined();
    expect(parseContentMessage({ type: 'load-popover' })).toBeUndefined();
  });
});
