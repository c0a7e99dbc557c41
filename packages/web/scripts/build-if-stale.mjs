#!/usr/bin/env node
// Builds the web app unless dist/ is newer than every source file: `npm start` runs this first, so a fresh
// clone gets the app with no extra step and a second start costs a few milliseconds.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('..', import.meta.url));
const inputs = [
  'src',
  'public',
  'index.html',
  'survey.html',
  'vite.config.ts',
  'vite.survey.config.ts',
  'package.json',
];

/** The newest modification time of a file or of anything in a folder. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = statSync(join(web, 'dist', 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(...inputs.map((input) => newest(join(web, input))));
if (built > changed) {
  console.log('web app: up to date');
} else {
  console.log('web app: building (vite build)...');
  // The app, then (by the app's config) the public survey page into the same folder.
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log('web app: built into packages/web/dist');
}
