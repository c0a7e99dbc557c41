import type { MiddlewareHandler } from 'hono';
import { MotError } from '../errors.ts';
import type { TAppEnv } from '../http/middleware.ts';
import type { TDatabase } from '../storage/database.ts';
import { verifyApiKey } from './api-keys.ts';
import { runAsActor } from './audit.ts';
import type { TAuth } from './auth.ts';
import { actorOf } from './principal.ts';
import type { TPrincipal } from './principal.ts';
import { clientAddress, countRequest } from './rate-limit.ts';
import type { TCounter, TPublicCounting, TRateLimits } from './rate-limit.ts';

/** Paths anyone may reach: health, the API's description, sign-in itself, and the public survey pages' API. */
export function isPublicPath(path: string): boolean {
  return (
    path === '/api/health' ||
    path === '/api/openapi.json' ||
    path.startsWith('/api/auth/') ||
    path.startsWith('/api/public/')
  );
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Finds who is calling, before any route runs: an API key (`Authorization: Bearer mot_...`) or a session
 * cookie. Anonymous callers get 401 on every path but the public ones. A session's unsafe request must come
 * from the app's own origin (a cookie is sent by the browser wherever the request comes from; a key is
 * not). Counts the request against the caller's and the address's rate limits (and a public path's own,
 * `publicCounting`: a survey link's, say, with the statement that counts it) in one statement, then runs
 * the rest of the request as this actor, so every audit entry it writes names them.
 */
export function authenticate(
  db: TDatabase,
  getAuth: () => Promise<TAuth>,
  limits: TRateLimits,
  publicCounting: (path: string) => TPublicCounting = () => ({ counters: [] }),
): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    const address: TCounter = {
      key: `ip:${clientAddress(c, limits.trustProxy)}`,
      max: limits.perAddress,
      per: 'from one address',
    };
    if (isPublicPath(c.req.path)) {
      const own = publicCounting(c.req.path);
      const counters = [address, ...own.counters];
      await (own.count ? own.count(c, counters) : countRequest(db, counters));
      return next();
    }
    const principal = await findPrincipal(db, getAuth, c.req.raw.headers);
    await countRequest(db, [
      address,
      ...(principal
        ? [
            {
              key: principal.kind === 'key' ? `key:${principal.keyId}` : `user:${principal.userId}`,
              max: limits.perCaller,
              per: 'per caller',
            },
          ]
        : []),
    ]);
    if (!principal) {
      throw new MotError(
        'unauthenticated',
        c.req.header('authorization')
          ? 'the credentials are unknown, revoked or expired'
          : 'sign in, or send an API key as "Authorization: Bearer mot_..."',
        ['headers', 'authorization'],
      );
    }
    if (principal.kind === 'user' && UNSAFE.has(c.req.method))
      assertSameOrigin(c.req.header('origin'), c.req.url);
    c.set('principal', principal);
    await runAsActor(actorOf(principal), next);
  };
}

async function findPrincipal(
  db: TDatabase,
  getAuth: () => Promise<TAuth>,
  headers: Headers,
): Promise<TPrincipal | undefined> {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const grant = match?.[1] ? await verifyApiKey(db, match[1]) : undefined;
    return grant && { kind: 'key', ...grant };
  }
  if (!headers.get('cookie')) return undefined;
  const { auth } = await getAuth();
  const found = await auth.api.getSession({ headers });
  if (!found) return undefined;
  const user = found.user as typeof found.user & { instanceAdmin?: boolean | null; disabledAt?: Date | null };
  if (user.disabledAt) return undefined;
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    sessionId: found.session.id,
    instanceAdmin: user.instanceAdmin === true,
  };
}

/** A cookie-authenticated write must say it comes from this server's own origin (or say nothing). */
function assertSameOrigin(origin: string | undefined, url: string): void {
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== new URL(url).host) {
    throw new MotError(
      'forbidden',
      `a signed-in write must come from this server's own pages, not ${origin}`,
      ['headers', 'origin'],
    );
  }
}
