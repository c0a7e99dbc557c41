/**
 * The app's messages: English source strings are the keys. They are extracted from `t('...')` calls in
 * src/, so a string added to a component cannot be forgotten in a language.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** The message files, by language. */
export const MESSAGE_FILES = {
  en: join(SRC, 'lib/i18n/locales/en.json'),
  'zh-CN': join(SRC, 'lib/i18n/locales/zh-CN.json'),
};

// `t('...')` with a single-quoted literal, possibly after a line break (Prettier wraps long calls).
const CALL = /\bt\(\s*'((?:[^'\\]|\\.)*)'/g;

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(path)));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** Every message key used in src/, sorted. */
export async function extractMessageKeys(): Promise<string[]> {
  const keys = new Set<string>();
  for (const file of await sourceFiles(SRC)) {
    for (const match of (await readFile(file, 'utf8')).matchAll(CALL)) {
      keys.add((match[1] ?? '').replace(/\\'/g, "'"));
    }
  }
  return [...keys].sort();
}

/** A message file's contents. */
export async function readMessages(file: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
}
