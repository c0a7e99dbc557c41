import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { magicLink } from 'better-auth/plugins/magic-link';
import { twoFactor } from 'better-auth/plugins/two-factor';
import {
  authAccounts,
  authRateLimits,
  authSessions,
  authTwoFactors,
  authUsers,
  authVerifications,
} from '../storage/access-schema.ts';
import type { TDatabase } from '../storage/database.ts';
import { loadInstanceSecret } from './instance-secret.ts';
import {
  clearSignInFailures,
  findLockout,
  isUserIdDisabled,
  recordSignInFailure,
} from './sign-in-failures.ts';

/** A company's own identity provider (OpenID Connect: Keycloak, 企业微信 or 钉钉 through a bridge, ...). */
export type TOidcOptions = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in page. */
  name?: string;
  scopes?: string[];
};

/** How sign-in behaves; every field has a safe default. */
export type TAuthOptions = {
  /** The URL people reach the server at (callbacks, links). */
  baseURL?: string;
  /** Origins allowed to post to the sign-in endpoints besides baseURL's. */
  trustedOrigins?: string[];
  oidc?: TOidcOptions;
  /** Failed sign-ins in a row before an address is locked, and for how long. */
  lockout?: { maxFailures: number; lockMinutes: number };
  /** Sign-in attempts per minute per address (better-auth's limiter, shared through the database). */
  signInPerMinute?: number;
  /** Set the cookie's Secure flag (on whenever baseURL is https). */
  secureCookies?: boolean;
  /**
   * Without baseURL: the host names the app answers for (its allowed hosts; default loopback). Each
   * request's base URL is taken from its Host among these, on any port, and only their origins are
   * trusted to post to sign-in and to be redirected to after it. `*` trusts every origin.
   */
  hosts?: readonly string[] | '*';
};

/** The host names of this machine, the hosts of a server that listens on loopback. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** The default lock-out: 5 failures in a row lock the address for 15 minutes. */
export const DEFAULT_LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const;

/** The provider id of the configured OpenID Connect identity provider. */
export const OIDC_PROVIDER_ID = 'oidc';

/** The header through which the app tells better-auth the client's address; any sent by a client is dropped. */
export const CLIENT_ADDRESS_HEADER = 'x-mot-client-address';

/** Sessions last 7 days and are renewed when used after a day. */
const SESSION_SECONDS = 7 * 24 * 3600;

/**
 * The better-auth instance: e-mail and password (hashed by better-auth's scrypt), sessions in the database
 * (no cookie cache, so a revocation is seen at once by every server), TOTP second factor, one-time sign-in
 * links (printed by the CLI, never e-mailed: public requests for them are refused by the app), and
 * optionally an OpenID Connect provider. Sign-up is closed: admins create users.
 */
export async function createAuth(db: TDatabase, options: TAuthOptions = {}) {
  const secret = await loadInstanceSecret(db, 'auth');
  const lockout = options.lockout ?? DEFAULT_LOCKOUT;
  // Without a configured public URL, better-auth takes each request's own origin (the app has already
  // refused hosts it does not answer for), so links and redirects point back where the request came from.
  const baseURL = options.baseURL;
  const hosts = options.hosts ?? LOOPBACK_NAMES;
  const links = new Map<string, string>();
  const auth = betterAuth({
    appName: 'mot',
    // better-auth trusts the origins of these hosts (sign-in posts, redirects after sign-in): `*` here
    // would let any site post to the sign-in endpoints with a user's cookie and any URL be a redirect
    // target. A port does not separate sites for cookies, so any port of an allowed host is trusted.
    baseURL: baseURL ?? {
      allowedHosts: hosts === '*' ? ['*'] : hosts.flatMap((host) => [host, `${host}:*`]),
      protocol: 'auto',
      fallback: 'http://127.0.0.1',
    },
    basePath: '/api/auth',
    secret,
    telemetry: { enabled: false },
    // The app refuses hosts it does not answer for (http/safe-defaults.ts), so the request's own origin is
    // this server's: pages it served may post to sign-in, and so may the configured origins.
    trustedOrigins: (request) => [
      ...(request ? [new URL(request.url).origin] : []),
      ...(options.trustedOrigins ?? []),
    ],
    database: drizzleAdapter(db.orm, {
      provider: 'pg',
      schema: {
        user: authUsers,
        session: authSessions,
        account: authAccounts,
        verification: authVerifications,
        twoFactor: authTwoFactors,
        rateLimit: authRateLimits,
      },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 256 },
    user: {
      additionalFields: {
        instanceAdmin: { type: 'boolean', required: false, defaultValue: false, input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 24 * 3600, cookieCache: { enabled: false } },
    advanced: {
      cookiePrefix: 'mot',
      useSecureCookies: options.secureCookies ?? baseURL?.startsWith('https:') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // The app puts the client's address (from the socket, or a trusted proxy) in this header.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: options.signInPerMinute ?? 20 },
        '/two-factor/verify-totp': { window: 60, max: options.signInPerMinute ?? 20 },
      },
    },
    plugins: [
      twoFactor({ issuer: 'mot' }),
      magicLink({
        disableSignUp: true,
        expiresIn: 24 * 3600,
        sendMagicLink: ({ email, token }) => {
          links.set(email, token);
        },
      }),
      ...(options.oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: OIDC_PROVIDER_ID,
                  discoveryUrl: `${options.oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
                  clientId: options.oidc.clientId,
                  clientSecret: options.oidc.clientSecret,
                  scopes: options.oidc.scopes ?? ['openid', 'email', 'profile'],
                  pkce: true,
                },
              ],
            }),
          ]
        : []),
    ],
    // A disabled user gets no session by any way in (password, TOTP, sign-in link, identity provider).
    // Checked when the session is made, so after the password: a wrong one is the same 401 for everyone
    // and does not tell that the address belongs to a disabled user.
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            if (await isUserIdDisabled(db, session.userId)) {
              throw new APIError('FORBIDDEN', { code: 'USER_DISABLED', message: 'this user is disabled' });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // A new password ends every other session, whatever the request asks: whoever may have learnt
        // the old one must not stay signed in.
        if (ctx.path === '/change-password') {
          return { context: { body: { ...(ctx.body as object), revokeOtherSessions: true } } };
        }
        if (ctx.path !== '/sign-in/email' && ctx.path !== '/magic-link/verify') return;
        if (ctx.path === '/sign-in/email') {
          const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();
          const lockedUntil = await findLockout(db, email);
          if (lockedUntil) {
            throw new APIError('TOO_MANY_REQUESTS', {
              code: 'ACCOUNT_LOCKED',
              message: `too many failed sign-ins: this address is locked until ${lockedUntil.toISOString()}`,
            });
          }
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();
        const returned = ctx.context.returned;
        if (returned instanceof APIError) {
          if (returned.status === 'UNAUTHORIZED') await recordSignInFailure(db, email, lockout);
        } else {
          await clearSignInFailures(db, email);
        }
      }),
    },
  });

  /** A one-time sign-in link for the user with this e-mail, valid for 24 hours (the demo's first sign-in). */
  async function createSignInLink(email: string, serverUrl: string): Promise<string> {
    // Without a configured baseURL, better-auth derives one per request in its handler and leaves the shared
    // context's empty, so the magic-link plugin's `new URL(baseURL)` throws on a direct call. Any valid URL
    // will do there: the link handed out is built below from `serverUrl`.
    const context = await auth.$context;
    if (!context.baseURL) context.baseURL = new URL('/api/auth', serverUrl).href;
    await auth.api.signInMagicLink({ body: { email, callbackURL: '/' }, headers: new Headers() });
    const token = links.get(email);
    links.delete(email);
    if (!token) throw new Error(`no sign-in link was made for ${email}`);
    return `${serverUrl.replace(/\/$/, '')}/api/auth/magic-link/verify?token=${encodeURIComponent(token)}&callbackURL=${encodeURIComponent('/')}`;
  }

  return { auth, createSignInLink, hasOidc: options.oidc !== undefined };
}

/** The sign-in service of an app. */
export type TAuth = Awaited<ReturnType<typeof createAuth>>;
