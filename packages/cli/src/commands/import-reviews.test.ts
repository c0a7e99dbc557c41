import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runReviewImport } from './import.ts';
import { runPackLoad } from './pack.ts';
import { useTempDataDir } from './temp-data-dir.ts';

useTempDataDir('mot-reviews-');

const sink = () => ({ text: '', write: (_: string) => undefined });

test('mot import --reviews imports a CSV of reviews through the server function, rejects named by line and column', async () => {
  await runPackLoad(
    { pack: 'telecom', journeys: ['broadband_repair'], workspace: 'default', format: 'json' },
    sink(),
  );
  const dir = await mkdtemp(join(tmpdir(), 'mot-reviews-files-'));
  const file = join(dir, 'reviews.csv');
  const mappingFile = join(dir, 'mapping.json');
  await writeFile(
    file,
    [
      '平台,日期,门店,评分,内容',
      '大众点评,2026-11-03,徐家汇店,2,装宽带等了三天，客服一直推脱',
      '美团,2026-11-04,静安店,6,评分超出范围',
    ].join('\n'),
  );
  await writeFile(
    mappingFile,
    JSON.stringify({
      journey: 'broadband_repair',
      touchpoint: 'fault_report',
      columns: { platform: '平台', date: '日期', store: '门店', rating: '评分', text: '内容' },
    }),
  );
  const flags = { workspace: 'default', batch: 5000, format: 'json' as const, mapping: mappingFile };
  const result = await runReviewImport(file, flags);
  assert.deepEqual([result.rowsRead, result.created, result.rejected], [2, 1, 1]);
  assert.deepEqual([result.rejects[0]?.line, result.rejects[0]?.column], [3, '评分']);
  const again = await runReviewImport(file, flags);
  assert.deepEqual([again.created, again.duplicates], [0, 1]);
  await assert.rejects(runReviewImport(file, { ...flags, mapping: file }), /is not JSON/);
});
