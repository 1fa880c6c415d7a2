// A tiny static file server on 127.0.0.1, shared by the real-browser tests and `npm start`.
// node:http only, so tests and the demo need nothing beyond Node. Missing files are a plain 404:
// no SPA fallback, so a test that asks for the wrong path fails loudly (its console shows the 404).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Content type for a file name; unknown extensions are served as bytes. */
export function contentTypeFor(fileName) {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path onto a file under one of the mounts, or null when it would leave them.
 * Mounts are URL prefixes ('/' or '/seed/') → directories; the longest matching prefix wins.
 */
export function resolveRequestPath(mounts, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!decoded.startsWith(prefix)) continue;
    const root = resolve(mounts[prefix]);
    const file = resolve(join(root, decoded.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return null;
    return file;
  }
  return null;
}

async function fileToServe(mounts, urlPath) {
  const file = resolveRequestPath(mounts, urlPath);
  if (!file) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file, size: info.size };
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return { file: index, size: indexInfo.size };
  }
  return null;
}

/**
 * Starts serving. `root` is a directory served at '/', or a map of URL prefixes to directories.
 * Resolves once listening; `port` 0 (the default) picks a free port.
 */
export async function startStaticServer(root, { port = 0, host = '127.0.0.1' } = {}) {
  const mounts = typeof root === 'string' ? { '/': root } : root;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found =
      request.method === 'GET' || request.method === 'HEAD' ? await fileToServe(mounts, url.pathname) : null;
    if (!found && url.pathname === '/favicon.ico') {
      // Browsers ask for it unprompted; a 404 would show up as a console error in every test.
      response.writeHead(204, { 'cache-control': 'no-store' });
      response.end();
      return;
    }
    if (!found) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, {
        'content-type': 'text/plain; charset=utf-8',
      });
      response.end(`Not found: ${url.pathname}\n`);
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypeFor(found.file),
      'content-length': found.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.file).pipe(response);
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const baseUrl = `http://${host}:${address.port}`;
  return {
    baseUrl,
    port: address.port,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
