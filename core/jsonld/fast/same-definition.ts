/**
 * Whether two term definitions are the same, as jsonld 9 decides when a protected term is defined again
 * (JSON-LD 1.1 API §4.2 step 29.1: allowed only if the definitions are the same): entry by entry, deeply,
 * with `@container` arrays compared as sets, and a scoped context compared as the JSON it is.
 */
export function sameDefinition(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as readonly unknown[];
    return a.length === other.length && a.every((item, i) => sameDefinition(item, other[i]));
  }
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => {
    const [x, y] = [left[key], right[key]];
    if (key === '@container' && Array.isArray(x) && Array.isArray(y)) {
      return sameDefinition([...(x as string[])].sort(), [...(y as string[])].sort());
    }
    return sameDefinition(x, y);
  });
}
