/**
 * What the fast path throws at the first thing it does not cover: a construct the bundled contexts do
 * not use, a term no context defines, anything jsonld would refuse or silently drop. `canonicalise` then
 * hands the whole document to jsonld, which canonicalises it or says what is wrong with it, so the fast
 * path never has to reproduce jsonld's errors, only to recognise where they could arise.
 */
export class Uncovered extends Error {
  override readonly name = 'Uncovered';

  /** A few words for tests and for whoever wonders why a document took the slow path. */
  readonly reason: string;

  constructor(reason: string) {
    super(`not covered by the JSON-LD fast path: ${reason}`);
    this.reason = reason;
  }
}

/** Throws Uncovered; for expressions (`value ?? uncovered('…')`). */
export function uncovered(reason: string): never {
  throw new Uncovered(reason);
}
