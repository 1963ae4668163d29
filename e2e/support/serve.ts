/**
 * Serves e2e/fixtures over http on localhost for the e2e tests and the demo.
 * Plain node:http, no dependencies. `tsx e2e/support/serve.ts [port]`.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_PORT = Number(process.env.FIXTURES_PORT ?? 4580);
const root = resolve(fileURLToPath(new URL('../fixtures/', import.meta.url)));
/** Libraries that load their own files at run time (TinyMCE's skins and models) are served as installed. */
const VENDOR: Record<string, string> = {
  tinymce: resolve(fileURLToPath(new URL('../../node_modules/tinymce/', import.meta.url))),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function serveFixtures(port = FIXTURES_PORT): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const vendor = /^\/vendor\/([^/]+)\/(.*)$/.exec(path);
    const base = vendor === null ? root : VENDOR[vendor[1] as string];
    const relative = vendor === null ? path : `/${vendor[2]}`;
    const file = base === undefined ? '' : normalize(join(base, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (base === undefined || !file.startsWith(base)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? FIXTURES_PORT);
  await serveFixtures(port);
  console.log(`fixtures on http://localhost:${port}/`);
}
