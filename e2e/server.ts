/** A real `mot serve` on a seeded temporary PGlite folder, for the browser tests. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedE2eDatabase } from './seed.ts';
import { E2E_TEMPLATE, copyE2eTemplate } from './template.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A running server: its URL, the demo workspace, and how to stop it (the folder is removed). */
export type TE2eServer = { url: string; workspace: string; log: () => string; stop(): Promise<void> };

/**
 * Fills a fresh folder (a copy of the run's template, see `template.ts`, or seeded here when a file is run on
 * its own), starts `mot serve` on it (with `env` added) and waits until it answers.
 */
export async function startE2eServer(env: Record<string, string> = {}): Promise<TE2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-e2e-'));
  const template = process.env[E2E_TEMPLATE];
  const workspace = template ? copyE2eTemplate(template, dataDir) : await seedE2eDatabase(dataDir);
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'packages/cli/bin/mot.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: ROOT, env: { ...process.env, ...env, MOT_DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: 'pipe' },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`mot serve exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (waited > 60_000) {
      await stop();
      throw new Error(`mot serve did not answer within a minute:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, workspace, log: () => output, stop };
}

/** A call to a server's API as a signed-in user: its status and its JSON body (null when empty). */
export type TCall = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown }>;

/** Signs `user` in through the API; calls as that user in the server's workspace. */
export async function apiAs(server: TE2eServer, user: { email: string; password: string }): Promise<TCall> {
  const signedIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  assert.equal(signedIn.status, 200);
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async (method, path, body) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        cookie,
        origin: server.url,
        'x-workspace': server.workspace,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
}
