// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../core/index.ts';
import type { TabRecord } from '../../../extension/lib/background/tab-records.ts';
import type { OutgoingMessage } from '../../../extension/lib/messages.ts';
import { App } from '../../../extension/lib/popup/App.tsx';
import type { PopupWorld } from '../../../extension/lib/popup/popup-world.ts';
import { pastedInput, readInputFile } from '../../../extension/lib/popup/read-input.ts';
import { summaryOf } from '../../../extension/lib/popup/TabBadges.tsx';

const HOSTILE = '<script>window.pwned=1</script>';

function report(name: string, status: Report['status'] = 'verified'): Report {
  return {
    status,
    summary: 'Checked.',
    version: '3.0',
    form: 'data-integrity',
    recipientMatch: 'not-checked',
    checks: [],
    documents: {},
    fetches: [],
    checkedAt: '2025-01-01T00:00:00Z',
    badge: { name, issuer: { name: 'Example College' }, recipient: { hashed: false }, evidence: [], alignments: [], tags: [], endorsements: [] },
  };
}

const RECORD: TabRecord = {
  url: 'https://earner.example/profile',
  page: 1,
  scanning: true,
  candidates: 40,
  pending: 0,
  badges: [
    { key: 'https://cdn.example/a.png', order: 0, state: { status: 'verified', name: 'Teamwork', issuer: 'Example College' }, source: { kind: 'image', url: 'https://cdn.example/a.png' }, report: report('Teamwork') },
    { key: 'https://cdn.example/b.png', order: 1, state: { status: 'revoked', name: `Hacking ${HOSTILE}` }, source: { kind: 'image', url: 'https://cdn.example/b.png' }, report: report(`Hacking ${HOSTILE}`, 'revoked') },
  ],
};

interface Fake {
  readonly world: PopupWorld;
  readonly sent: OutgoingMessage[];
  readonly scanned: number[];
  readonly stored: Record<string, unknown>;
}

function fake(record: TabRecord | undefined = RECORD, stored: Record<string, unknown> = {}): Fake {
  const sent: OutgoingMessage[] = [];
  const scanned: number[] = [];
  const world: PopupWorld = {
    tabId: Promise.resolve(5),
    readTab: async () => record,
    watchTab: () => () => undefined,
    async send(message) {
      sent.push(message);
      if (message.type === 'get-report') return { report: report('Teamwork (rechecked)', 'expired') };
      if (message.type === 'verify-input') return { report: report('Dropped') };
      return undefined;
    },
    scanTab: async (tab) => void scanned.push(tab),
    local: { get: async (key) => (typeof key === 'string' ? { [key]: stored[key] } : stored), set: async (items) => void Object.assign(stored, items) },
  };
  return { world, sent, scanned, stored };
}

let container: HTMLElement;
const settle = async (): Promise<void> => {
  await act(async () => {
    await new Promise((done) => setTimeout(done, 10));
  });
};

async function mount(world: PopupWorld, query = ''): Promise<void> {
  await act(() => render(<App world={world} params={new URLSearchParams(query)} />, container));
  await settle();
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
});

afterEach(() => render(null, container));

describe('the popup', () => {
  it('lists the tab’s badges with their status in words, names shown as text', async () => {
    await mount(fake().world);
    expect(container.querySelector('[data-testid=scan-summary]')!.textContent).toBe('2 badges on this page.');
    const rows = [...container.querySelectorAll('.badge-toggle')].map((b) => b.textContent);
    expect(rows).toEqual(['✓ VerifiedTeamworkExample College', `✗ RevokedHacking ${HOSTILE}`]);
    expect(container.querySelector('script')).toBeNull();
  });

  it('opens a badge to its stored report, then checks its status again', async () => {
    const { world, sent } = fake();
    await mount(world);
    const toggle = container.querySelector<HTMLButtonElement>('.badge-toggle')!;
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await settle();
    expect(sent).toEqual([{ type: 'get-report', key: 'https://cdn.example/a.png', refresh: true, tabId: 5 }]);
    expect(container.querySelector('.tab-badge-report')!.textContent).toContain('Teamwork (rechecked)');
    expect(container.querySelector('.tab-badge-report')!.textContent).toContain('Expired');
  });

  it('opens the badge named in the address (the trusted view of one badge)', async () => {
    await mount(fake().world, 'tab=5&badge=https%3A%2F%2Fcdn.example%2Fb.png');
    const toggles = [...container.querySelectorAll('.badge-toggle')];
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).toEqual(['false', 'true']);
  });

  it('on a site scanned on click only, opening Badge Lens is the click', async () => {
    const { world, scanned } = fake({ ...RECORD, scanning: false, badges: [] });
    await mount(world);
    expect(scanned).toEqual([5]);
    expect(container.querySelector('[data-testid=scan-summary]')!.textContent).toBe('On this site, Badge Lens looks for badges only when you ask.');
  });

  it('verifies a pasted JWS and shows its details', async () => {
    const { world, sent } = fake();
    await mount(world);
    const textarea = container.querySelector<HTMLTextAreaElement>('.paste-form textarea')!;
    textarea.value = ' eyJhbGciOiJFZERTQSJ9.e30.c2ln ';
    await act(() => void container.querySelector<HTMLFormElement>('.paste-form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await settle();
    expect(sent).toEqual([{ type: 'verify-input', input: { kind: 'text', text: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } }]);
    expect(container.querySelector('.check-badge')!.textContent).toContain('Dropped');
  });

  it('verifies a dropped file', async () => {
    const { world, sent } = fake();
    await mount(world);
    const zone = container.querySelector('.drop-zone')!;
    const file = new File(['{"type":"Assertion"}'], 'badge.json', { type: 'application/json' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], getData: () => '' } });
    await act(() => void zone.dispatchEvent(drop));
    await settle();
    expect(drop.defaultPrevented).toBe(true);
    expect(sent).toEqual([{ type: 'verify-input', input: { kind: 'text', text: '{"type":"Assertion"}' } }]);
  });

  it('verifies the image the context menu named, for the page it was on', async () => {
    const { world, sent } = fake();
    await mount(world, 'verify=https%3A%2F%2Fcdn.example%2Fx.png&page=http%3A%2F%2Flocalhost%2F');
    expect(sent).toEqual([{ type: 'verify-input', input: { kind: 'url', url: 'https://cdn.example/x.png' }, pageUrl: 'http://localhost/' }]);
    expect(container.querySelector('h2')!.textContent).toBe('Image checked');
  });

  it('saves the scanning setting, a site exception and the user’s identities in local storage', async () => {
    const { world, stored } = fake(RECORD, { identities: ['old@example.org'] });
    await mount(world);
    await act(() => container.querySelector<HTMLInputElement>('input[value=on-click]')!.click());
    await settle();
    expect(stored.settings).toEqual({ scanning: 'on-click', sites: {} });
    const select = container.querySelector<HTMLSelectElement>('.site-choice select')!;
    expect(container.querySelector('.site-choice label')!.textContent).toBe('On earner.example:');
    select.value = 'automatic';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(stored.settings).toEqual({ scanning: 'on-click', sites: { 'earner.example': 'automatic' } });

    const field = container.querySelector<HTMLInputElement>('.identity-form input')!;
    field.value = 'me@example.org';
    await act(() => void container.querySelector<HTMLFormElement>('.identity-form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await settle();
    expect(stored.identities).toEqual(['old@example.org', 'me@example.org']);
    await act(() => container.querySelector<HTMLButtonElement>('button[aria-label="Remove old@example.org"]')!.click());
    await settle();
    expect(stored.identities).toEqual(['me@example.org']);
  });
});

describe('what the popup says about a page', () => {
  it.each([
    ['loading', 'Looking at this page…'],
    [undefined, 'Badge Lens has not looked at this page. It reads web pages (http and https) only.'],
    [{ ...RECORD, badges: [], pending: 3 }, 'Looking for badges: 3 items left to check…'],
    [{ ...RECORD, badges: [] }, 'No badges found on this page.'],
    [{ ...RECORD, pending: 1 }, '2 badges on this page, still checking 1 more.'],
  ] as const)('%j', (record, text) => {
    expect(summaryOf(record)).toBe(text);
  });
});

describe('reading what the user brings', () => {
  it('images as bytes, everything else as text', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])]);
    expect(await readInputFile(png)).toEqual({ kind: 'bytes', base64: 'iVBORw0KGgoBAg==' });
    expect(await readInputFile(new Blob(['\n <svg xmlns="http://www.w3.org/2000/svg"/>']))).toMatchObject({ kind: 'bytes' });
    expect(await readInputFile(new Blob([' {"type":"Assertion"} ']))).toEqual({ kind: 'text', text: '{"type":"Assertion"}' });
    expect(await readInputFile(new Blob([]))).toEqual({ error: 'This file is empty.' });
    expect(pastedInput(' https://issuer.example/assertions/1 ')).toEqual({ kind: 'url', url: 'https://issuer.example/assertions/1' });
    expect(pastedInput('eyJ.e30.x')).toEqual({ kind: 'text', text: 'eyJ.e30.x' });
    expect(pastedInput('  ')).toBeUndefined();
  });
});
