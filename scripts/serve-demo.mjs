#!/usr/bin/env node
// `npm start`'s last step: serves the demo site on 127.0.0.1 — public/ at /, the built widget at /widget/ —
// and says where everything is. Run `npm run build` first (npm start does).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MOUNTS = [
  { prefix: '/widget/', dir: join(root, 'dist/widget') },
  { prefix: '/', dir: join(root, 'public') },
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.md': 'text/plain; charset=utf-8' };

for (const needed of ['dist/widget/open-badges.js', 'dist/cli/main.mjs']) {
  if (!existsSync(join(root, needed))) {
    console.error(`${needed} is missing: run \`npm run build\` first (\`npm start\` does).`);
    process.exit(2);
  }
}

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/') return void response.writeHead(302, { location: '/demo/' }).end();
  for (const { prefix, dir } of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    let file = resolve(dir, `.${sep}${path.slice(prefix.length)}`);
    if (!file.startsWith(dir + sep) && file !== dir) break; // never outside the folder
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
      return;
    } catch {
      // Not in this folder: try the next mount.
    }
  }
  response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}\n`);
});

/** The port asked for ($PORT, else 8080), or any free one when it is taken. */
function listen(port) {
  return new Promise((done, fail) => {
    server.once('error', (error) => (error.code === 'EADDRINUSE' && port !== 0 ? listen(0).then(done, fail) : fail(error)));
    server.listen(port, '127.0.0.1', () => done(server.address().port));
  });
}

const port = await listen(Number(process.env.PORT ?? 8080));
const base = `http://127.0.0.1:${port}`;
const where = (path) => relative(process.cwd(), join(root, path)) || '.';
console.log(`
Badge Lens demo, served on ${base} (Ctrl-C stops it)

  CV page with the widget          ${base}/demo/
  Baked badges for the extension   ${base}/demo/badges.html
  The sample collection file       ${base}/samples/collection.json

  Browser extension, built:
    Chrome/Edge   ${where('.output/chrome-mv3')}    chrome://extensions → Developer mode → Load unpacked
    Firefox       ${where('.output/firefox-mv2')}   about:debugging → This Firefox → Load Temporary Add-on → manifest.json

  Command line:   npx badge-lens verify public/samples/ob3-data-literacy.png
                  npx badge-lens collect public/samples/*.png -o my-badges.json
`);
