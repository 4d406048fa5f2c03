import manifest from './contexts/manifest.json';

/**
 * The URLs (and aliases) of every context Badge Lens ships, from the manifest alone: asking whether a
 * credential's contexts are known must not load the contexts themselves or jsonld.
 */
export const KNOWN_CONTEXT_URLS: ReadonlySet<string> = new Set(
  [...manifest.packages, ...manifest.files].flatMap((entry) => [entry.url, ...entry.aliases]),
);
