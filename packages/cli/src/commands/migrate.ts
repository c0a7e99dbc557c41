import type { Command } from 'commander';
import { migrate, openDatabaseFromEnv } from '@mot/server';
import { addFormatOption } from '../output/printer.ts';
import type { TOutputFormat, TTextSink } from '../output/printer.ts';

/** Applies the pending migrations to the database the environment names; says what was applied. */
export async function runMigrate(format: TOutputFormat, out: TTextSink = process.stdout): Promise<string[]> {
  const db = await openDatabaseFromEnv();
  try {
    const { applied } = await migrate(db);
    if (format === 'json') {
      out.write(`${JSON.stringify({ database: db.kind, applied }, null, 2)}\n`);
    } else if (applied.length === 0) {
      out.write(`the ${db.kind} database is up to date; no migration to apply\n`);
    } else {
      for (const name of applied) out.write(`applied ${name}\n`);
    }
    return applied;
  } finally {
    await db.close();
  }
}

/** `mot migrate`: applies the committed SQL migrations (DATABASE_URL, else PGlite in MOT_DATA_DIR). */
export function registerMigrateCommand(program: Command): void {
  addFormatOption(
    program
      .command('migrate')
      .description('apply database migrations (PostgreSQL from DATABASE_URL, else PGlite in MOT_DATA_DIR)'),
  ).action(async (options: { format: TOutputFormat }) => {
    await runMigrate(options.format);
  });
}
