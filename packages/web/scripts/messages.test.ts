import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMessageKeys, MESSAGE_FILES, readMessages } from './messages.ts';

test('every message in the web app is in both languages (else: npm run i18n:extract -w @mot/web)', async () => {
  const keys = await extractMessageKeys();
  const en = await readMessages(MESSAGE_FILES.en);
  const zh = await readMessages(MESSAGE_FILES['zh-CN']);
  assert.deepEqual(Object.keys(en).sort(), keys, 'en.json is not the set of keys used in src/');
  const untranslated = keys.filter((key) => !zh[key]);
  assert.deepEqual(untranslated, [], 'messages without a Chinese translation');
});
