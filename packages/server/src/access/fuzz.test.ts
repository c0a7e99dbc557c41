import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ROLES } from '@mot/core';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { TAppWithAuth } from '../app.ts';
import { countMoments } from '../storage/count-moments.ts';
import { queryRows } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { bearer, createTestApp, createTestUser, mintKey, signIn } from '../testing/http.ts';
import { requestArbitrary } from '../testing/fuzz-requests.ts';
import type { TCaller, TFuzzRequest, TPools } from '../testing/fuzz-requests.ts';
import { readOperations } from '../testing/openapi-operations.ts';
import type { TOperation } from '../testing/openapi-operations.ts';
import { plantWorkspace } from '../testing/plant-workspace.ts';

/**
 * The fuzz suite: requests generated from the OpenAPI document (bodies, queries, path parameters and
 * headers, valid-ish and hostile) sent in-process with keys of every role and an admin's session. Whatever
 * arrives: no 5xx, no hang, every error in the `{error:{code,message,path}}` shape, and no stored moment lost
 * unless a DELETE said so. `MOT_FUZZ_REQUESTS` (default 20,000 per database) and `MOT_FUZZ_SEED` reproduce
 * a run; `MOT_FUZZ_TIMEOUT_MS` is the time one request may take before it counts as a hang, and
 * `MOT_FUZZ_CONCURRENCY` how many are in flight at once.
 */

const REQUESTS = Number(process.env['MOT_FUZZ_REQUESTS'] ?? 20_000);
const SEED = Number(process.env['MOT_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const CALL_TIMEOUT_MS = Number(process.env['MOT_FUZZ_TIMEOUT_MS'] ?? 15_000);
/** Requests in flight at once (1 repeats a run exactly: with more, their interleaving varies). */
const CONCURRENCY = Number(process.env['MOT_FUZZ_CONCURRENCY'] ?? 4);
/** Requests generated at a time (seed + chunk index), and between two checks of what is stored. */
const CHUNK = 250;

/** Whether a body is our error shape: `{error: {code, message, path}}`. */
/**
 * The QR address is opened by a phone's camera: a browser asking for HTML gets a short text in both languages
 * (unknown or disabled code), not the API's JSON error. Only that operation, and only when HTML was asked for.
 */
function answersPageToBrowser(operation: string, headers: Record<string, string>, type: string): boolean {
  const accept = Object.entries(headers).find(([name]) => name.toLowerCase() === 'accept')?.[1] ?? '';
  return (
    operation === 'GET /api/public/qr/{token}' &&
    accept.includes('text/html') &&
    type.startsWith('text/plain')
  );
}

function isErrorShape(body: unknown): boolean {
  const error = (body as { error?: { code?: unknown; message?: unknown; path?: unknown } } | null)?.error;
  return (
    typeof error?.code === 'string' &&
    error.code.length > 0 &&
    typeof error.message === 'string' &&
    Array.isArray(error.path) &&
    error.path.every((p) => typeof p === 'string' || typeof p === 'number')
  );
}

/** Sends a request in-process; rejects when it takes longer than the timeout (a hang). */
async function send(
  app: TAppWithAuth,
  r: TFuzzRequest,
): Promise<{ status: number; text: string; type: string }> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
  });
  const answer = (async () => {
    const res = await app.request(r.url, { method: r.method, headers: r.headers, body: r.body });
    return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
  })();
  try {
    return await Promise.race([answer, hang]);
  } finally {
    clearTimeout(timer);
  }
}

const preview = (r: TFuzzRequest) => {
  const body = typeof r.body === 'string' ? r.body : r.body ? `<${r.body.length} bytes>` : '';
  return `${r.caller.name}: ${r.method} ${r.url.slice(0, 300)} ${JSON.stringify(r.headers).slice(0, 300)} ${body.slice(0, 400)}`;
};

forEachDatabase('fuzz, from the OpenAPI document', (getDb) => {
  let app: TAppWithAuth;
  let operations: TOperation[];
  let pools: TPools;

  before(async () => {
    const db = getDb();
    app = createTestApp(db);
    operations = await readOperations(app);
    const planted = await plantWorkspace(db, app, { journey: 'repair' });
    const other = await plantWorkspace(db, app);
    const callers: TCaller[] = [
      { name: "another workspace's admin key", headers: bearer(other.adminSecret) },
    ];
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      callers.push({ name: `${role} key`, headers: bearer(await mintKey(db, planted.workspace.id, role)) });
    }
    const user = await createTestUser(db, app, {
      workspaceId: planted.workspace.id,
      role: 'admin',
      instanceAdmin: true,
    });
    const cookie = (await signIn(app, user.email, user.password)).cookie;
    assert.ok(cookie);
    pools = {
      planted,
      other,
      callers,
      admin: { name: 'admin key', headers: bearer(planted.adminSecret) },
      session: { name: "an admin's session", headers: { cookie } },
    };
  });

  test(
    `${REQUESTS} generated requests: no 5xx, no hang, errors in shape, nothing accepted lost`,
    { timeout: 1_800_000 },
    async (t) => {
      const db = getDb();
      const workspaceId = pools.planted.workspace.id;
      const auditCount = async () =>
        Number(
          (
            await queryRows<{ n: string | number }>(
              db.orm,
              sql`select count(*) as n from audit_log where workspace_id = ${workspaceId}`,
            )
          )[0]?.n ?? 0,
        );
      console.log(`fuzz seed ${SEED} (MOT_FUZZ_SEED=${SEED} repeats this run), ${REQUESTS} requests`);
      const arbitrary = fc.oneof(...operations.map((op) => requestArbitrary(op, pools)));
      const statuses = new Map<number, number>();
      const byOperation: Record<string, Record<number, number>> = {};
      const spent: Record<string, number> = {};
      const failures: string[] = [];
      let expectedMoments = await countMoments(db, workspaceId);
      let audit = await auditCount();
      const started = Date.now();
      const cpu = process.cpuUsage();
      let sent = 0;
      for (let chunk = 0; sent < REQUESTS && failures.length < 50; chunk++) {
        const requests = fc.sample(arbitrary, {
          seed: SEED + chunk,
          numRuns: Math.min(CHUNK, REQUESTS - sent),
        });
        // The planted journey and moments again (deletes may have taken them), so paths keep meeting real things.
        const { planted } = pools;
        const journey = await planted.call('PUT', `/api/journeys/${planted.journey}`, planted.journeyDoc);
        if (journey.status >= 500)
          failures.push(`planting the journey again: ${JSON.stringify(journey.body)}`);
        const again = await planted.call('POST', '/api/moments', { moments: planted.moments });
        if (again.status === 200) expectedMoments += (again.body as { created: number }).created;
        else if (again.status >= 500)
          failures.push(`planting the moments again: ${JSON.stringify(again.body)}`);
        let hung = false;
        const check = async (r: TFuzzRequest, i: number) => {
          const where = `#${chunk * CHUNK + i} (seed ${SEED}, chunk ${chunk}, item ${i}) ${preview(r)}`;
          let res: { status: number; text: string; type: string };
          const sentAt = performance.now();
          try {
            res = await send(app, r);
            spent[r.operation] = (spent[r.operation] ?? 0) + performance.now() - sentAt;
          } catch (error) {
            failures.push(`${(error as Error).message}: ${where}`);
            hung = true;
            return;
          }
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const byStatus = (byOperation[r.operation] ??= {});
          byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
          let body: unknown = null;
          try {
            body = res.text ? JSON.parse(res.text) : null;
          } catch {
            body = res.text;
          }
          if (res.status >= 500) failures.push(`${res.status} ${res.text.slice(0, 300)}: ${where}`);
          else if (
            res.status >= 400 &&
            r.method !== 'HEAD' &&
            !isErrorShape(body) &&
            !answersPageToBrowser(r.operation, r.headers, res.type)
          ) {
            failures.push(`error not in shape: ${res.status} ${res.text.slice(0, 300)}: ${where}`);
          }
          // What the answer says it changed in the planted workspace's moments.
          const inPlanted = r.caller.name !== "another workspace's admin key";
          if (inPlanted && res.status === 200 && r.method === r.operation.split(' ')[0]) {
            if (r.operation === 'POST /api/moments') expectedMoments += (body as { created: number }).created;
            if (r.operation === 'DELETE /api/moments/{eventId}') expectedMoments -= 1;
            if (r.operation === 'DELETE /api/customers/{customer}') {
              expectedMoments -= (body as { erased: { moments: number } }).erased.moments;
            }
          }
        };
        // A few requests in flight at once, as a server meets them; the chunk ends before anything is counted.
        let next = 0;
        const worker = async () => {
          while (next < requests.length && !hung) {
            const i = next++;
            await check(requests[i]!, i);
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        sent += requests.length;
        if (hung) break;
        const stored = await countMoments(db, workspaceId);
        if (stored !== expectedMoments) {
          failures.push(
            `moments: the answers account for ${expectedMoments}, ${stored} are stored (after #${sent - 1}, seed ${SEED})`,
          );
          expectedMoments = stored;
        }
        const nowAudit = await auditCount();
        if (nowAudit < audit)
          failures.push(`audit entries went from ${audit} to ${nowAudit} (after #${sent - 1}, seed ${SEED})`);
        audit = nowAudit;
      }
      const seconds = (Date.now() - started) / 1000;
      const histogram = Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0]));
      const used = process.cpuUsage(cpu);
      // Wall time depends on what else the machine runs; CPU time of this process (PGlite included) does not.
      const cpuSeconds = (used.user + used.system) / 1e6;
      const summary = `seed ${SEED}: ${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s, ${cpuSeconds.toFixed(1)} s of this process's CPU); statuses ${JSON.stringify(histogram)}; ${expectedMoments} moments stored`;
      t.diagnostic(summary);
      console.log(summary);
      // MOT_FUZZ_VERBOSE=1 shows how far each operation got (how many requests passed validation).
      if (process.env['MOT_FUZZ_VERBOSE']) {
        for (const [operation, byStatus] of Object.entries(byOperation).sort()) {
          console.log(`${operation}: ${Math.round(spent[operation] ?? 0)} ms, ${JSON.stringify(byStatus)}`);
        }
      }
      assert.deepEqual(failures, [], `MOT_FUZZ_SEED=${SEED} repeats this run`);
      assert.ok(sent >= REQUESTS, `only ${sent} of ${REQUESTS} requests were sent`);
    },
  );
});
