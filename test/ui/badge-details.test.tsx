// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BadgeDetails } from '../../ui/badge-details.tsx';
import { detailsWords, type DetailsMessages } from '../../ui/details-words.ts';
import fr from '../../ui/i18n/details.fr.json';

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

function report(overrides: Partial<Report> = {}): Report {
  return {
    status: 'verified',
    summary: "The issuer's site (issuer.example) holds this badge.",
    version: '2.0',
    form: 'hosted',
    recipientMatch: 'not-checked',
    checks: [
      { id: 'hosted', status: 'pass', message: "The issuer's site (issuer.example) holds this badge.", authenticates: true },
      { id: 'recipient', status: 'skip', message: 'No identity was given to compare with the recipient.' },
    ],
    documents: {},
    fetches: [{ url: 'https://issuer.example/a/1', source: 'network', status: 200, outcome: 'ok' }],
    checkedAt: '2025-01-01T00:00:00Z',
    badge: {
      name: `Robotics ${HOSTILE}`,
      description: HOSTILE,
      image: 'javascript:alert(1)',
      criteria: { url: 'javascript:alert(2)', narrative: `Build it. ${HOSTILE} [x](javascript:alert(3))` },
      issuer: { name: HOSTILE, url: 'javascript:alert(4)' },
      recipient: { type: 'email', identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942', hashed: true, salt: 'deadsea' },
      issuedOn: '2024-05-01T12:00:00Z',
      evidence: [{ id: 'data:text/html,<script>alert(5)</script>', name: HOSTILE }],
      alignments: [{ targetName: HOSTILE, targetUrl: 'vbscript:msgbox(1)' }],
      tags: [HOSTILE],
      endorsements: [],
    },
    ...overrides,
  };
}

function mount(r: Report, words?: Parameters<typeof BadgeDetails>[0]['words']): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<BadgeDetails report={r} trustedViewUrl="chrome-extension://abc/popup.html" {...(words ? { words } : {})} />, root);
  return root;
}

describe('BadgeDetails', () => {
  it('renders badge fields that hold HTML, scripts and javascript: URLs as inert text', () => {
    const root = mount(report());
    expect(root.querySelector('script, img[onerror]')).toBeNull();
    expect([...root.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src'))).toEqual(['chrome-extension://abc/popup.html']);
    expect(root.textContent).toContain('Robotics <img src=x onerror="window.pwned=1">');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('states the status in words, lists every check and every host contacted', () => {
    const root = mount(report({ status: 'revoked', summary: 'The issuer has revoked this badge.' }));
    expect(root.querySelector('.bl-status')?.textContent).toContain('Revoked');
    expect([...root.querySelectorAll('.bl-check')].map((li) => li.textContent)).toEqual([
      "✓Issuer's copy: Passed. The issuer's site (issuer.example) holds this badge.",
      '–Recipient: Not checked. No identity was given to compare with the recipient.',
    ]);
    expect(root.textContent).toContain('Sites contacted');
    expect(root.textContent).toContain('issuer.example');
  });

  it('checks an email against the hashed recipient locally', async () => {
    const root = mount(report());
    const input = root.querySelector('input')!;
    const answer = () => root.querySelector('.bl-recipient-answer')!.textContent;
    input.value = 'nobody@example.org';
    input.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(answer()).toBe('Yes: this badge was issued to that identity.');
    input.value = 'someone@example.org';
    input.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(answer()).toBe('No: this badge was not issued to that identity.');
  });

  it("speaks the words it is given, and marks the verifier's English sentences as English", () => {
    const root = mount(report({ status: 'revoked' }), detailsWords('fr', fr as DetailsMessages, (iso) => `le ${iso.slice(0, 10)}`));
    expect(root.querySelector('.bl-status')?.textContent).toContain('Révoqué');
    expect([...root.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['Critères', 'Preuves', 'Compétences et référentiels', 'Ce qui a été vérifié', 'Sites contactés']);
    expect([...root.querySelectorAll('.bl-facts dt')].map((d) => d.textContent)).toEqual(['Émetteur', 'Délivré à', 'Délivré le', 'Format']);
    expect(root.querySelector('.bl-facts dd:nth-of-type(3)')?.textContent).toBe('le 2024-05-01');
    expect(root.querySelector('.bl-check-name')?.textContent).toBe("Copie de l'émetteur: Réussi.");
    expect(root.querySelector('.bl-summary')?.getAttribute('lang')).toBe('en');
    expect([...root.querySelectorAll('.bl-check-message')].map((m) => m.getAttribute('lang'))).toEqual(['en', 'en']);
    // In English, nothing needs marking.
    expect(mount(report()).querySelector('[lang]')).toBeNull();
  });

  it('every details language file has exactly the English keys', () => {
    const dir = resolve('ui/i18n');
    const keys = (file: string): string[] => Object.keys(JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as object).sort();
    const files = readdirSync(dir).filter((f) => /^details\.\w+\.json$/.test(f));
    expect(files).toContain('details.fr.json');
    for (const file of files) expect(keys(file), file).toEqual(keys('details.en.json'));
  });
});
