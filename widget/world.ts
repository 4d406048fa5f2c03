import type { Verifier } from './verify/outcome.ts';
import { mayReachPrivateNetwork } from '../core/index.ts';

/** The details shown in the dialog: loaded on first open, with the shared BadgeDetails view. */
export type DetailsModule = typeof import('./view/details-content.tsx');

/**
 * What the elements take from the page, in one place, so a test can hand them its own: how to read
 * sources, where the page lives, and the lazily loaded verifier and details.
 */
export interface WidgetWorld {
  readonly fetch: typeof fetch;
  /** The page's address: a page on a loopback or private address may verify against such addresses. */
  readonly pageUrl: string;
  /** The page's one verifier: one key cache and one concurrency limit for every element on the page. */
  verifier(): Promise<Verifier>;
  details(): Promise<DetailsModule>;
}

const worlds = new WeakMap<Document, WidgetWorld>();

/** The world of a page, made once per document. */
export function pageWorld(document: Document): WidgetWorld {
  let world = worlds.get(document);
  if (world === undefined) {
    const window = document.defaultView ?? globalThis;
    let verifier: Promise<Verifier> | undefined;
    const made: WidgetWorld = {
      fetch: window.fetch.bind(window),
      pageUrl: document.URL,
      verifier: () =>
        (verifier ??= import('./verify/verifier.ts').then((m) => m.createVerifier({ allowPrivateNetwork: mayReachPrivateNetwork(made.pageUrl) }))),
      details: () => import('./view/details-content.tsx'),
    };
    world = made;
    worlds.set(document, world);
  }
  return world;
}
