// Answer submission under load (issue #12): POST /api/public/surveys/{token} at a steady rate (default 200
// answers a second for 60 s) against the real HTTP server on loopback, on PostgreSQL (a scratch database),
// each answer a touchpoint rating, an NPS and a comment. The submission stores the answer and enqueues its
// ingestion job; the server's job runner, in the same process, turns the waiting answers into moments and
// outcomes in batches (scored, judged by the alert rules). Requests are sent open-loop (one every 1/rate s
// whether or not earlier ones answered), so a slow server shows as latency, not as a lower rate.
// Baseline in the same run: GET /api/public/surveys/{token} of the same links at the same rate, just before
// (reading a link: the least a public request does). Prints p50 / p99 / max of both and their ratio, then
// the ingestion lag: from the 201 to the answer's `ingested_at`, read from the database once the backlog is
// ingested (waiting at most --drain seconds), so that the job's throughput shows; the server's CPU time a
// read and a submission (with its ingestion); and the load average.
// Target: submission p99 <= 50 ms. Run only on a quiet machine (load average below 3).
//
//   npm run bench:feedback:answers -w @mot/bench -- --rate 200 --seconds 60 [--profile <dir>]
//
// --profile writes the server's V8 CPU profile into <dir> (`node --cpu-prof`); bench/profile/long-tasks.ts
// then lists the stretches in which its event loop was busy without a break, and with what.
import { fork } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase, queryRows } from '@mot/server';
import { sql } from 'drizzle-orm';
import { createScratchDatabase } from '../../packages/server/src/testing/scratch-database.ts';
import { latencySummary } from '../loop/stats.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    drain: { type: 'string', default: '120' },
    warmup: { type: 'string', default: '3' },
    profile: { type: 'string' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const total = Math.round(rate * seconds);
const drainSeconds = Number(values.drain);
// Answers submitted at the same rate just before the measured ones, on links of their own, and not counted:
// the step from reading to storing answers opens the pool's further connections to the database (each a
// new server process that prepares its statements again) and the first ingestion batch fills the caches,
// which a server under steady load has long done.
const warmup = Math.round(rate * Number(values.warmup));

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

/** What a paced request answered. */
type TAnswered = { status: number; text: string };

// The load generator shares the two cores with the server and the database, so it must cost little: node's
// http client on kept-alive connections takes far less CPU than fetch for the same requests.
// Idle sockets are closed by the client before the server's keep-alive timeout (5 s) can close them, which
// would reset a request sent on one at that moment; the most recently used socket is taken first.
const agent = new Agent({ keepAlive: true, maxSockets: 256, scheduling: 'lifo', timeout: 4000 });

/** A request on loopback through `agent`: its status and body text. */
function send(url: string, method = 'GET', body?: string): Promise<TAnswered> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> =
      body === undefined
        ? {}
        : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const req = httpRequest(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Sends `request(i)` for i < n at `rate` a second, open-loop; the latency of each in ms, what each
 * answered with the wall-clock time (epoch ms) its answer arrived, and the requests that failed (an error
 * status, or the connection reset under load), which are counted and shown rather than stopping the run.
 */
async function paced(
  n: number,
  request: (i: number) => Promise<TAnswered>,
): Promise<{ latencies: number[]; answered: Array<{ body: unknown; at: number }>; failed: string[] }> {
  const latencies: number[] = [];
  const answered: Array<{ body: unknown; at: number }> = [];
  const failed: string[] = [];
  const pending: Array<Promise<void>> = [];
  const started = performance.now();
  for (let i = 0; i < n; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    pending.push(
      request(i)
        .then(({ status, text }) => {
          const at = Date.now();
          latencies.push(performance.now() - sent);
          if (status < 200 || status > 299) failed.push(`${status} ${text.slice(0, 200)}`);
          else answered.push({ body: JSON.parse(text) as unknown, at });
        })
        .catch((error: unknown) => {
          failed.push((error as { code?: string }).code ?? String(error));
        }),
    );
  }
  await Promise.all(pending);
  return { latencies, answered, failed };
}

/** How many requests failed, and the first reason. */
const failures = (failed: readonly string[]) =>
  failed.length === 0 ? 'none failed' : `${failed.length} failed (first: ${failed[0]})`;

/**
 * Waits until no answer waits for ingestion (at most `seconds`), then the lag of each answer from its 201
 * to its `ingested_at` in ms, and how many were still not ingested.
 */
async function ingestionLag(
  url: string,
  answeredAt: ReadonlyMap<string, number>,
  seconds: number,
): Promise<{ lags: number[]; waiting: number; drainedAfterMs: number }> {
  const db = await openDatabase({ url });
  try {
    const started = Date.now();
    let waiting = 0;
    for (;;) {
      const [row] = await queryRows<{ n: number }>(
        db.orm,
        sql`select count(*)::int as n from survey_answers where ingested_at is null`,
      );
      waiting = row?.n ?? 0;
      if (waiting === 0 || Date.now() - started > seconds * 1000) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const drainedAfterMs = Date.now() - started;
    const rows = await queryRows<{ id: string; ingested: number | string }>(
      db.orm,
      sql`select id, extract(epoch from ingested_at) * 1000 as ingested
          from survey_answers where ingested_at is not null`,
    );
    const lags = rows.flatMap((r) => {
      const at = answeredAt.get(r.id);
      return at === undefined ? [] : [Number(r.ingested) - at];
    });
    return { lags, waiting, drainedAfterMs };
  } finally {
    await db.close();
  }
}

const baseUrl = process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = await createScratchDatabase(baseUrl, 'mot_bench_answers');
// The server in its own process (bench/loop's: the bench journey, an admin key, rate limits raised).
const child = fork(new URL('../loop/server-child.ts', import.meta.url), [], {
  env: { ...process.env, DATABASE_URL: scratch.url, MOT_DATA_DIR: '' },
  execArgv: [
    '--import',
    'tsx',
    ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []),
  ],
});
const server = await new Promise<{ url: string; admin: string }>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  child.once('message', (m: { url: string; admin: string }) => resolve(m));
});
/** The server's event loop since the last ask: its delay's p99 and max, and its GC pauses (ms). */
type TLoop = { p99: number; max: number; gcOver20: number; gcMax: number; gcTotal: number };
const loops: TLoop[] = [];
/** The server process's CPU time so far (user and system), in ms; its event loop since the last ask is kept. */
const serverCpu = () =>
  new Promise<number>((resolve) => {
    const listener = (m: { type: string; ms?: number; loop?: TLoop }) => {
      if (m.type !== 'cpu') return;
      child.off('message', listener);
      if (m.loop) loops.push(m.loop);
      resolve(m.ms ?? 0);
    };
    child.on('message', listener);
    child.send({ type: 'cpu' });
  });
try {
  const { url, admin } = server;
  await call(`${url}/api/surveys`, 'POST', admin, {
    key: 'bench-answers',
    name: 'Bench answers',
    journey: 'bench',
    status: 'active',
    definition: {
      pages: [
        {
          name: 'p',
          elements: [
            {
              type: 'rating',
              name: 'tp',
              rateMin: 1,
              rateMax: 5,
              mot: { role: 'touchpoint_rating', touchpoint: 'tp0' },
            },
            { type: 'comment', name: 'why', mot: { role: 'touchpoint_comment', touchpoint: 'tp0' } },
            { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } },
          ],
        },
      ],
    },
  });
  const tokens: string[] = [];
  for (let made = 0; made < total + warmup; made += 1000) {
    const n = Math.min(1000, total + warmup - made);
    const report = await call<{ links: Array<{ url?: string }> }>(
      `${url}/api/surveys/bench-answers/links`,
      'POST',
      admin,
      { links: Array.from({ length: n }, (_, i) => ({ customer: `c${made + i}`, episode: `e${made + i}` })) },
    );
    for (const link of report.links) tokens.push(link.url?.split('/s/')[1] ?? '');
  }
  const comments = [
    '师傅很准时，服务很好',
    'waited too long, nobody called back',
    '还可以',
    'quick and friendly',
  ];
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const loadBefore = load();
  console.error(`${total} links minted; reading them at ${rate}/s`);
  const cpuBeforeReads = await serverCpu();
  const { latencies: reads, failed: readsFailed } = await paced(total, (i) =>
    send(`${url}/api/public/surveys/${tokens[i]}`),
  );
  const cpuAfterReads = await serverCpu();
  console.error(`warming up: ${warmup} submissions at ${rate}/s, not counted`);
  const { failed: warmupFailed } = await paced(warmup, (i) =>
    send(
      `${url}/api/public/surveys/${tokens[total + i]}`,
      'POST',
      JSON.stringify({ answers: { tp: 1 + (i % 5), nps: i % 11, why: comments[i % comments.length] } }),
    ),
  );
  const cpuAfterWarmup = await serverCpu();
  console.error(`submitting at ${rate}/s`);
  const {
    latencies: submits,
    answered,
    failed: submitsFailed,
  } = await paced(total, (i) =>
    send(
      `${url}/api/public/surveys/${tokens[i]}`,
      'POST',
      JSON.stringify({ answers: { tp: 1 + (i % 5), nps: i % 11, why: comments[i % comments.length] } }),
    ),
  );
  const loadAfterSubmits = load();
  await serverCpu();
  const [, duringReads, , duringSubmits] = loops;
  const loopLine = (what: string, l: TLoop | undefined) =>
    l
      ? `  server event loop during the ${what}: delay p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(1)} ms; GC ${l.gcTotal.toFixed(0)} ms in all, ${l.gcOver20} pauses over 20 ms, longest ${l.gcMax.toFixed(1)} ms`
      : '';
  console.error(`waiting for the ingestion backlog (at most ${drainSeconds} s)`);
  const answeredAt = new Map(answered.map((a) => [(a.body as { answer: string }).answer, a.at]));
  const ingestion = await ingestionLag(scratch.url, answeredAt, drainSeconds);
  const cpuAfterIngestion = await serverCpu();
  const read = latencySummary(reads);
  const submit = latencySummary(submits);
  const lag = latencySummary(ingestion.lags);
  const ms = (v: number | null) => (v === null ? '-' : `${v.toFixed(1)} ms`);
  console.log(
    [
      `answers: ${total} at ${rate}/s for ${seconds} s, PostgreSQL, HTTP on loopback`,
      `  load average (1, 5, 15 min): ${loadBefore} before, ${loadAfterSubmits} after the submissions`,
      `  baseline GET /api/public/surveys/{token}: p50 ${ms(read.p50)}, p99 ${ms(read.p99)}, max ${ms(read.max)}; ${failures(readsFailed)}`,
      `  warm-up: ${warmup} submissions, not counted; ${failures(warmupFailed)}`,
      `  POST /api/public/surveys/{token} (stored, job enqueued): p50 ${ms(submit.p50)}, p99 ${ms(submit.p99)}, max ${ms(submit.max)} (target p99 <= 50 ms); ${failures(submitsFailed)}`,
      `  ratio submit/read: p50 ${((submit.p50 ?? 0) / (read.p50 ?? 1)).toFixed(2)}, p99 ${((submit.p99 ?? 0) / (read.p99 ?? 1)).toFixed(2)}`,
      `  server CPU a request: ${((cpuAfterReads - cpuBeforeReads) / total).toFixed(2)} ms a read;` +
        ` ${((cpuAfterIngestion - cpuAfterWarmup) / total).toFixed(2)} ms a submission with its ingestion` +
        ` (CPU time, less sensitive than latency to other work on the machine)`,
      loopLine('reads', duringReads),
      loopLine('submissions', duringSubmits),
      `  ingestion lag, 201 to ingested_at: p50 ${ms(lag.p50)}, p99 ${ms(lag.p99)}, max ${ms(lag.max)} (${lag.n} ingested, ${ingestion.waiting} still waiting ${(ingestion.drainedAfterMs / 1000).toFixed(1)} s after the submissions ended)`,
    ].join('\n'),
  );
} finally {
  agent.destroy();
  child.send({ type: 'stop' });
  await new Promise((resolve) => child.once('exit', resolve));
  await scratch.drop();
}
