import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, ensureWorkspace, putJourney, startServer } from '@mot/server';
import { forEachDatabase } from '../../../server/src/testing/databases.ts';
import { Command } from 'commander';
import { registerImportCommand } from '../commands/import.ts';
import { createDatabaseSink } from './database-sink.ts';
import { createHttpSink } from './http-sink.ts';
import { importMoments } from './import-moments.ts';

let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 'mot-import-db-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

const journey = {
  key: 'repair',
  name: 'Repair',
  stages: [{ key: 'visit', name: 'Visit', kind: 'delivery' }],
  touchpoints: [
    {
      key: 'on_site',
      name: 'On site',
      stage: 'visit',
      channel: 'on_site',
      owner: 'Field service',
      measures: [
        {
          key: 'arrival_hours',
          unit: 'hours',
          direction: 'lower_is_better',
          standard: { target: 24, floor: 48 },
        },
      ],
    },
  ],
};

/** 10 rows: 2 refused by the server (unknown touchpoint), 1 bad number, 1 ragged; 3 arrivals beyond the floor. */
function writeCsv(name: string): string {
  const rows = ['case_no,step,cust,at,arrival'];
  for (let i = 1; i <= 10; i += 1) {
    const step = i === 4 || i === 7 ? 'nowhere' : 'on_site';
    const arrival = i === 5 ? '3x' : String(i <= 3 ? 50 + i : 10 + i);
    rows.push(
      i === 9 ? `K${i},${step}` : `K${i},${step},c${i},2025-04-0${i % 9 || 1}T10:00:00+08:00,${arrival}`,
    );
  }
  const path = join(dir, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

const mapping = {
  episode: 'case_no',
  touchpoint: 'step',
  customer: 'cust',
  occurredAt: 'at',
  measures: { arrival_hours: 'arrival' },
};

function writeMapping(): string {
  const path = join(dir, 'mapping.json');
  writeFileSync(path, JSON.stringify(mapping));
  return path;
}

/** Runs `mot import ...` as the CLI would, capturing what it prints. */
async function runCommand(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const program = new Command('mot').exitOverride();
  registerImportCommand(program);
  const printed = { stdout: '', stderr: '' };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  process.stdout.write = ((chunk: string) => (printed.stdout += chunk) !== '') as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => (printed.stderr += chunk) !== '') as typeof process.stderr.write;
  try {
    await program.parseAsync(['node', 'mot', ...args]);
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
  return printed;
}

forEachDatabase('mot import into a database', (getDb) => {
  test('creates the valid rows, rejects the rest with line and reason, and a second import adds nothing', async () => {
    const db = getDb();
    const workspace = await ensureWorkspace(db, { key: 'import-test', name: 'Import test' });
    await putJourney(db, workspace.id, journey);
    const sink = await createDatabaseSink(db, 'import-test');
    const file = writeCsv('arrivals.csv');
    const first = await importMoments({ file, journey: 'repair', sink, mapping, batchSize: 4 });
    assert.deepEqual(
      [first.rowsRead, first.created, first.duplicates, first.rejected, first.breaches],
      [10, 6, 0, 4, 3],
    );
    const rejects = readFileSync(`${file}.rejects.csv`, 'utf8').trim().split('\n');
    assert.equal(rejects[0], 'line,reason,row');
    assert.deepEqual(
      rejects
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
      ['10', '5', '6', '8'],
    );
    assert.match(
      rejects.join('\n'),
      /^6,"measures\.arrival_hours \(column ""arrival""\): ""3x"" is not a number/m,
    );
    assert.match(rejects.join('\n'), /^5,"touchpoint \(column ""step""\): .*nowhere/m);
    const second = await importMoments({ file, journey: 'repair', sink, mapping, batchSize: 4 });
    assert.deepEqual([second.created, second.duplicates, second.rejected], [0, 6, 4]);
    await assert.rejects(createDatabaseSink(db, 'nope'), /--workspace nope: no such workspace/);
  });

  test('--server posts to the API with the same report', async () => {
    const db = getDb();
    const workspace = await ensureWorkspace(db, { key: 'import-http', name: 'Import over HTTP' });
    await putJourney(db, workspace.id, journey);
    const server = await startServer({ db, port: 0, host: '127.0.0.1' });
    try {
      const file = writeCsv('over-http.csv');
      const { secret } = await createApiKey(db, {
        workspaceId: workspace.id,
        name: 'import',
        role: 'ingest',
      });
      const sink = createHttpSink(server.url, { apiKey: secret });
      const first = await importMoments({ file, journey: 'repair', sink, mapping });
      assert.deepEqual([first.created, first.rejected, first.breaches], [6, 4, 3]);
      const second = await importMoments({ file, journey: 'repair', sink, mapping });
      assert.deepEqual([second.created, second.duplicates], [0, 6]);
      const printed = await runCommand([
        ...['import', writeCsv('command.csv'), '--journey', 'repair', '--mapping', writeMapping()],
        ...['--workspace', 'import-http', '--server', server.url, '--key', secret, '--format', 'json'],
      ]);
      assert.deepEqual(
        { ...JSON.parse(printed.stdout), seconds: 0, rowsPerSecond: 0, file: '' },
        {
          ...{ file: '', rowsRead: 10, created: 6, duplicates: 0, rejected: 4, breaches: 3 },
          ...{ seconds: 0, rowsPerSecond: 0, rejectsFile: `${join(dir, 'command.csv')}.rejects.csv` },
        },
      );
      assert.match(printed.stderr, /4 rows rejected: see .*command\.csv\.rejects\.csv/);
      await assert.rejects(
        createHttpSink(server.url, { apiKey: secret, workspaceKey: 'no-such-workspace' }).send([]),
        /answered 404 \(workspace_not_found/,
      );
      await assert.rejects(
        createHttpSink(server.url, { apiKey: 'mot_not-a-key' }).send([]),
        /answered 401 \(unauthenticated/,
      );
    } finally {
      await server.close();
    }
  });

  test('rows with text the database cannot store, a bad offset, a reserved key or a conflicting event id go to the rejects; the exit status says so', async () => {
    const db = getDb();
    const workspace = await ensureWorkspace(db, { key: 'import-hard', name: 'Import hardening' });
    await putJourney(db, workspace.id, journey);
    const sink = await createDatabaseSink(db, 'import-hard');
    const line = (eventId: string, extra: string) =>
      `{"eventId":"${eventId}","touchpoint":"on_site","customer":"c-${eventId}","episode":"k-${eventId}",` +
      `"occurredAt":"2025-04-01T10:00:00+08:00","measures":{"arrival_hours":10}${extra}}`;
    const file = join(dir, 'hard.jsonl');
    writeFileSync(
      file,
      [
        line('h1', ''),
        line('h2', ',"comment":"slow \\ud800"'),
        line('h3', '').replace('+08:00', '+23:59'),
        line('h4', '').replace('"measures":{', '"measures":{"__proto__":1,'),
        line('h5', ',"attributes":{"region":"\\udc00"}'),
        line('h6', ''),
      ].join('\n'),
    );
    const first = await importMoments({ file, journey: 'repair', sink, batchSize: 100 });
    assert.deepEqual([first.rowsRead, first.created, first.rejected], [6, 2, 4]);
    const rejects = readFileSync(`${file}.rejects.csv`, 'utf8');
    assert.match(rejects, /^2,"comment \(property ""comment""\): contains a lone UTF-16 surrogate/m);
    assert.match(rejects, /^3,"occurredAt \(property ""occurredAt""\): the UTC offset \+23:59 is beyond/m);
    assert.match(
      rejects,
      /^4,"measures\.__proto__ \(property ""measures\.__proto__""\): ""__proto__"" is a reserved/m,
    );
    assert.match(rejects, /^5,"attributes\.region: contains a lone UTF-16 surrogate/m);

    const changed = join(dir, 'changed.jsonl');
    writeFileSync(
      changed,
      [line('h1', '').replace('"c-h1"', '"c-other"'), line('h6', ''), line('h7', '')].join('\n'),
    );
    const second = await importMoments({ file: changed, journey: 'repair', sink });
    assert.deepEqual([second.created, second.duplicates, second.rejected], [1, 1, 1]);
    assert.match(
      readFileSync(`${changed}.rejects.csv`, 'utf8'),
      /^1,"eventId \(property ""eventId""\): event id ""h1"" is already stored with other data \(customer\)/m,
    );
  });

  test('mot import exits 2 when rows were rejected and 0 when every row was taken', async () => {
    const db = getDb();
    const workspace = await ensureWorkspace(db, { key: 'import-exit', name: 'Import exit status' });
    await putJourney(db, workspace.id, journey);
    const server = await startServer({ db, port: 0, host: '127.0.0.1' });
    const { secret } = await createApiKey(db, {
      workspaceId: workspace.id,
      name: 'import',
      role: 'ingest',
    });
    const run = async (file: string) => {
      process.exitCode = undefined;
      await runCommand([
        ...['import', file, '--journey', 'repair', '--mapping', writeMapping()],
        ...['--workspace', 'import-exit', '--server', server.url, '--key', secret],
      ]);
      const code = process.exitCode;
      process.exitCode = undefined;
      return code ?? 0;
    };
    try {
      assert.equal(await run(writeCsv('exit-rejects.csv')), 2);
      const clean = join(dir, 'exit-clean.csv');
      writeFileSync(clean, 'case_no,step,cust,at,arrival\nZ1,on_site,c1,2025-04-01T10:00:00+08:00,5\n');
      assert.equal(await run(clean), 0);
      let help = '';
      const program = new Command('mot');
      registerImportCommand(program);
      const command = program.commands.find((c) => c.name() === 'import');
      command?.configureOutput({ writeOut: (text) => (help += text) }).outputHelp();
      assert.match(help, /Exit status:\n\s+0 .*\n\s+1 .*\n\s+2 .*some rows were rejected/);
    } finally {
      await server.close();
    }
  });
});
