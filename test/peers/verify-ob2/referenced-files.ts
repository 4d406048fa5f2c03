import type { Served, VerifySource } from './case.ts';

/** Every peer file a source's cases read: inputs, stand-ins, and files under a stand-in directory that a case's URL names. */
export function referencedFiles(s: VerifySource): Set<string> {
  const files = new Set<string>();
  const directories = Object.entries(s.web).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0].endsWith('/'));
  const served = (value: Served | string): void => {
    if (typeof value === 'string') files.add(value);
    else if ('file' in value) files.add(value.file);
    else if ('baked' in value) files.add(value.baked.image).add(value.baked.payload.file);
    else if ('signed' in value && 'file' in value.signed.payload) files.add(value.signed.payload.file);
  };
  for (const value of Object.values(s.web)) served(value);
  for (const c of s.cases) {
    for (const value of Object.values(c.serve ?? {})) served(value);
    if ('url' in c.input) {
      const url = c.input.url;
      for (const [prefix, dir] of directories) if (url.startsWith(prefix)) files.add(`${dir}/${url.slice(prefix.length)}`);
    } else if (!('text' in c.input)) served(c.input);
  }
  return files;
}
