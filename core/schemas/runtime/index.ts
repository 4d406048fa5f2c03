/**
 * What compiled schema validators import at run time, in place of the CommonJS helpers Ajv's generated code
 * would `require`: ES modules with no dependency, so the same code runs in a service worker, a page and Node.
 */
export { deepEqual } from './deep-equal.ts';
export { formats } from './formats.ts';
export { ucs2length } from './ucs2length.ts';
