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
import { fillPath, readOperations } from '../testing/openapi-operations.ts';
import type { TOperation } from '../testing/openapi-operations.ts';
import { plantWorkspace } from '../testing/plant-workspace.ts';
import type { TPlantedWorkspace } from '../testing/plant-workspace.ts';
import {
  RawJson,
  arbitraryOf,
  hostileNumber,
  hostileString,
  toJsonText,
} from '../testing/schema-arbitrary.ts';

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

type TCaller = { name: string; headers: Record<string, string> };
type TFuzzRequest = {
  caller: TCaller;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  operation: string;
};

/** What the requests may name: the planted workspace's things, and a few ids the fuzz itself reuses. */
type TPools = {
  planted: TPlantedWorkspace;
  other: TPlantedWorkspace;
  callers: TCaller[];
  admin: TCaller;
  session: TCaller;
};

const fuzzIds = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** A header value as HTTP allows it (Latin-1, no control characters): the client would refuse others. */
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e\x80-\xff]/g, '?');

/** Bytes that are not UTF-8: stray continuation bytes, overlong forms, encoded surrogates, GBK's 中文. */
const BAD_BYTES = [
  [0x80],
  [0xff],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe0, 0x80],
  [0xc3],
  [0xd6, 0xd0, 0xce, 0xc4],
];

const CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'application/json; charset=gbk',
  'application/json;charset="GB2312"',
  'application/json; charset=utf-16',
  'application/json; charset=iso-8859-1',
  'application/json; charset=',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
];

function pathValues(pools: TPools, name: string, path: string): string[] {
  const p = pools.planted;
  const byName: Record<string, string[]> = {
    journey: path.startsWith('/api/packs/')
      ? [p.packJourney, 'nope']
      : [p.journey, pools.other.journey, 'nope'],
    pack: [p.pack, 'nope'],
    stage: ['contact', 'fix', 'nope'],
    touchpoint: ['hotline', 'visit', 'callback', 'nope'],
    measure: ['wait_seconds', 'arrival_hours', 'fixed', 'nope'],
    key: [p.episode, ...fuzzIds('fz-ep-', 3)],
    customer: [p.customer, pools.other.customer, ...fuzzIds('fz-c-', 3)],
    eventId: [...p.eventIds, ...fuzzIds('fz-ev-', 12)],
    userId: [p.memberUserId, pools.other.memberUserId],
    id: [p.keyId, pools.other.keyId],
  };
  return byName[name] ?? ['x'];
}

/** Values for body properties by name, so generated moments and outcomes name things that exist. */
function hints(pools: TPools): Record<string, fc.Arbitrary<unknown>> {
  const p = pools.planted;
  const named = {
    journey: fc.constantFrom(p.journey, pools.other.journey),
    touchpoint: fc.constantFrom('hotline', 'visit', 'callback'),
    stage: fc.constantFrom('contact', 'fix'),
    customer: fc.constantFrom(p.customer, ...fuzzIds('fz-c-', 3)),
    episode: fc.constantFrom(p.episode, ...fuzzIds('fz-ep-', 3)),
    eventId: fc.constantFrom(...fuzzIds('fz-ev-', 12)),
    occurredAt: fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2027-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
    measures: fc.dictionary(
      fc.constantFrom('wait_seconds', 'arrival_hours', 'fixed', 'nope'),
      fc.oneof(fc.double({ min: -10, max: 1000, noNaN: true }), fc.boolean(), hostileNumber),
      { maxKeys: 3 },
    ),
  };
  // Whole items that pass validation, so batches get past it to storage as often as they are refused.
  const moment = fc.record(
    {
      ...named,
      journey: fc.constant(p.journey),
      rating: fc.integer({ min: 1, max: 5 }),
      comment: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), hostileString),
      attributes: fc.dictionary(
        fc.constantFrom('phone', 'tier', 'region'),
        fc.oneof(fc.string({ maxLength: 12 }), fc.integer()),
        { maxKeys: 2 },
      ),
    },
    { requiredKeys: ['eventId', 'journey', 'touchpoint', 'customer', 'episode', 'occurredAt'] },
  );
  const outcome = fc.record(
    {
      journey: fc.constant(p.journey),
      customer: named.customer,
      episode: named.episode,
      overall: fc.double({ min: 0, max: 10, noNaN: true }),
      nps: fc.integer({ min: 0, max: 10 }),
      churned: fc.boolean(),
    },
    { requiredKeys: ['journey', 'customer', 'episode'] },
  );
  return {
    ...named,
    moments: fc.array(fc.oneof({ weight: 4, arbitrary: moment }, { weight: 1, arbitrary: fc.anything() }), {
      maxLength: 5,
    }),
    outcomes: fc.array(outcome, { maxLength: 4 }),
  };
}

/** A body: mostly JSON generated from the schema, else other JSON, broken JSON, bytes that are not UTF-8, deep nesting. */
function bodyArbitrary(op: TOperation, pools: TPools): fc.Arbitrary<string | Uint8Array> {
  const valid = (op.body ? arbitraryOf(op.body, { hints: hints(pools) }) : fc.jsonValue({ maxDepth: 2 })).map(
    toJsonText,
  );
  const deep = fc
    .tuple(fc.constantFrom(1_000, 10_000, 100_000), fc.constantFrom('array', 'object', 'in moments'))
    .map(([n, shape]) => {
      if (shape === 'object') return `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
      const nested = `${'['.repeat(n)}${']'.repeat(n)}`;
      return shape === 'array' ? nested : `{"moments":[${nested}],"outcomes":[${nested}]}`;
    });
  return fc.oneof(
    { weight: 75, arbitrary: valid },
    { weight: 4, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.nat()).map(([t, i]) => t.slice(0, i % Math.max(t.length, 1))),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.nat(), fc.constantFrom(...BAD_BYTES)).map(([t, i, bad]) => {
        const bytes = new TextEncoder().encode(t);
        const at = i % (bytes.length + 1);
        return new Uint8Array([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]);
      }),
    },
    { weight: 3, arbitrary: deep },
    { weight: 2, arbitrary: fc.constant('') },
  );
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Percent-encodes text; a lone surrogate (which has no UTF-8) goes as the bytes of its 3-byte form. */
const encodeSegment = (s: string) =>
  s
    .split(LONE_SURROGATE)
    .map((part) => encodeURIComponent(part))
    .join('%ED%A0%80');

/** A path segment: the planted thing mostly, another known value often, else one from the schema, else a hostile one (some not encoded). */
function segmentArbitrary(pools: TPools, op: TOperation, name: string): fc.Arbitrary<string> {
  const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
  const text = (v: unknown) => (v instanceof RawJson ? v.text : String(v));
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(pathValues(pools, name, op.path)[0] ?? '').map(encodeSegment) },
    { weight: 4, arbitrary: fc.constantFrom(...pathValues(pools, name, op.path)).map(encodeSegment) },
    { weight: 4, arbitrary: arbitraryOf(schema).map((v) => encodeSegment(text(v))) },
    { weight: 2, arbitrary: hostileString.map((s) => encodeSegment(s.slice(0, 3000))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%',
        '%zz',
        '%ff',
        '%c0%af',
        '%ed%a0%80',
        '%00',
        '..',
        '.',
        '%2F',
        '%2e%2e',
        '',
      ),
    },
  );
}

function queryArbitrary(op: TOperation): fc.Arbitrary<string> {
  const text = (v: unknown) =>
    v instanceof RawJson ? v.text : typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  const declared = op.parameters
    .filter((p) => p.in === 'query')
    .map((p) =>
      fc.option(
        arbitraryOf(p.schema).map((v) => [p.name, text(v)] as const),
        { nil: undefined, freq: 2 },
      ),
    );
  const extra = fc.array(
    fc.tuple(
      fc.constantFrom(
        'segment.phone',
        'segment.tier',
        'segment.',
        'segment.__proto__',
        'limit',
        'before',
        '__proto__',
        'x',
      ),
      fc.oneof(hostileString, fc.string({ maxLength: 8 })),
    ),
    { maxLength: 2 },
  );
  return fc
    .tuple(
      fc.tuple(...declared),
      extra,
      fc.constantFrom('', '', '', '', '&bad=%E0%A4%A', '&=&&', '&limit=1&limit=2'),
    )
    .map(([pairs, more, raw]) => {
      const query = new URLSearchParams();
      for (const pair of [...pairs, ...more]) if (pair) query.append(pair[0], pair[1].slice(0, 3000));
      const text = `${query}${raw}`;
      return text.length > 0 ? `?${text}` : '';
    });
}

function requestArbitrary(op: TOperation, pools: TPools): fc.Arbitrary<TFuzzRequest> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const segments = fc.tuple(...names.map((n) => segmentArbitrary(pools, op, n)));
  const caller = fc.oneof(
    { weight: 50, arbitrary: fc.constant(pools.admin) },
    { weight: 30, arbitrary: fc.constantFrom(...pools.callers) },
    { weight: 12, arbitrary: fc.constant(pools.session) },
    {
      weight: 3,
      arbitrary: fc.constant({
        name: "another workspace's admin key",
        headers: { ...pools.callers[0]!.headers },
      }),
    },
    { weight: 2, arbitrary: fc.constant({ name: 'anonymous', headers: {} }) },
  );
  /** An optional header: present in about one request of ten. */
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
  const headers = fc.record({
    'content-type': fc.oneof(
      { weight: 17, arbitrary: fc.constant('application/json') },
      { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    ),
    'x-workspace': sometimes(
      fc.oneof(
        fc.constant(pools.planted.workspace.key),
        fc.constant(pools.other.workspace.key),
        hostileString.map(headerSafe),
      ),
    ),
    origin: sometimes(fc.constantFrom('http://localhost', 'https://evil.example', 'null')),
    'x-forwarded-for': sometimes(fc.constantFrom('10.0.0.1', '::1, 1.2.3.4', 'garbage')),
    accept: sometimes(fc.constantFrom('*/*', 'text/html', 'application/json;q=0')),
  });
  const method = fc.oneof(
    { weight: 19, arbitrary: fc.constant(op.method) },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') },
  );
  const body = op.body
    ? bodyArbitrary(op, pools)
    : fc.oneof(
        { weight: 9, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: bodyArbitrary(op, pools) },
      );
  return fc.record({ segments, query: queryArbitrary(op), caller, headers, method, body }).map((r) => {
    const values = Object.fromEntries(names.map((n, i) => [n, r.segments[i] ?? '']));
    const all: Record<string, string> = { ...r.caller.headers };
    for (const [name, value] of Object.entries(r.headers)) if (value !== undefined) all[name] = value;
    if (r.caller.name === "another workspace's admin key") all['x-workspace'] = pools.planted.workspace.key;
    if (all['content-type'] === '') delete all['content-type'];
    const hasBody = r.method !== 'GET' && r.method !== 'HEAD' && r.body !== undefined;
    return {
      caller: r.caller,
      method: r.method,
      url: fillPath(op.path, values, true) + r.query,
      headers: all,
      body: hasBody ? r.body : undefined,
      operation: `${op.method} ${op.path}`,
    };
  });
}

/** Whether a body is our error shape: `{error: {code, message, path}}`. */
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
async function send(app: TAppWithAuth, r: TFuzzRequest): Promise<{ status: number; text: string }> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
  });
  const answer = (async () => {
    const res = await app.request(r.url, { method: r.method, headers: r.headers, body: r.body });
    return { status: res.status, text: await res.text() };
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
          let res: { status: number; text: string };
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
          else if (res.status >= 400 && r.method !== 'HEAD' && !isErrorShape(body)) {
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
      const summary = `seed ${SEED}: ${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s); statuses ${JSON.stringify(histogram)}; ${expectedMoments} moments stored`;
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
