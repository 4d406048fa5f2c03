/** Helpers for reading untrusted JSON without trusting its shape. */

export type JsonRecord = { readonly [key: string]: unknown };

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** One value or a list of them, as a list. */
export function list(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The strings in a value that may be a string or a list of strings. */
export function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

/** A node's `type` (or `@type`) values. */
export function typesOf(node: unknown): string[] {
  return isRecord(node) ? strings(node.type ?? node['@type']) : [];
}

export function hasType(node: unknown, ...wanted: readonly string[]): boolean {
  const types = typesOf(node);
  return wanted.some((t) => types.includes(t));
}

/** The id of a node given by reference (a string) or embedded (an object with `id`). */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  return isRecord(value) ? str(value.id ?? value['@id']) : undefined;
}

/** Whether a value is an http(s) URL; narrows unknown values to string. */
export function isHttpUrl(value: unknown): value is string {
  return httpUrl(value) !== undefined;
}

/** The value when it is an http(s) URL (for values already typed as strings, where a guard narrows badly). */
export function httpUrl(value: unknown): string | undefined {
  // The URL parser is slow on text that is not a URL (it throws), and badges hand it JWSs and data: URIs.
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/** `{ key: value }` when the value is there, `{}` otherwise: keeps absent fields out of reports. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
