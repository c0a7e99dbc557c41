import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TMomentInput } from '@mot/core';
import { importMoments } from './import-moments.ts';
import type { TIngestReport, TMomentSink } from './sink.ts';

let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 'mot-import-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A sink that behaves like the server: all-or-nothing batches, idempotent by event id, unknown touchpoints refused. */
function createFakeSink(
  touchpoints: string[],
): TMomentSink & { stored: Map<string, TMomentInput>; calls: number } {
  const stored = new Map<string, TMomentInput>();
  const sink = {
    stored,
    calls: 0,
    async send(moments: TMomentInput[]): Promise<TIngestReport> {
      sink.calls += 1;
      const items: TIngestReport['items'] = moments.map((m, index) =>
        touchpoints.includes(m.touchpoint)
          ? { index, eventId: m.eventId, status: stored.has(m.eventId) ? 'duplicate' : 'created' }
          : {
              index,
              eventId: m.eventId,
              status: 'rejected',
              errors: [
                {
                  code: 'unknown_touchpoint',
                  message: `unknown touchpoint "${m.touchpoint}"`,
                  path: ['touchpoint'],
                },
              ],
            },
      );
      const rejected = items.filter((i) => i.status === 'rejected').length;
      const created = items.filter((i) => i.status === 'created').length;
      if (rejected === 0) for (const m of moments) if (!stored.has(m.eventId)) stored.set(m.eventId, m);
      return {
        ok: rejected === 0,
        created: rejected === 0 ? created : 0,
        duplicates: rejected === 0 ? moments.length - created : 0,
        conflicts: 0,
        rejected,
        breaches: 0,
        items,
      };
    },
  };
  return sink;
}

const csv = [
  'event,touchpoint,customer,episode,occurred_at,measures.wait_seconds',
  'e1,call,c1,k1,2025-03-01T09:00:00+08:00,10',
  'e2,nowhere,c1,k1,2025-03-01T09:05:00+08:00,10',
  'e3,call,c2,k2,2025-03-01T09:10:00+08:00,12a',
  'e4,call,c2,k2',
  '',
  'e5,call,c3,k3,2025-03-01T09:20:00+08:00,',
  'e6,call,c4,k4,2025-03-01T09:30:00+08:00,3',
].join('\n');

describe('importMoments', () => {
  test('sends valid rows, rejects the rest with line and reason, re-sends a refused batch without its bad rows', async () => {
    const file = join(dir, 'moments.csv');
    writeFileSync(file, csv);
    const sink = createFakeSink(['call']);
    const summary = await importMoments({
      file,
      journey: 'repair',
      sink,
      mapping: { eventId: 'event' },
      batchSize: 2,
    });
    assert.deepEqual(
      { ...summary, seconds: 0, rowsPerSecond: 0 },
      {
        file,
        rowsRead: 6,
        created: 3,
        duplicates: 0,
        rejected: 3,
        breaches: 0,
        seconds: 0,
        rowsPerSecond: 0,
        rejectsFile: `${file}.rejects.csv`,
        stoppedBy: null,
      },
    );
    assert.deepEqual([...sink.stored.keys()].sort(), ['e1', 'e5', 'e6']);
    assert.equal(
      readFileSync(`${file}.rejects.csv`, 'utf8'),
      [
        'line,reason,row',
        '3,"touchpoint (column ""touchpoint""): unknown touchpoint ""nowhere""","e2,nowhere,c1,k1,2025-03-01T09:05:00+08:00,10"',
        '4,"measures.wait_seconds (column ""measures.wait_seconds""): ""12a"" is not a number or a boolean","e3,call,c2,k2,2025-03-01T09:10:00+08:00,12a"',
        '5,"the row has 4 fields, the header has 6","e4,call,c2,k2"',
        '',
      ].join('\n'),
    );
  });

  test('importing the same file twice adds nothing; without an event id column the ids derive from name and line', async () => {
    const file = join(dir, 'no-ids.jsonl');
    const line = (tp: string, i: number) =>
      JSON.stringify({
        touchpoint: tp,
        customer: `c${i}`,
        episode: `k${i}`,
        occurredAt: '2025-03-01T09:00:00Z',
      });
    writeFileSync(file, `${line('call', 1)}\n{oops\n${line('call', 2)}\n`);
    const sink = createFakeSink(['call']);
    const first = await importMoments({ file, journey: 'repair', sink });
    const second = await importMoments({ file, journey: 'repair', sink });
    assert.deepEqual([first.created, first.rejected, second.created, second.duplicates], [2, 1, 0, 2]);
    assert.match([...sink.stored.keys()].join(' '), /^[0-9a-f]{12}-1 [0-9a-f]{12}-3$/);
  });

  test('stops when the first batch is refused whole, naming the reason', async () => {
    const file = join(dir, 'wrong-journey.csv');
    writeFileSync(file, csv);
    await assert.rejects(
      importMoments({ file, journey: 'repair', sink: createFakeSink([]) }),
      /the server refused every row of the first batch \(4\), e\.g\. line 2: touchpoint \(column "touchpoint"\): unknown touchpoint "call"/,
    );
  });

  test('invalid UTF-8 stops reading but keeps the rows before it', async () => {
    const file = join(dir, 'gbk.csv');
    const lines = csv.split('\n').slice(0, 2).join('\n');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${lines}\ne9,call,`), Buffer.from([0xc4, 0xe3]), Buffer.from(',k,x,1\n')]),
    );
    const sink = createFakeSink(['call']);
    const summary = await importMoments({ file, journey: 'repair', sink, mapping: { eventId: 'event' } });
    assert.equal(summary.created, 1);
    assert.match(summary.stoppedBy ?? '', /gbk\.csv: line 3 \(byte \d+\): not valid UTF-8/);
    assert.equal(existsSync(`${file}.rejects.csv`), false);
  });
});
