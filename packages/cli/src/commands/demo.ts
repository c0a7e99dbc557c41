import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { migrate, openDatabaseFromEnv } from '@mot/server';
import { seedDemo } from '../demo/seed-demo.ts';
import { addFormatOption, printRecords } from '../output/printer.ts';
import type { TOutputFormat } from '../output/printer.ts';
import { startProgress } from '../output/progress.ts';

/** Parses a whole-number flag within bounds; the message names what is wrong. */
function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    return n;
  };
}

/** Registers `mot demo`: the demo workspace with its journey and generated moments (idempotent). */
export function registerDemoCommand(program: Command): void {
  const command = program
    .command('demo')
    .description('create the demo workspace "demo": a broadband-repair journey and a few thousand moments')
    .option('--moments <count>', 'moments to generate', wholeNumber(1, 1_000_000), 5000)
    .option('--seed <n>', 'seed of the generator (same seed, same moments)', wholeNumber(0, 2 ** 31 - 1), 1);
  addFormatOption(command).action(async (flags: { moments: number; seed: number; format: TOutputFormat }) => {
    const started = performance.now();
    const db = await openDatabaseFromEnv();
    const progress = startProgress({ total: flags.moments, unit: 'rows' });
    try {
      await migrate(db);
      const result = await seedDemo(db, {
        moments: flags.moments,
        seed: flags.seed,
        onProgress: (done) => progress.update(done, done),
      });
      progress.stop();
      const seconds = Math.round((performance.now() - started) / 10) / 100;
      printRecords({ ...result, seconds }, flags.format);
      if (result.wasSeeded) process.stderr.write('the demo data was already there: nothing was written\n');
    } finally {
      progress.stop();
      await db.close();
    }
  });
}
