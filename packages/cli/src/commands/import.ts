import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  DEFAULT_WORKSPACE,
  ensureWorkspace,
  findWorkspace,
  importReviews,
  migrate,
  openDatabaseFromEnv,
  ZReviewMapping,
} from '@mot/server';
import type { TReviewImport } from '@mot/server';
import type { TDatabase } from '@mot/server';
import { LIMITS, ZKey } from '@mot/core';
import { createDatabaseSink } from '../import/database-sink.ts';
import { createHttpSink } from '../import/http-sink.ts';
import { importMoments } from '../import/import-moments.ts';
import { importStatus } from '../import/import-status.ts';
import type { TStatusSink } from '../import/import-status.ts';
import { createStatusDatabaseSink, createStatusHttpSink } from '../import/status-sinks.ts';
import type { TImportSummary } from '../import/import-moments.ts';
import { readMappingFile } from '../import/read-mapping.ts';
import type { TMomentSink } from '../import/sink.ts';
import { addFormatOption, printRecords } from '../output/printer.ts';
import type { TOutputFormat } from '../output/printer.ts';
import { startProgress } from '../output/progress.ts';

type TImportFlags = {
  journey?: string;
  status?: boolean;
  reviews?: boolean;
  mapping?: string;
  workspace: string;
  rejects?: string;
  batch: number;
  server?: string;
  key?: string | undefined;
  workspaceNamed?: boolean;
  inputFormat?: 'csv' | 'jsonl';
  delimiter?: string;
  format: TOutputFormat;
};

/** Parses `--batch`: a whole number from 1 to the server's largest batch. */
export function parseBatchSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > LIMITS.maxBatchSize) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${LIMITS.maxBatchSize}`);
  }
  return size;
}

/** Parses a key flag (`--journey`, `--workspace`). */
function parseKey(value: string): string {
  const key = ZKey.safeParse(value);
  if (!key.success) throw new InvalidArgumentError(key.error.issues[0]?.message ?? 'not a key');
  return key.data;
}

/** The exit status of `mot import`, for scripts (also in docs/import.md). */
export const IMPORT_EXIT = { imported: 0, failed: 1, someRejected: 2 } as const;

const EXIT_STATUS = `Exit status:
  0  every row was imported or was already there (a duplicate)
  1  the import failed or stopped part-way (the message says why)
  2  the import finished but some rows were rejected (see the rejects file)`;

/** Registers `mot import <file>`: CSV or JSONL moments into a workspace, through a column mapping. */
export function registerImportCommand(program: Command): void {
  const command = program
    .command('import')
    .description(
      'import moments, or with --status customer status events, from a file (streamed; rejected rows go to a rejects file)',
    )
    .argument('<file>', 'CSV (.csv, .tsv) or JSON Lines (.jsonl, .ndjson) file of moments')
    .option('--journey <key>', 'journey the moments belong to (required for moments)', parseKey)
    .option(
      '--status',
      'the file is a CSV of customer status events: customer, status (started, renewed, churned, reactivated), date, and optionally reason, contract_end, event_id',
    )
    .option(
      '--reviews',
      'the file is a CSV or XLSX of online reviews (platform, date, store or touchpoint, rating, text); --mapping names the journey, touchpoint and columns (docs/import.md, Online reviews)',
    )
    .option(
      '--mapping <file>',
      'JSON file mapping moment fields to columns or properties (see docs/import.md)',
    )
    .option('--workspace <key>', 'workspace to import into', parseKey, DEFAULT_WORKSPACE.key)
    .option('--rejects <file>', 'where rejected rows go (default <file>.rejects.csv)')
    .option('--batch <size>', 'moments per ingestion batch', parseBatchSize, 5000)
    .option('--server <url>', "post to a running server's API instead of opening the database")
    .option('--key <secret>', 'API key for --server (default: MOT_API_KEY); its workspace is used')
    .addOption(
      new Option('--input-format <format>', 'file format (default: from the extension)').choices([
        'csv',
        'jsonl',
      ]),
    )
    .option('--delimiter <char>', 'CSV field delimiter (default "," or tab for .tsv)')
    .addHelpText('after', `\n${EXIT_STATUS}`);
  addFormatOption(command).action(async (file: string, flags: TImportFlags) => {
    // With --server the key decides the workspace: --workspace is sent only when given, to be checked.
    const named = command.getOptionValueSource('workspace') === 'cli';
    flags = { ...flags, key: flags.key ?? process.env['MOT_API_KEY'], workspaceNamed: named };
    if (flags.reviews) {
      const result = await runReviewImport(file, flags);
      const { rejects, stoppedBy, ...counts } = result;
      printRecords(counts, flags.format);
      for (const r of rejects.slice(0, 20)) {
        process.stderr.write(`line ${r.line}, column "${r.column}": ${r.message}\n`);
      }
      if (rejects.length > 0) {
        const path = flags.rejects ?? `${file}.rejects.csv`;
        const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
        const lines = [
          'line,column,reason,row',
          ...rejects.map((r) => [r.line, r.column, r.message, r.row].map(quote).join(',')),
        ];
        await writeFile(path, `${lines.join('\n')}\n`);
        process.stderr.write(`${result.rejected} rows rejected: see ${path}\n`);
      }
      if (stoppedBy) throw new Error(`stopped reading ${stoppedBy}; the reviews before it were kept`);
      if (result.rejected > 0) process.exitCode = IMPORT_EXIT.someRejected;
      return;
    }
    if (flags.status) {
      const summary = await withStatusSink(flags, async (sink) => {
        const progress = startProgress({ unit: 'bytes' });
        try {
          return await importStatus({
            file,
            sink,
            delimiter: flags.delimiter,
            rejectsPath: flags.rejects,
            batchSize: flags.batch,
            onProgress: (bytes, rows, total) => progress.update(bytes, rows, total),
          });
        } finally {
          progress.stop();
        }
      });
      const { stoppedBy, ...counts } = summary;
      printRecords(counts, flags.format);
      if (summary.rejectsFile)
        process.stderr.write(`${summary.rejected} rows rejected: see ${summary.rejectsFile}\n`);
      if (stoppedBy) throw new Error(`stopped reading ${stoppedBy}; the events before it were kept`);
      if (summary.rejected > 0) process.exitCode = IMPORT_EXIT.someRejected;
      return;
    }
    const journey = flags.journey;
    if (journey === undefined)
      throw new InvalidArgumentError('--journey <key> is required to import moments');
    const mapping = flags.mapping === undefined ? undefined : await readMappingFile(flags.mapping);
    const summary = await withSink(flags, async (sink) => {
      const progress = startProgress({ unit: 'bytes' });
      try {
        return await importMoments({
          file,
          journey,
          sink,
          mapping,
          format: flags.inputFormat,
          delimiter: flags.delimiter,
          rejectsPath: flags.rejects,
          batchSize: flags.batch,
          onProgress: (bytes, rows, total) => progress.update(bytes, rows, total),
        });
      } finally {
        progress.stop();
      }
    });
    report(summary, flags.format);
  });
}

/** How a sink of one kind is made: through the server's API, or straight into a database. */
type TSinkMakers<S> = {
  http: (serverUrl: string, credentials: { apiKey: string; workspaceKey?: string | undefined }) => S;
  database: (db: TDatabase, workspaceKey: string) => Promise<S>;
};

/** Runs an import against the server's API (`--server`) or the database the environment names. */
async function withSinkOf<S, T>(
  flags: TImportFlags,
  make: TSinkMakers<S>,
  run: (sink: S) => Promise<T>,
): Promise<T> {
  if (flags.server !== undefined) {
    if (!flags.key) throw new Error('--server needs an API key: pass --key or set MOT_API_KEY');
    const workspaceKey = flags.workspaceNamed ? flags.workspace : undefined;
    return run(make.http(flags.server, { apiKey: flags.key, workspaceKey }));
  }
  const db = await openDatabaseFromEnv();
  try {
    await migrate(db);
    return await run(await make.database(db, flags.workspace));
  } finally {
    await db.close();
  }
}

const withSink = <T>(flags: TImportFlags, run: (sink: TMomentSink) => Promise<T>) =>
  withSinkOf(flags, { http: createHttpSink, database: createDatabaseSink }, run);

const withStatusSink = <T>(flags: TImportFlags, run: (sink: TStatusSink) => Promise<T>) =>
  withSinkOf(flags, { http: createStatusHttpSink, database: createStatusDatabaseSink }, run);

/**
 * Prints the summary; a stop part-way (e.g. invalid UTF-8) fails the command after the summary (exit 1),
 * and rejected rows make the exit status 2, so a script can tell them from a clean import.
 */
function report(summary: TImportSummary, format: TOutputFormat): void {
  const { stoppedBy, ...counts } = summary;
  printRecords(counts, format);
  if (summary.rejectsFile) {
    process.stderr.write(`${summary.rejected} rows rejected: see ${summary.rejectsFile}\n`);
  }
  if (stoppedBy)
    throw new Error(`stopped reading ${stoppedBy}; the ${summary.created} moments before it were kept`);
  if (summary.rejected > 0) process.exitCode = IMPORT_EXIT.someRejected;
}

/**
 * `mot import --reviews`: the server's one review import (`importReviews`), straight into the database, or
 * through `POST /api/reviews/import` with --server.
 */
export async function runReviewImport(file: string, flags: TImportFlags): Promise<TReviewImport> {
  if (flags.mapping === undefined) throw new InvalidArgumentError('--reviews needs --mapping <file.json>');
  const text = await readFile(flags.mapping, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidArgumentError(`${flags.mapping} is not JSON`);
  }
  const parsed = ZReviewMapping.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidArgumentError(
      `${flags.mapping}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  const bytes = new Uint8Array(await readFile(file));
  const kind = extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
  if (flags.server !== undefined) {
    if (!flags.key) throw new Error('--server needs an API key: pass --key or set MOT_API_KEY');
    const url = new URL('/api/reviews/import', flags.server);
    url.searchParams.set('name', basename(file));
    url.searchParams.set('mapping', JSON.stringify(json));
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${flags.key}`,
        'content-type':
          kind === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
        ...(flags.workspaceNamed ? { 'x-workspace': flags.workspace } : {}),
      },
      body: bytes,
    });
    const body = (await res.json()) as TReviewImport & { error?: { message: string } };
    if (!res.ok) throw new Error(body.error?.message ?? `the server answered ${res.status}`);
    return body;
  }
  const db = await openDatabaseFromEnv();
  try {
    await migrate(db);
    const workspace =
      flags.workspace === DEFAULT_WORKSPACE.key
        ? await ensureWorkspace(db, DEFAULT_WORKSPACE)
        : await findWorkspace(db, flags.workspace);
    if (!workspace) throw new Error(`--workspace ${flags.workspace}: no such workspace`);
    return await importReviews(db, workspace.id, { bytes, name: basename(file), kind, mapping: parsed.data });
  } finally {
    await db.close();
  }
}
