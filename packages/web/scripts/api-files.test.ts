import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { API_FILES, buildApiFiles } from './api-files.ts';

test("the web app's committed API types match the server's routes (else: npm run api:generate -w @mot/web)", async () => {
  const fresh = await buildApiFiles();
  assert.equal(await readFile(API_FILES.json, 'utf8'), fresh.json, 'openapi.json is stale');
  assert.equal(await readFile(API_FILES.types, 'utf8'), fresh.types, 'schema.d.ts is stale');
});
