import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessMapping } from './guess-mapping.ts';
import { REJECTS_HEADER, rejectsLine } from './rejects-row.ts';

test('guessMapping takes the fields from English or Chinese column names and names the required ones missing', () => {
  assert.deepEqual(guessMapping(['工单号', '客户编号', '环节', '时间', '满意度', '备注', '等待秒数']), {
    mapping: {
      touchpoint: '环节',
      customer: '客户编号',
      episode: '工单号',
      occurredAt: '时间',
      rating: '满意度',
      comment: '备注',
    },
    missing: [],
  });
  assert.deepEqual(guessMapping(['Event ID', 'customer_id', 'Occurred At', 'measures.wait']), {
    mapping: { eventId: 'Event ID', customer: 'customer_id', occurredAt: 'Occurred At' },
    missing: ['touchpoint', 'episode'],
  });
});

test('a rejects line quotes only the cells that need it, as mot import writes them', () => {
  assert.equal(REJECTS_HEADER, 'line,reason,row\n');
  assert.equal(
    rejectsLine(6, 'rating (column "分"): "x" is not a number', 'K5,c5,x'),
    '6,"rating (column ""分""): ""x"" is not a number","K5,c5,x"\n',
  );
  assert.equal(rejectsLine(2, 'missing', 'plain'), '2,missing,plain\n');
});
