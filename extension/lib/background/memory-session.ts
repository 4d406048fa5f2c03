import type { SessionArea } from './tab-records.ts';

/** Session storage for browsers without `storage.session`: kept while the background lives. */
export function memorySession(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, v)),
    remove: async (key) => void items.delete(key),
  };
}
