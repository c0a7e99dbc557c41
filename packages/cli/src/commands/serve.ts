import { createServer } from 'node:net';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { migrate, openDatabaseFromEnv, startServer } from '@mot/server';
import type { TDatabase } from '@mot/server';
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
export type TRunningServer = { url: string; db: TDatabase; stop(): Promise<void> };

/** Opens the database, applies migrations, seeds the demo when asked, and listens. */
export async function runServe(
  options: { port: number; demo: boolean; host?: string },
  out: TTextSink = process.stdout,
): Promise<TRunningServer> {
  await assertPortFree(options.port, options.host ?? '0.0.0.0');
  const db = await openDatabaseFromEnv();
  try {
    const { applied } = await migrate(db);
    if (applied.length > 0) out.write(`applied migrations: ${applied.join(', ')}\n`);
    if (options.demo) {
      const demo = await seedDemo(db);
      out.write(`demo workspace "${demo.workspace}": ${demo.journeys} journeys, ${demo.moments} moments\n`);
      out.write(`send the header "X-Workspace: ${demo.workspace}" to use it\n`);
    }
    const server = await startServer({
      db,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
    });
    out.write(`mot is listening on ${server.url}\n`);
    return {
      url: server.url,
      db,
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

/** `mot serve [--port N] [--demo]`: the HTTP API; stops cleanly on SIGINT or SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API (PostgreSQL from DATABASE_URL, else PGlite in MOT_DATA_DIR)')
    .option('--port <port>', 'port to listen on (default: PORT or 8080)', (value) => parsePort(value))
    .option('--host <host>', 'interface to listen on', '0.0.0.0')
    .option('--demo', 'seed the demo workspace first', false)
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
