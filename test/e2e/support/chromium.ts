/**
 * Where the system Chromium lives and the flags it needs here. Playwright's own browser download is not
 * available on these machines, so every launch goes through Debian's `chromium`.
 */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a root, sandbox-less, offline CI box; background traffic would only add noise and delay. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `--host-resolver-rules` sending each host to the given `host:port`, so pages can use real-looking
 * origins (issuer.example) while every byte still comes from the local test server.
 */
export function hostResolverRules(map: Readonly<Record<string, string>>): string[] {
  const rules = Object.entries(map).map(([host, target]) => `MAP ${host} ${target}`);
  return rules.length === 0 ? [] : [`--host-resolver-rules=${rules.join(',')}`];
}
