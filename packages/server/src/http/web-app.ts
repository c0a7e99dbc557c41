import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { TApp } from '../app.ts';

/** Where `npm run build -w @mot/web` writes the app. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * The Content-Security-Policy of the app's pages: everything from this server, nothing from any other host
 * (no web fonts, no CDNs, so the app works behind a company firewall), no inline or evaluated script.
 * Styles allow 'unsafe-inline' because antd writes its component styles into <style> elements at run time
 * (CSS-in-JS). A nonce would also work but would make index.html a per-request page and needs every
 * library that adds styles to pass it on; inline styles cannot run code, and the page renders no HTML from
 * users (React escapes text), so the script rules are what keep the app safe.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

type TFile = {
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer> | undefined;
  type: string;
  mtimeMs: number;
};

/**
 * Serves the built web app (packages/web/dist) at `/`: files as they are, hashed assets (`/assets/*`)
 * cached for a year, survey.html (never cached) for a survey link (`/s/<token>`), and index.html (never
 * cached) for every other GET outside `/api`, so deep links and reloads work. A missing asset is a 404,
 * not the page. Until the app is built, `/` explains how to build it.
 */
export function mountWebApp(app: TApp, dist: string = WEB_DIST): void {
  const cache = new Map<string, TFile>();
  const root = normalize(dist + sep);

  /** A file of the build, read once per modification and kept gzipped beside. */
  async function load(path: string): Promise<TFile | undefined> {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached;
    const body = new Uint8Array(await readFile(path));
    const ext = extname(path);
    const file: TFile = {
      body,
      gzipped: COMPRESSIBLE.has(ext) && body.length > 1024 ? new Uint8Array(gzipSync(body)) : undefined,
      type: TYPES[ext] ?? 'application/octet-stream',
      mtimeMs: info.mtimeMs,
    };
    cache.set(path, file);
    return file;
  }

  function send(c: Context, file: TFile, cacheControl: string): Response {
    const gzip =
      file.gzipped && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '') ? file.gzipped : undefined;
    const body = gzip ?? file.body;
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': cacheControl,
      'content-security-policy': WEB_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
      vary: 'Accept-Encoding',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(body, 200, headers);
  }

  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(path);
    } catch {
      return next();
    }
    const target = normalize(join(root, relative));
    if (target.startsWith(root) && target !== root) {
      const file = await load(target);
      if (file) {
        const immutable = target.startsWith(join(root, 'assets') + sep);
        return send(c, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      }
      // A missing script or style must fail as such, not come back as the page (keys may contain dots, so
      // only the build's own folder and file types count).
      if (relative.startsWith('/assets/') || extname(relative) in TYPES) return next();
    }
    // A survey link opens the public survey page, a separate small page of the build.
    const page = path.startsWith('/s/') ? 'survey.html' : 'index.html';
    const index = await load(join(root, page));
    if (!index) {
      return c.text('The web app is not built yet: run `npm run build -w @mot/web`, then reload.', 503, {
        'content-security-policy': WEB_CSP,
        'cache-control': 'no-store',
      });
    }
    return send(c, index, 'no-cache');
  });
}
