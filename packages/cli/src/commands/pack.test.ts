import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_WORKSPACE, findJourneys, findWorkspace, openDatabaseFromEnv } from '@mot/server';
import { runPackList, runPackLoad } from './pack.ts';
import { useTempDataDir } from './temp-data-dir.ts';

useTempDataDir('mot-pack-');

const sink = () => {
  const sunk = { text: '', write: (text: string) => (sunk.text += text) };
  return sunk;
};

test('mot pack list names every pack journey in both languages', () => {
  const out = sink();
  runPackList('json', out);
  const rows = JSON.parse(out.text) as Array<Record<string, string>>;
  const telecom = rows.filter((r) => r['pack'] === 'telecom');
  assert.ok(telecom.length > 0);
  assert.ok(telecom.every((r) => r['name (en)'] && r['name (zh-CN)']));
});

test('mot pack load creates the journeys named, and refuses to replace one', async () => {
  const out = sink();
  const created = await runPackLoad(
    { pack: 'hotel', journeys: [], workspace: DEFAULT_WORKSPACE.key, format: 'json' },
    out,
  );
  assert.ok(created.length > 0);
  const db = await openDatabaseFromEnv();
  try {
    const workspace = await findWorkspace(db, DEFAULT_WORKSPACE.key);
    assert.ok(workspace);
    const stored = await findJourneys(db.orm, workspace.id);
    assert.deepEqual(stored.map((s) => s.journey.key).sort(), [...created].sort());
  } finally {
    await db.close();
  }
  await assert.rejects(
    runPackLoad(
      { pack: 'hotel', journeys: [created[0]!], workspace: DEFAULT_WORKSPACE.key, format: 'json' },
      sink(),
    ),
    /already exists/,
  );
  await assert.rejects(
    runPackLoad({ pack: 'hotel', journeys: [], workspace: 'nowhere', format: 'json' }, sink()),
    /workspace "nowhere" not found/,
  );
});
