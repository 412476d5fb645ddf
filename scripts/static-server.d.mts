import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StaticServer {
  url: string;
  /** Every path requested, in order (to assert what a page fetched). */
  requests: string[];
  close(): Promise<void>;
}

export function serveStatic(options: {
  root: string;
  mounts?: Record<string, string>;
  headers?: Record<string, string>;
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
  pages?: Record<string, string>;
}): Promise<StaticServer>;
