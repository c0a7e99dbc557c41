import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import Provider from 'oidc-provider';
import { forEachDatabase } from '../testing/databases.ts';
import { createTestWorkspace } from '../testing/factories.ts';
import { createSignInApp } from '../testing/auth-requests.ts';
import { putMembership } from './memberships.ts';
import { OIDC_PROVIDER_ID } from './auth.ts';
import { createUser, findUserByEmail, setUserDisabled } from './users.ts';

/** An HTTP server on a free loopback port whose handler is given once its URL is known. */
async function listenOnLoopback(): Promise<{
  url: string;
  handle(listener: RequestListener): void;
  close(): Promise<void>;
}> {
  let listener: RequestListener | undefined;
  const server: Server = createServer((req, res) => {
    if (listener) listener(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle: (l) => {
      listener = l;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Cookies of one host, as a browser keeps them (name -> value; expiry and paths ignored). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  names(): string[] {
    return [...this.cookies.keys()];
  }
}

/**
 * A browser of two sites (the app and the identity provider): follows redirects by hand, keeps each site's
 * cookies, and answers the provider's development login and consent forms (they accept any login).
 */
function createBrowser(appUrl: string, login: string) {
  const jars = new Map<string, CookieJar>();
  const jarOf = (url: URL) => {
    let jar = jars.get(url.host);
    if (!jar) {
      jar = new CookieJar();
      jars.set(url.host, jar);
    }
    return jar;
  };
  const visited: string[] = [];
  async function request(url: URL, init: { method: string; body?: string; type?: string }) {
    const jar = jarOf(url);
    visited.push(`${init.method} ${url.origin}${url.pathname}`);
    const res = await fetch(url, {
      method: init.method,
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(init.type ? { 'content-type': init.type } : {}),
        ...(init.method === 'POST' ? { origin: url.origin } : {}),
      },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    jar.store(res.headers);
    return res;
  }
  /** Follows redirects and provider forms from `start` until a page of the app answers without redirect. */
  async function follow(start: URL): Promise<{ url: URL; res: Response }> {
    let url = start;
    let res = await request(url, { method: 'GET' });
    for (let step = 0; step < 20; step += 1) {
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url);
        await res.body?.cancel();
        res = await request(url, { method: 'GET' });
        continue;
      }
      if (url.origin === new URL(appUrl).origin) return { url, res };
      const html = await res.text();
      assert.equal(res.status, 200, `${url.href}: ${html.slice(0, 500)}`);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      assert.ok(action && prompt, `no form on ${url.href}`);
      const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'any' } : {}) });
      url = new URL(action, url);
      res = await request(url, {
        method: 'POST',
        body: form.toString(),
        type: 'application/x-www-form-urlencoded',
      });
    }
    throw new Error(`too many steps: ${visited.join(' -> ')}`);
  }
  return { request, follow, jarOf, visited };
}

/** A real OpenID Connect provider on loopback, with one confidential client for the app. */
async function startProvider(appUrl: string, clientSecret: string) {
  const site = await listenOnLoopback();
  const provider = new Provider(site.url, {
    clients: [
      {
        client_id: 'mot',
        client_secret: clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/${OIDC_PROVIDER_ID}`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    // Every login is a person of the company: `ada` is ada@corp.example.
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: `${sub}@corp.example`, email_verified: true, name: `Person ${sub}` }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    features: { devInteractions: { enabled: true } },
  });
  // The provider is a Koa app; its own log lines about development settings are not test output.
  provider.on('server_error', (_ctx, error) => console.error('provider error', error));
  site.handle(provider.callback());
  return { url: site.url, close: site.close };
}

forEachDatabase('OpenID Connect sign-in against a real provider', (getDb) => {
  test('the authorization-code flow through the provider ends in a session of the app', async () => {
    const app = await listenOnLoopback();
    const clientSecret = randomBytes(16).toString('hex');
    const provider = await startProvider(app.url, clientSecret);
    try {
      const server = createSignInApp(getDb(), {
        auth: { baseURL: app.url, oidc: { issuer: provider.url, clientId: 'mot', clientSecret } },
      });
      app.handle(getRequestListener(server.fetch));
      const workspace = await createTestWorkspace(getDb());
      const login = `ada${randomBytes(3).toString('hex')}`;
      // The company's person already has a mot user (made by an admin) with a role: the first sign-in
      // through the provider links to it, as the provider vouches for the e-mail.
      const existing = await createUser(getDb(), await server.getAuth(), {
        email: `${login}@corp.example`,
        name: 'Ada',
      });
      await putMembership(getDb().orm, { workspaceId: workspace.id, userId: existing.id, role: 'analyst' });

      // Another site is not a redirect target after sign-in (no open redirect).
      const elsewhere = await fetch(new URL('/api/auth/sign-in/social', app.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.url },
        body: JSON.stringify({ provider: OIDC_PROVIDER_ID, callbackURL: 'https://evil.example/welcome' }),
      });
      assert.equal(elsewhere.status, 403, await elsewhere.text());

      const browser = createBrowser(app.url, login);
      const started = await browser.request(new URL('/api/auth/sign-in/social', app.url), {
        method: 'POST',
        body: JSON.stringify({ provider: OIDC_PROVIDER_ID, callbackURL: '/' }),
        type: 'application/json',
      });
      const startBody = (await started.json()) as { url?: string; redirect?: boolean };
      assert.equal(started.status, 200, JSON.stringify(startBody));
      assert.ok(startBody.url, JSON.stringify(startBody));
      const authorize = new URL(startBody.url);
      assert.equal(authorize.origin, provider.url);
      assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256', 'PKCE is used');
      assert.equal(authorize.searchParams.get('redirect_uri'), `${app.url}/api/auth/callback/oidc`);

      const landed = await browser.follow(authorize);
      assert.equal(landed.url.pathname, '/', `${landed.url.href} after ${browser.visited.join(' -> ')}`);
      assert.ok(
        browser.visited.some((step) => step.startsWith(`GET ${app.url}/api/auth/callback/oidc`)),
        browser.visited.join(' -> '),
      );
      const jar = browser.jarOf(new URL(app.url));
      assert.ok(jar.names().includes('mot.session_token'), jar.names().join(', '));

      const me = await fetch(new URL('/api/me', app.url), { headers: { cookie: jar.header() } });
      const body = (await me.json()) as {
        user: { id: string; email: string };
        workspaces: Array<{ key: string; role: string }>;
      };
      assert.equal(me.status, 200, JSON.stringify(body));
      assert.equal(body.user.email, `${login}@corp.example`);
      assert.equal(body.user.id, existing.id, 'linked to the existing user, not a new one');
      assert.deepEqual(
        body.workspaces.map((w) => [w.key, w.role]),
        [[workspace.key, 'analyst']],
      );

      // A person the company's provider knows but mot does not gets a user with no workspace.
      const newcomer = `bob${randomBytes(3).toString('hex')}`;
      const second = createBrowser(app.url, newcomer);
      const again = await second.request(new URL('/api/auth/sign-in/social', app.url), {
        method: 'POST',
        body: JSON.stringify({ provider: OIDC_PROVIDER_ID, callbackURL: '/' }),
        type: 'application/json',
      });
      const landedAgain = await second.follow(new URL(((await again.json()) as { url: string }).url));
      assert.equal(landedAgain.url.pathname, '/');
      const cookie = second.jarOf(new URL(app.url)).header();
      const newMe = (await (await fetch(new URL('/api/me', app.url), { headers: { cookie } })).json()) as {
        user: { email: string };
        workspaces: unknown[];
      };
      assert.equal(newMe.user.email, `${newcomer}@corp.example`);
      assert.deepEqual(newMe.workspaces, []);

      // A disabled user gets no session through the provider either. (better-auth allows 3 sign-in starts
      // per address in 10 seconds: wait for a new window.)
      await setUserDisabled(getDb(), existing.id, true);
      await new Promise((resolve) => setTimeout(resolve, 10_500));
      const third = createBrowser(app.url, login);
      const blocked = await third.request(new URL('/api/auth/sign-in/social', app.url), {
        method: 'POST',
        body: JSON.stringify({ provider: OIDC_PROVIDER_ID, callbackURL: '/' }),
        type: 'application/json',
      });
      await third.follow(new URL(((await blocked.json()) as { url: string }).url));
      assert.ok(!third.jarOf(new URL(app.url)).names().includes('mot.session_token'));
      assert.ok(await findUserByEmail(getDb(), `${login}@corp.example`));
    } finally {
      await app.close();
      await provider.close();
    }
  });
});
