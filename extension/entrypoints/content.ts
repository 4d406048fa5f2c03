import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findImageCandidates } from '../lib/find-candidates.ts';
import type { PageScanned } from '../lib/messages.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (ctx.isInvalid) return;
    const message: PageScanned = {
      type: 'page-scanned',
      url: location.href,
      candidates: findImageCandidates(document).length,
    };
    void browser.runtime.sendMessage(message);
  },
});
