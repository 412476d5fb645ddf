// The one static file server the Node-side browser tests and the benchmarks use, on 127.0.0.1.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` (and `mounts`, folders under a path prefix such as `{ '/copy/': distCdn }`). `headers` go on every
 * response (e.g. a Content-Security-Policy); `routes` answer exact paths first (inline pages, fake endpoints);
 * `pages` are HTML strings served at their path.
 */
export async function serveStatic({ root, mounts = {}, headers = {}, routes = {}, pages = {} }) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    for (const [name, value] of Object.entries({ 'Cache-Control': 'no-store', ...headers })) res.setHeader(name, value);
    const route = routes[path];
    if (route) return route(req, res);
    if (pages[path] !== undefined) return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(pages[path]);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const mount = Object.entries(mounts).find(([prefix]) => path.startsWith(prefix));
    const dir = normalize(mount ? mount[1] : root);
    const rest = mount ? path.slice(mount[0].length - 1) : path;
    const file = normalize(join(dir, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
