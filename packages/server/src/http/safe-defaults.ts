import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { errorResponse } from './onerror.ts';

/** The host names of this machine itself: allowed when the server listens on loopback. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/**
 * Refuses requests whose Host header names a host that is not this server's (DNS rebinding: a page on
 * another site resolving its own name to 127.0.0.1 would otherwise reach a server on loopback).
 */
export function checkHost(allowed: readonly string[] | '*'): MiddlewareHandler {
  const names = allowed === '*' ? undefined : new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (names) {
      const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
      const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
      if (!names.has(name)) {
        return errorResponse(
          c,
          'forbidden',
          `the host "${name}" is not one this server answers for (set MOT_ALLOWED_HOSTS or --host)`,
          ['headers', 'host'],
        );
      }
    }
    await next();
  };
}

/** Security headers of API responses: JSON only, never framed, never sniffed, no referrer. */
export const securityHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
});
