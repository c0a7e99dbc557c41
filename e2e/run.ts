/**
 * Runs the browser tests (`npm run test:e2e`): seeds the run's template folder once (`template.ts`), runs
 * `node --test` with the arguments given (flags and files, as they are) and MOT_E2E_TEMPLATE naming it, and
 * removes the folder when the tests end, however they end. Exits with the test runner's status.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_TEMPLATE, seedE2eTemplate } from './template.ts';

const folder = mkdtempSync(join(tmpdir(), 'mot-e2e-template-'));
let child: ChildProcess | undefined;
// Stopped (Ctrl-C, a CI timeout): the signal goes to the test runner's whole process group, its test files'
// servers and browsers included (killed alone, the runner leaves them running), and the folder is removed
// once the runner has exited; before it has started, at once.
const stop = (signal: NodeJS.Signals) => {
  if (child?.pid === undefined) {
    rmSync(folder, { recursive: true, force: true });
    process.exit(128 + constants.signals[signal]);
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The runner's group has already exited: the folder is removed below.
  }
};
process.on('SIGINT', stop).on('SIGTERM', stop);
let status = 1;
try {
  const started = performance.now();
  await seedE2eTemplate(folder);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`e2e: the demo workspace seeded in ${seconds} s; each server starts on a copy\n`);
  const runner = spawn(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [E2E_TEMPLATE]: folder },
    detached: true,
  });
  child = runner;
  status = await new Promise<number>((resolve, reject) => {
    runner.once('error', reject);
    runner.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(status);
