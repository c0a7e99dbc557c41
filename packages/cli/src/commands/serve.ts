import { createServer } from 'node:net';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import {
  createUser,
  findUserByEmail,
  findWorkspace,
  hasInstanceAdmin,
  isLoopbackHost,
  migrate,
  openDatabaseFromEnv,
  putMembership,
  startServer,
} from '@mot/server';
import type { TAppOptions, TAuth, TDatabase } from '@mot/server';
import type { TTextSink } from '../output/printer.ts';
import { seedDemo } from '../demo/seed-demo.ts';

/** Parses a port: an integer 0..65535 (0 picks a free port); errors name `source` (`--port` or `PORT`). */
export function parsePort(value: string, source = '--port'): number {
  const port = value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError(`${source} must be an integer from 0 to 65535, got "${value}"`);
  }
  return port;
}

/**
 * Fails fast when the port is taken, before the database is opened, migrated and seeded (which can take
 * a while): binds it for a moment and lets it go. Port 0 (any free port) is never taken.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'is already in use'
          : `cannot be opened (${error.code ?? error.message})`;
      reject(new Error(`port ${port} on ${host} ${why}; choose another with --port or PORT`));
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A running server and how to stop it (closing the database lets PGlite flush). */
export type TRunningServer = { url: string; db: TDatabase; signInLink?: string; stop(): Promise<void> };

/** The demo's administrator: signs in by the one-time link printed at start, never by a default password. */
export const DEMO_ADMIN_EMAIL = 'admin@demo.mot';

/**
 * How the server is exposed, from the environment: MOT_PUBLIC_URL (the address people use, behind a proxy),
 * MOT_ALLOWED_HOSTS (comma-separated host names, or `*`), MOT_CORS_ORIGINS, MOT_TRUST_PROXY=1,
 * MOT_RATE_LIMIT (requests a minute per caller), MOT_OIDC_ISSUER with MOT_OIDC_CLIENT_ID and
 * MOT_OIDC_CLIENT_SECRET (an OpenID Connect provider), MOT_ANALYSIS_WAIT_MS (how long an analysis request
 * waits before answering 202 with its progress; default 1000).
 */
export function appOptionsFromEnv(host: string, env: NodeJS.ProcessEnv = process.env): TAppOptions {
  const list = (name: string) =>
    (env[name] ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
  const allowed = list('MOT_ALLOWED_HOSTS');
  const publicUrl = env['MOT_PUBLIC_URL'];
  const hosts = [
    ...LOOPBACK_NAMES,
    ...(isLoopbackHost(host) || host === '0.0.0.0' || host === '::' ? [] : [host]),
  ];
  if (publicUrl) hosts.push(new URL(publicUrl).hostname);
  const perCaller = Number(env['MOT_RATE_LIMIT'] ?? '');
  const issuer = env['MOT_OIDC_ISSUER'];
  const waitMs = Number(env['MOT_ANALYSIS_WAIT_MS'] ?? '');
  return {
    ...(env['MOT_ANALYSIS_WAIT_MS'] && Number.isInteger(waitMs) && waitMs >= 0
      ? { analysis: { waitMs } }
      : {}),
    allowedHosts: allowed.includes('*') ? '*' : [...hosts, ...allowed],
    corsOrigins: list('MOT_CORS_ORIGINS'),
    rateLimits: {
      trustProxy: env['MOT_TRUST_PROXY'] === '1',
      ...(Number.isInteger(perCaller) && perCaller > 0 ? { perCaller, perAddress: perCaller * 2 } : {}),
    },
    auth: {
      ...(publicUrl ? { baseURL: publicUrl } : {}),
      ...(issuer
        ? {
            oidc: {
              issuer,
              clientId: env['MOT_OIDC_CLIENT_ID'] ?? '',
              clientSecret: env['MOT_OIDC_CLIENT_SECRET'] ?? '',
            },
          }
        : {}),
    },
  };
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Opens the database, applies migrations, seeds the demo when asked (with its administrator and a one-time
 * sign-in link), and listens on `host` (127.0.0.1 unless told otherwise).
 */
export async function runServe(
  options: { port: number; demo: boolean; host?: string },
  out: TTextSink = process.stdout,
): Promise<TRunningServer> {
  const host = options.host ?? '127.0.0.1';
  await assertPortFree(options.port, host);
  const db = await openDatabaseFromEnv();
  try {
    const { applied } = await migrate(db);
    if (applied.length > 0) out.write(`applied migrations: ${applied.join(', ')}\n`);
    let demoWorkspace: string | undefined;
    if (options.demo) {
      const demo = await seedDemo(db);
      demoWorkspace = demo.workspace;
      out.write(`demo workspace "${demo.workspace}": ${demo.journeys} journeys, ${demo.moments} moments\n`);
    }
    const server = await startServer({ db, port: options.port, host, app: appOptionsFromEnv(host) });
    out.write(`mot is listening on ${server.url}\n`);
    let signInLink: string | undefined;
    if (demoWorkspace) {
      const auth = await server.app.getAuth();
      await ensureDemoAdmin(db, auth, demoWorkspace);
      signInLink = await auth.createSignInLink(DEMO_ADMIN_EMAIL, server.url);
      out.write(`open this one-time sign-in link (valid 24 hours) to see the demo:\n  ${signInLink}\n`);
    }
    if (!isLoopbackHost(host) && !(await hasInstanceAdmin(db))) {
      process.stderr.write(
        `mot: warning: listening on ${host}, reachable from other machines, and no administrator exists yet: create one with "mot user create --admin --email ..."\n`,
      );
    }
    return {
      url: server.url,
      db,
      ...(signInLink ? { signInLink } : {}),
      async stop() {
        await server.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Makes sure the demo's administrator exists (an administrator of the installation) and is the demo's admin. */
async function ensureDemoAdmin(db: TDatabase, auth: TAuth, workspaceKey: string): Promise<void> {
  const existing = await findUserByEmail(db, DEMO_ADMIN_EMAIL);
  const user =
    existing ??
    (await createUser(db, auth, {
      email: DEMO_ADMIN_EMAIL,
      name: '演示管理员 Demo admin',
      instanceAdmin: true,
    }));
  const workspace = await findWorkspace(db, workspaceKey);
  if (workspace) await putMembership(db.orm, { workspaceId: workspace.id, userId: user.id, role: 'admin' });
}

/** `mot serve [--port N] [--host H] [--demo]`: the HTTP API and the web app; stops cleanly on SIGINT or SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API and web app (PostgreSQL from DATABASE_URL, else PGlite in MOT_DATA_DIR)')
    .option('--port <port>', 'port to listen on (default: PORT or 8080)', (value) => parsePort(value))
    .option(
      '--host <host>',
      'interface to listen on: 127.0.0.1 (this machine only) unless you open it, e.g. 0.0.0.0',
      '127.0.0.1',
    )
    .option('--demo', 'seed the demo workspace first and print a one-time sign-in link', false)
    .action(async (options: { port?: number; host: string; demo: boolean }) => {
      const port = options.port ?? parsePort(process.env['PORT'] ?? '8080', 'PORT');
      const running = await runServe({ port, demo: options.demo, host: options.host });
      const shutdown = (signal: string) => {
        process.stderr.write(`mot: ${signal}, shutting down\n`);
        running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`mot: ${error instanceof Error ? error.message : String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
