/**
 * bench/web: the JavaScript a browser must load before the web app's shell shows (index.html's module
 * script and its modulepreload links), gzipped, against the 300 KB budget; and the chunks loaded later
 * (ECharts and each page), which must not be part of it. Builds the app when it is stale.
 *
 *   npm run bench:web -w @mot/bench
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { initialScripts } from './initial-scripts.ts';

const BUDGET_KB = 300;
const web = fileURLToPath(new URL('../../packages/web', import.meta.url));
const dist = join(web, 'dist');

execFileSync(process.execPath, [join(web, 'scripts/build-if-stale.mjs')], { stdio: 'inherit' });

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = initialScripts(html);
const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
const lazy = readdirSync(join(dist, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => file.endsWith('.js') && !initial.includes(file))
  .map((file) => ({ file, kb: gzipKb(file) }))
  .sort((a, b) => b.kb - a.kb);

const row = (label: string, kb: number) => `  ${label.padEnd(44)} ${kb.toFixed(1).padStart(7)} KB`;
console.log(`web app, JavaScript gzipped (${new Date().toISOString().slice(0, 10)})`);
console.log('initial (the shell):');
for (const file of initial) console.log(row(file, gzipKb(file)));
console.log(row('total', initialKb), `(budget ${BUDGET_KB} KB)`);
console.log('loaded on demand (largest first):');
for (const { file, kb } of lazy.slice(0, 12)) console.log(row(file, kb));
console.log(
  row(
    `${lazy.length} chunks in all`,
    lazy.reduce((sum, c) => sum + c.kb, 0),
  ),
);

const problems: string[] = [];
if (initialKb > BUDGET_KB)
  problems.push(`the shell's initial JavaScript is ${initialKb.toFixed(1)} KB, over ${BUDGET_KB} KB`);
for (const file of initial) {
  if (/echarts|Page-/.test(file)) problems.push(`${file} is loaded with the shell; it must be split out`);
}
if (!lazy.some((c) => c.file.includes('echarts')))
  problems.push('no ECharts chunk was found among the lazy chunks');
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
