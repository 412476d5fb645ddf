import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  /** Every path requested, in order (to assert what a page fetched). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A static file server on 127.0.0.1 for the Node-side browser tests. `headers` are added to every response
 * (e.g. a Content-Security-Policy); `routes` answer exact paths first (inline pages, fake endpoints).
 */
export async function serveStatic(options: {
  root: string;
  /** Extra folders served under a path prefix, e.g. `{ '/copy/': distCdn }`. */
  mounts?: Record<string, string>;
  headers?: Record<string, string>;
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
}): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const headers = { 'Cache-Control': 'no-store', ...options.headers };
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const route = options.routes?.[path];
    if (route) return route(req, res);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const mount = Object.entries(options.mounts ?? {}).find(([prefix]) => path.startsWith(prefix));
    const dir = normalize(mount ? mount[1] : options.root);
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
