import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countMoments } from './count-moments.ts';
import { openDatabase, queryRows } from './database.ts';
import { findWorkspace } from './find-workspace.ts';

const child = new URL('../testing/ingest-and-hang.ts', import.meta.url);

test('PGlite: acknowledged moments survive SIGKILL, and a second process cannot open the folder meanwhile', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-durable-'));
  try {
    const proc = spawn(process.execPath, ['--import', 'tsx', child.pathname, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged = await new Promise<number>((resolve, reject) => {
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /acknowledged (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      proc.once('exit', (code) => reject(new Error(`child exited with ${code} before acknowledging`)));
    });
    await assert.rejects(openDatabase({ dataDir }), /in use by process/);
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
    const db = await openDatabase({ dataDir });
    try {
      const workspace = await findWorkspace(db, 'durable');
      assert.ok(workspace);
      assert.equal(acknowledged, 1500);
      assert.equal(await countMoments(db, workspace.id), acknowledged);
      // The batches came through the HTTP API with an API key: each one's audit entry, naming the key,
      // survived with it.
      const audited = await queryRows<{ actor_kind: string; n: number }>(
        db.orm,
        sql`select actor_kind, count(*)::int as n from audit_log
            where workspace_id = ${workspace.id} and action = 'moments.ingest' group by actor_kind`,
      );
      assert.deepEqual(audited, [{ actor_kind: 'key', n: 3 }]);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('PGlite: one process cannot open the same folder twice; closing releases it', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-lock-'));
  try {
    const db = await openDatabase({ dataDir });
    await assert.rejects(openDatabase({ dataDir }), /already open in this process/);
    await db.close();
    await (await openDatabase({ dataDir })).close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
