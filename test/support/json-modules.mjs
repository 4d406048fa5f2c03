// Node loader hook: lets Node import `.json` modules written without `with { type: 'json' }`, as the core
// writes them (Vite bundles them). Playwright runs its tests in plain Node, and the end-to-end tests build
// their badges with the core's own helpers (core/bake, the bundled JSON-LD contexts). Registered by
// playwright.config.ts; vitest and the builds do not need it.
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && context.importAttributes?.type !== 'json') {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}
