import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Serves folders under URL prefixes (longest prefix first), uncompressed and uncached, on 127.0.0.1:
 * the runner reads every body size itself and computes gzip sizes, so no compression here.
 */
export function serveFolders(mounts: Record<string, string>, port: number): Promise<Server> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    const root = prefix === undefined ? undefined : mounts[prefix];
    if (prefix === undefined || root === undefined) return void response.writeHead(404).end();
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    const file = join(root, relative.endsWith(sep) ? join(relative, 'index.html') : relative);
    if (relative.startsWith('..') || !file.startsWith(root)) return void response.writeHead(403).end();
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return void response.writeHead(404).end();
      size = stat.size;
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
