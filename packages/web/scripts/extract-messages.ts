/**
 * `npm run i18n:extract -w @mot/web`: writes every key used in src/ into the message files. English maps each
 * key to itself; Chinese keeps its translations and gets an empty entry (to translate) for each new key.
 * Keys no longer used are dropped.
 */
import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { extractMessageKeys, MESSAGE_FILES, readMessages } from './messages.ts';

const keys = await extractMessageKeys();
const zh = await readMessages(MESSAGE_FILES['zh-CN']);
const files: Record<string, Record<string, string>> = {
  [MESSAGE_FILES.en]: Object.fromEntries(keys.map((key) => [key, key])),
  [MESSAGE_FILES['zh-CN']]: Object.fromEntries(keys.map((key) => [key, zh[key] ?? ''])),
};
for (const [file, messages] of Object.entries(files)) {
  const config = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(JSON.stringify(messages), { ...config, filepath: file }));
}
const missing = keys.filter((key) => !zh[key]);
process.stdout.write(`${keys.length} messages; ${missing.length} without a Chinese translation\n`);
for (const key of missing) process.stdout.write(`  ${key}\n`);
