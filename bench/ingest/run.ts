// Ingestion benchmark: N moments through the HTTP batch API into PGlite and PostgreSQL, against the ceiling
// of a bare COPY of the same rows into the same database, with the access layer (an ingest API key) and
// without it (a bare server calling the same ingestion), alternating `--rounds` times on fresh databases.
// Run deliberately (it takes minutes at 1,000,000):
//   node --import tsx bench/ingest/run.ts [--moments 1000000] [--db both|pglite|postgres] [--concurrency 2]
//     [--access both|on|off] [--rounds 1]
// PostgreSQL: a throw-away database is created next to MOT_BENCH_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards. BENCH_PROF=1 writes a CPU profile
// of the server process to /tmp/prof.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createScratchDatabase } from '../../packages/server/src/testing/scratch-database.ts';
import { copyChunks } from './copy-rows.ts';
import { episodeCount, requestBodies } from './workload.ts';
import type { TWorkload } from './workload.ts';

const { values } = parseArgs({
  options: {
    moments: { type: 'string', default: '1000000' },
    customers: { type: 'string' },
    touchpoints: { type: 'string', default: '20' },
    batch: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '2' },
    db: { type: 'string', default: 'both' },
    access: { type: 'string', default: 'both' },
    rounds: { type: 'string', default: '1' },
  },
});
const moments = Number(values.moments);
const workload: TWorkload = {
  moments,
  customers: Number(values.customers ?? Math.max(1, Math.round(moments / 5))),
  touchpoints: Number(values.touchpoints),
  batchSize: Number(values.batch),
};
const concurrency = Number(values.concurrency);

type TChild = {
  child: ChildProcess;
  url: string;
  workspaceId: string;
  secret: string | null;
  ask<T>(message: object, reply: string): Promise<T>;
};

function startChild(env: NodeJS.ProcessEnv): Promise<TChild> {
  const child = fork(new URL('./server-child.ts', import.meta.url), [], {
    env: { ...process.env, ...env },
    execArgv: [
      '--import',
      'tsx',
      ...(process.env['BENCH_PROF'] ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
    ],
  });
  const ask = <T>(message: object, reply: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type: string; message?: string }) => {
        if (m.type === 'error') reject(new Error(m.message));
        if (m.type !== reply) return;
        child.off('message', onMessage);
        resolve(m as T);
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    const onExit = (code: number | null) => reject(new Error(`server exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (m: { type: string; url: string; workspaceId: string; secret: string | null }) => {
      child.off('exit', onExit);
      resolve({ child, url: m.url, workspaceId: m.workspaceId, secret: m.secret, ask });
    });
  });
}

/** Asks the server to close (PGlite flushes on close) and waits for it to exit. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.send({ type: 'stop' });
  });
}

let resent = 0;

/**
 * One request. A connection the server closed (a keep-alive socket reused just as it timed out) is sent
 * again, at most twice: ingestion is idempotent by event id, so a batch that did commit comes back as
 * duplicates, which `ingestAll` counts with the created ones.
 */
async function call(url: string, method: string, body: string, secret: string | null): Promise<unknown> {
  const send = () =>
    fetch(url, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      },
      body,
    });
  let res: Response | undefined;
  for (let attempt = 0; res === undefined; attempt += 1) {
    try {
      res = await send();
    } catch (error) {
      if (attempt >= 2) throw error;
      resent += 1;
    }
  }
  const json = (await res.json()) as unknown;
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

/** Sends every body with `concurrency` requests in flight; sums the reports. */
async function ingestAll(
  url: string,
  bodies: string[],
  secret: string | null,
): Promise<{ created: number; breaches: number }> {
  let next = 0;
  let created = 0;
  let breaches = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++] ?? '';
      const report = (await call(`${url}/api/moments`, 'POST', body, secret)) as {
        created: number;
        duplicates: number;
        breaches: number;
      };
      created += report.created + report.duplicates;
      breaches += report.breaches;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { created, breaches };
}

/** One run on a fresh database: HTTP ingestion of every body, then the bare COPY ceiling. Moments/s. */
async function runOn(
  kind: 'pglite' | 'postgres',
  access: 'on' | 'off',
  bodies: string[],
  copyFiles: (ws: string) => string[],
): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-bench-'));
  const scratch =
    kind === 'postgres'
      ? await createScratchDatabase(
          process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
          'mot_bench',
        )
      : undefined;
  const server = await startChild({
    ...(scratch ? { DATABASE_URL: scratch.url } : { MOT_DATA_DIR: dataDir, DATABASE_URL: '' }),
    MOT_BENCH_ACCESS: access,
    MOT_BENCH_TOUCHPOINTS: String(workload.touchpoints),
  });
  try {
    const before = await server.ask<{ cpuMs: number }>({ type: 'rss' }, 'rss');
    const start = performance.now();
    const { created, breaches } = await ingestAll(server.url, bodies, server.secret);
    const seconds = (performance.now() - start) / 1000;
    if (created !== workload.moments) throw new Error(`created ${created} of ${workload.moments} moments`);
    const { maxRssKb, cpuMs } = await server.ask<{ maxRssKb: number; cpuMs: number }>({ type: 'rss' }, 'rss');
    const serverCpu = (cpuMs - before.cpuMs) / 1000;
    const { ms } = await server.ask<{ ms: number }>(
      { type: 'copy', files: copyFiles(server.workspaceId) },
      'copy',
    );
    const rate = created / seconds;
    if (resent > 0)
      console.log(`(${resent} request${resent > 1 ? 's' : ''} sent again after a closed connection)`);
    resent = 0;
    const copyRate = workload.moments / (ms / 1000);
    console.log(
      `${kind.padEnd(8)} access ${access.padEnd(3)} HTTP ingest ${created} moments (+${breaches} breaches) in ${seconds.toFixed(1)} s = ${Math.round(rate)} moments/s; ` +
        `server CPU ${serverCpu.toFixed(1)} s; peak server RSS ${Math.round(maxRssKb / 1024)} MB; bare COPY ${(ms / 1000).toFixed(1)} s = ` +
        `${Math.round(copyRate)} rows/s; ratio ${((100 * rate) / copyRate).toFixed(0)}%`,
    );
    await stopChild(server.child);
    return rate;
  } finally {
    server.child.kill();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

console.log(
  `workload: ${workload.moments} moments, ${workload.customers} customers, ${workload.touchpoints} touchpoints, ` +
    `batches of ${workload.batchSize}, ${concurrency} in flight`,
);
// What the ceiling is, stated where the figures are: the same moment rows, into the same kind of table
// (its indexes: the primary key and the unique event-id index; jsonb measures and attributes), one stream.
// It leaves out the customers, episodes and breaches that HTTP ingestion writes besides.
console.log(
  `ceiling: bare COPY (CSV, one stream, 100,000-row chunks) of the same ${workload.moments} moment rows into a ` +
    `fresh table LIKE moments INCLUDING ALL (13 columns incl. jsonb measures/attributes; primary key and unique ` +
    `event-id index); it does not write the ${workload.customers} customers, ${episodeCount(workload)} ` +
    `episodes and the breaches that HTTP ingestion also writes`,
);
const t0 = performance.now();
const bodies = requestBodies(workload);
console.log(`prepared ${bodies.length} request bodies in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const copyDir = mkdtempSync(join(tmpdir(), 'mot-bench-copy-'));
const copyFiles = (workspaceId: string) =>
  copyChunks(workload, workspaceId, 100_000).map((chunk, i) => {
    const file = join(copyDir, `chunk-${i}.csv`);
    writeFileSync(file, chunk);
    return file;
  });
const rounds = Number(values.rounds);
const modes = (['off', 'on'] as const).filter((m) => values.access === 'both' || values.access === m);
try {
  for (const kind of ['pglite', 'postgres'] as const) {
    if (values.db !== 'both' && values.db !== kind) continue;
    const rates: Record<'on' | 'off', number[]> = { on: [], off: [] };
    // Alternating off, on, off, on, ... so that a drift of the machine's load touches both alike.
    for (let round = 0; round < rounds; round += 1) {
      for (const access of modes) rates[access].push(await runOn(kind, access, bodies, copyFiles));
    }
    if (modes.length === 2) {
      const [on, off] = [median(rates.on), median(rates.off)];
      console.log(
        `${kind.padEnd(8)} access layer: median ${Math.round(on)} moments/s with an API key against ${Math.round(off)} without ` +
          `(${rounds} run${rounds > 1 ? 's' : ''} each) = ${((100 * on) / off).toFixed(1)}% of the throughput without it`,
      );
    }
  }
} finally {
  rmSync(copyDir, { recursive: true, force: true });
}
