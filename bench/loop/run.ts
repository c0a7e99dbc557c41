// The closed loop under load (bench/loop): moments at a steady rate with a share breaching their floor, on
// PostgreSQL, through the whole app (an ingest key, the floor-breach alert rule, a signed webhook channel to a
// receiver on loopback). It prints:
// - ingestion throughput with the alert rules on against off, alternating on fresh batches in the same run;
// - from a breaching batch's acknowledgement to its case being readable through GET /api/cases (p50/p99/max);
// - from that acknowledgement to the case's `case.created` webhook reaching the receiver, signature checked.
// Run deliberately (the default is the 10 minutes at 2,000 moments/s, 5% breaching):
//   node --import tsx bench/loop/run.ts [--minutes 10] [--rate 2000] [--breaching 0.05] [--throughput 100000]
//     [--rounds 2]
// A throw-away database is created next to MOT_BENCH_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { createScratchDatabase } from '../../packages/server/src/testing/scratch-database.ts';
import { latencySummary } from './stats.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '2000' },
    breaching: { type: 'string', default: '0.05' },
    throughput: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '2' },
    batch: { type: 'string', default: '1000' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const breachingShare = Number(values.breaching);
const throughputMoments = Number(values.throughput);
const rounds = Number(values.rounds);
const throughputBatch = Number(values.batch);
/** The paced phase sends a batch every TICK_MS. */
const TICK_MS = 100;

type TChild = { child: ChildProcess; url: string; admin: string; ingest: string };

function startChild(env: NodeJS.ProcessEnv): Promise<TChild> {
  const child = fork(new URL('./server-child.ts', import.meta.url), [], {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    const onExit = (code: number | null) => reject(new Error(`server exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (m: { url: string; admin: string; ingest: string }) => {
      child.off('exit', onExit);
      resolve({ child, url: m.url, admin: m.admin, ingest: m.ingest });
    });
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      resolve(m as T);
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

async function call<T>(url: string, method: string, secret: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json).slice(0, 400)}`);
  return json;
}

let sequence = 0;
const START = Date.UTC(2026, 11, 1);

/**
 * `count` moments; `breaching` of them breach the wait floor (300 s), each at a customer and episode of its
 * own so that each opens a case. The others are at a pool of customers that never breach.
 */
function momentsOf(count: number, breaching: number, prefix: string) {
  const moments = [];
  const breachers: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const i = (sequence += 1);
    const breach = k < breaching;
    const customer = breach ? `${prefix}-b${i}` : `${prefix}-ok${i % 5000}`;
    if (breach) breachers.push(customer);
    moments.push({
      eventId: `${prefix}-${i}`,
      journey: 'bench',
      touchpoint: `tp${i % 20}`,
      customer,
      episode: breach ? `e${i}` : `e${i % 5000}-${Math.floor(i / 50_000)}`,
      occurredAt: new Date(START + i * 10).toISOString(),
      measures: { wait_seconds: breach ? 301 + (i % 600) : i % 300, resolved: true },
    });
  }
  return { body: JSON.stringify({ moments }), breachers };
}

/** Ingests `total` moments as fast as two connections allow; moments per second. */
async function throughput(url: string, secret: string, total: number, prefix: string): Promise<number> {
  const bodies: string[] = [];
  for (let sent = 0; sent < total; sent += throughputBatch) {
    const n = Math.min(throughputBatch, total - sent);
    bodies.push(momentsOf(n, Math.round(n * breachingShare), prefix).body);
  }
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++] ?? '';
      const res = await fetch(`${url}/api/moments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body,
      });
      if (!res.ok) throw new Error(`ingest: ${res.status} ${(await res.text()).slice(0, 300)}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker()]);
  return total / ((performance.now() - started) / 1000);
}

const baseUrl = process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = await createScratchDatabase(baseUrl, 'mot_bench_loop');
const server = await startChild({ DATABASE_URL: scratch.url, MOT_DATA_DIR: '' });
// The receiver closes after the server has stopped: closed first, it refused the deliveries still under way,
// whose retries then met a closed pool.
let closeReceiver: () => void = () => undefined;
try {
  const { url, admin, ingest } = server;

  // The receiver: verifies each webhook's signature and notes when each case's notification arrived.
  const arrivals = new Map<number, number>();
  let badSignatures = 0;
  let webhooks = 0;
  let verifier: Webhook | null = null;
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const body = Buffer.concat(chunks).toString('utf8');
      webhooks += 1;
      try {
        const headers = Object.fromEntries(
          ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(req.headers[h])]),
        );
        const payload = verifier?.verify(body, headers) as {
          type: string;
          data: { details: { caseId?: number } };
        };
        const caseId = payload.data.details.caseId;
        if (payload.type === 'case.created' && caseId !== undefined && !arrivals.has(caseId))
          arrivals.set(caseId, at);
      } catch {
        badSignatures += 1;
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  closeReceiver = () => receiver.close();
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

  const channel = await call<{ secret: string }>(`${url}/api/notification-channels`, 'POST', admin, {
    name: 'bench receiver',
    kind: 'webhook',
    url: receiverUrl,
    subscription: { events: ['case.created'] },
  });
  verifier = new Webhook(channel.secret);
  const rule = {
    key: 'floor',
    name: 'Floor breach',
    severity: 'high',
    opensCase: true,
    condition: { kind: 'floor_breach' },
  };
  await call(`${url}/api/alert-rules`, 'POST', admin, { ...rule, enabled: true });
  const setRules = (enabled: boolean) =>
    call(`${url}/api/alert-rules/floor`, 'PUT', admin, { ...rule, key: undefined, enabled });

  // 1. Throughput, rules off and on alternating, on batches of their own.
  const off: number[] = [];
  const on: number[] = [];
  await throughput(url, ingest, Math.min(20_000, throughputMoments), 'warm');
  for (let r = 0; r < rounds; r += 1) {
    await setRules(false);
    off.push(await throughput(url, ingest, throughputMoments, `off${r}`));
    await setRules(true);
    on.push(await throughput(url, ingest, throughputMoments, `on${r}`));
  }
  const best = (xs: number[]) => Math.max(...xs);
  // The throughput rounds' notifications drain before the paced loop, so it measures its own.
  const drainUntil = performance.now() + 300_000;
  for (let last = -1; webhooks !== last && performance.now() < drainUntil;) {
    last = webhooks;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }

  // 2. The paced loop: a batch every TICK_MS; after each acknowledgement one of its breaching customers'
  // cases is read through the API (one sample per batch), and every webhook is matched to its batch.
  const perTick = Math.round((rate * TICK_MS) / 1000);
  const breachPerTick = Math.round(perTick * breachingShare);
  const readable: number[] = [];
  const acks: number[] = [];
  const firstReads: number[] = [];
  let repolled = 0;
  const ackOfCase = new Map<number, number>();
  const lateTicks: number[] = [];
  const cpuBefore = await ask<{ ms: number }>(server.child, 'cpu');
  const started = performance.now();
  const end = started + minutes * 60_000;
  let tick = 0;
  let sentMoments = 0;
  const inFlight = new Set<Promise<void>>();
  while (performance.now() < end) {
    const due = started + tick * TICK_MS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else lateTicks.push(-wait);
    const { body, breachers } = momentsOf(perTick, breachPerTick, `t${tick}`);
    tick += 1;
    sentMoments += perTick;
    const work = (async () => {
      const posted = performance.now();
      const res = await fetch(`${url}/api/moments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ingest}`, 'content-type': 'application/json' },
        body,
      });
      if (!res.ok) throw new Error(`ingest: ${res.status} ${(await res.text()).slice(0, 300)}`);
      await res.arrayBuffer();
      const acked = performance.now();
      acks.push(acked - posted);
      const sample = breachers[0];
      if (sample === undefined) return;
      for (let polls = 1; ; polls += 1) {
        const asked = performance.now();
        const page = await call<{ cases: Array<{ id: number }> }>(
          `${url}/api/cases?customer=${encodeURIComponent(sample)}`,
          'GET',
          admin,
        );
        const found = page.cases[0];
        if (polls === 1) firstReads.push(performance.now() - asked);
        if (found) {
          readable.push(performance.now() - acked);
          if (polls > 1) repolled += 1;
          ackOfCase.set(found.id, acked);
          return;
        }
        if (performance.now() - acked > 30_000) throw new Error(`no case for ${sample} after 30 s`);
      }
    })();
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = await ask<{ ms: number }>(server.child, 'cpu');
  // Webhooks still on their way get up to 30 s.
  const waitUntil = performance.now() + 30_000;
  while ([...ackOfCase.keys()].some((id) => !arrivals.has(id)) && performance.now() < waitUntil)
    await new Promise((resolve) => setTimeout(resolve, 200));
  const delivered: number[] = [];
  let missing = 0;
  for (const [id, acked] of ackOfCase) {
    const at = arrivals.get(id);
    if (at === undefined) missing += 1;
    else delivered.push(at - acked);
  }

  const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);
  const caseLatency = latencySummary(readable);
  const hookLatency = latencySummary(delivered);
  const lines = [
    `bench/loop on PostgreSQL (${new Date().toISOString()})`,
    `throughput, ${throughputMoments} moments a round, ${(breachingShare * 100).toFixed(0)}% breaching, batches of ${throughputBatch}, 2 connections:`,
    `  rules off: ${off.map((x) => x.toFixed(0)).join(', ')} moments/s (best ${best(off).toFixed(0)})`,
    `  rules on:  ${on.map((x) => x.toFixed(0)).join(', ')} moments/s (best ${best(on).toFixed(0)})`,
    `  on / off (best of each): ${((best(on) / best(off)) * 100).toFixed(1)}%`,
    `paced: ${sentMoments} moments in ${elapsed.toFixed(0)} s = ${(sentMoments / elapsed).toFixed(0)} moments/s (target ${rate}), ${breachPerTick} of every ${perTick} breaching`,
    `  ticks late: ${lateTicks.length} of ${tick} (worst ${ms(latencySummary(lateTicks).max)})`,
    `  server CPU: ${((cpuAfter.ms - cpuBefore.ms) / 1000 / elapsed).toFixed(2)} cores`,
    `  POST /api/moments (batch of ${perTick}) until acknowledged: p50 ${ms(latencySummary(acks).p50)}, p99 ${ms(latencySummary(acks).p99)}`,
    `  one GET /api/cases?customer=: p50 ${ms(latencySummary(firstReads).p50)}, p99 ${ms(latencySummary(firstReads).p99)}; cases not there at the first read: ${repolled}`,
    `  ack -> case readable (n=${caseLatency.n}): p50 ${ms(caseLatency.p50)}, p99 ${ms(caseLatency.p99)}, max ${ms(caseLatency.max)} (target p99 <= 100 ms)`,
    `  ack -> webhook received (n=${hookLatency.n}, ${missing} missing): p50 ${ms(hookLatency.p50)}, p99 ${ms(hookLatency.p99)}, max ${ms(hookLatency.max)} (target p99 <= 1000 ms)`,
    `  webhooks received: ${webhooks}, bad signatures: ${badSignatures}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await new Promise<void>((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.send({ type: 'stop' });
  });
  closeReceiver();
  await scratch.drop();
}
