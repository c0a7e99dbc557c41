import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMappingFile } from './read-mapping.ts';

let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 'mot-mapping-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a mapping file that is not JSON, or not a mapping, is named in the error', async () => {
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "customer": ');
  await assert.rejects(readMappingFile(broken), /^MappingError: --mapping .*broken\.json: not valid JSON/);
  const wrong = join(dir, 'wrong.json');
  writeFileSync(wrong, JSON.stringify({ rating: 5 }));
  await assert.rejects(readMappingFile(wrong), /--mapping .*wrong\.json: rating: /);
  await assert.rejects(readMappingFile(join(dir, 'missing.json')), /missing\.json: cannot read the file/);
});
