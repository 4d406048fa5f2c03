// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../core/index.ts';
import { createPopover, POPOVER_TAG } from '../../../extension/lib/popover/create-popover.tsx';
import type { GetReport, OpenDetails } from '../../../extension/lib/messages.ts';
import { recordShadowRoots } from '../support/shadow-roots.ts';

const HOSTILE = '<img src=x onerror="window.pwned=1">';
const TRUSTED = 'chrome-extension://abc/popup.html?tab=1&badge=k';

function report(status: Report['status']): Report {
  return {
    status,
    summary: `Summary ${HOSTILE}`,
    version: '2.0',
    form: 'hosted',
    recipientMatch: 'not-checked',
    checks: [{ id: 'hosted', status: 'pass', message: 'The issuer’s site holds this badge.' }],
    documents: {},
    fetches: [{ url: 'https://issuer.example/a/1', source: 'network', status: 200, outcome: 'ok' }],
    checkedAt: '2025-01-01T00:00:00Z',
    badge: { name: `Robotics ${HOSTILE}`, issuer: { name: 'Guild' }, recipient: { hashed: false }, evidence: [], alignments: [], tags: [], endorsements: [] },
  };
}

let shadows: ReturnType<typeof recordShadowRoots>;
let sent: (GetReport | OpenDetails)[];
let closed: number;
let anchor: HTMLButtonElement;
const popovers: ReturnType<typeof createPopover>[] = [];

const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 10));

function open(): { root: ShadowRoot; popover: ReturnType<typeof createPopover> } {
  const popover = createPopover({
    window,
    document,
    async send(message) {
      sent.push(message);
      if (message.type !== 'get-report') return { ok: true };
      return { report: report(message.refresh ? 'revoked' : 'verified'), trustedViewUrl: TRUSTED };
    },
  });
  popovers.push(popover);
  popover.open({ key: 'k', state: { status: 'verified', name: 'Robotics' }, anchor, onClose: () => closed++ });
  return { root: shadows.rootOf(document.querySelector(POPOVER_TAG)!), popover };
}

beforeEach(() => {
  shadows = recordShadowRoots();
  document.body.innerHTML = '<button id="mark">mark</button><p id="elsewhere">elsewhere</p>';
  anchor = document.getElementById('mark') as HTMLButtonElement;
  sent = [];
  closed = 0;
});

afterEach(() => {
  shadows.restore();
  for (const popover of popovers.splice(0)) popover.close();
});

describe('the popover', () => {
  it('shows what the mark knew, then the stored report, then the rechecked one', async () => {
    const { root, popover } = open();
    expect(popover.openKey).toBe('k');
    const dialog = root.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Badge Lens: Robotics');
    expect(root.activeElement).toBe(dialog);
    await settle();
    expect(sent).toEqual([
      { type: 'get-report', key: 'k', refresh: false },
      { type: 'get-report', key: 'k', refresh: true },
    ]);
    expect(dialog.textContent).toContain('Revoked');
    expect(dialog.textContent).toContain('Status checked just now.');
    expect(dialog.textContent).toContain(`Robotics ${HOSTILE}`);
    expect(root.querySelector('img[onerror]')).toBeNull();
    expect(dialog.textContent).toContain('issuer.example');
  });

  it('Escape closes it and puts focus back on the mark', async () => {
    const { root, popover } = open();
    await settle();
    root.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    expect(popover.openKey).toBeUndefined();
    expect(document.activeElement).toBe(anchor);
    expect(closed).toBe(1);
  });

  it('the close button does the same', async () => {
    const { root } = open();
    await settle();
    (root.querySelector('.bl-popover-close') as HTMLButtonElement).click();
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    expect(document.activeElement).toBe(anchor);
  });

  it('a click elsewhere closes it and leaves focus alone', async () => {
    open();
    await settle();
    document.getElementById('elsewhere')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    expect(document.activeElement).not.toBe(anchor);
    expect(closed).toBe(1);
  });

  it('“Open in Badge Lens” asks the background to open the trusted view (a page may not open it)', async () => {
    const { root } = open();
    await settle();
    const link = [...root.querySelectorAll('a')].find((a) => a.getAttribute('href') === TRUSTED)!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'open-details', key: 'k' });
  });
});
