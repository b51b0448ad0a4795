// A small static file server on loopback, for `npm start` and for tests that open built pages in Chromium.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `folder` on `host:port` (port 0 picks a free one) with optional extra headers, such as a
 * Content Security Policy. `routes` answers other requests by method and path (`'POST /submit'`), for a page
 * whose form posts somewhere. Resolves to `{ url, close() }`.
 */
export async function serveFolder(folder, { port = 0, host = '127.0.0.1', headers = {}, routes = {} } = {}) {
  const base = normalize(folder.endsWith(sep) ? folder : folder + sep);
  const server = createServer((request, response) => {
    const route = routes[`${request.method} ${new URL(request.url ?? '/', 'http://localhost').pathname}`];
    if (route) {
      route(request, response);
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base) && file !== base.slice(0, -1)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
