import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { CASE_STATES, SEVERITIES } from '@mot/core';
import type { TCaseState, TSeverity } from '@mot/core';
import { CASE_SORTS, findCases } from '@mot/server';
import type { TCaseSort, TCaseSummary } from '@mot/server';
import { addFormatOption, printRecords } from '../output/printer.ts';
import type { TOutputFormat, TRecord, TTextSink } from '../output/printer.ts';
import { requireWorkspace, withDatabase } from './with-database.ts';

/** Flags of `mot cases list`. */
export type TCasesListFlags = {
  workspace: string;
  state?: TCaseState[];
  status?: 'open' | 'closed';
  overdue?: boolean;
  severity?: TSeverity[];
  touchpoint?: string;
  sort: TCaseSort;
  limit: number;
  server?: string;
  key?: string;
  format: TOutputFormat;
};

/** Parses a comma-separated list of allowed values, naming the flag at fault. */
function listOf<T extends string>(flag: string, allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    const bad = items.find((v) => !(allowed as readonly string[]).includes(v));
    if (bad !== undefined)
      throw new InvalidArgumentError(`${flag}: "${bad}" is not one of ${allowed.join(', ')}`);
    return items as T[];
  };
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200)
    throw new InvalidArgumentError('--limit must be a whole number from 1 to 200');
  return n;
}

/** A case as a printed row. */
function recordOf(c: TCaseSummary): TRecord {
  return {
    id: c.id,
    state: c.state,
    severity: c.severity,
    title: c.title,
    customer: c.customer,
    touchpoint: c.touchpoint.key,
    department: c.department,
    assignee: c.assignee?.email ?? null,
    opened: c.openedAt,
    firstResponseDue: c.firstResponseDueAt,
    resolutionDue: c.resolutionDueAt,
    overdue: c.overdue,
  };
}

/** Reads the cases from a running server's API (`--server`, with an API key). */
async function fetchCases(flags: TCasesListFlags, named: boolean): Promise<TCaseSummary[]> {
  if (!flags.key) throw new Error('--server needs an API key: pass --key or set MOT_API_KEY');
  const query = new URLSearchParams({ sort: flags.sort, limit: String(flags.limit) });
  if (flags.state?.length) query.set('state', flags.state.join(','));
  if (flags.status) query.set('status', flags.status);
  if (flags.overdue) query.set('overdue', 'true');
  if (flags.severity?.length) query.set('severity', flags.severity.join(','));
  if (flags.touchpoint) query.set('touchpoint', flags.touchpoint);
  const url = new URL(`/api/cases?${query}`, flags.server);
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${flags.key}`, ...(named ? { 'x-workspace': flags.workspace } : {}) },
  });
  const body = (await res.json().catch(() => null)) as {
    cases?: TCaseSummary[];
    error?: { message: string };
  } | null;
  if (!res.ok) throw new Error(`--server: ${res.status} ${body?.error?.message ?? res.statusText}`);
  return body?.cases ?? [];
}

/** `mot cases list`: service-recovery cases, newest first (or as sorted), from the database or a server. */
export async function runCasesList(
  flags: TCasesListFlags,
  named: boolean,
  out: TTextSink = process.stdout,
): Promise<TCaseSummary[]> {
  const cases =
    flags.server !== undefined
      ? await fetchCases(flags, named)
      : await withDatabase(async (db) => {
          const workspace = await requireWorkspace(db, flags.workspace);
          const page = await findCases(
            db.orm,
            workspace.id,
            {
              states: flags.state,
              status: flags.status,
              overdue: flags.overdue,
              severities: flags.severity,
              touchpoint: flags.touchpoint,
            },
            { limit: flags.limit, offset: 0, sort: flags.sort },
          );
          return page.cases;
        });
  printRecords(cases.map(recordOf), flags.format, out);
  return cases;
}

/** Registers `mot cases list`. */
export function registerCasesCommand(program: Command): void {
  const cases = program.command('cases').description('service-recovery cases opened by alert rules');
  const list = cases
    .command('list')
    .description('list cases (newest first): --state, --overdue and other filters')
    .option('--workspace <key>', 'the workspace', 'default')
    .option(
      '--state <states>',
      `comma-separated states (${CASE_STATES.join(', ')})`,
      listOf('--state', CASE_STATES),
    )
    .option('--status <status>', 'open (any state but closed) or closed', (v: string) => {
      if (v !== 'open' && v !== 'closed') throw new InvalidArgumentError('--status must be open or closed');
      return v;
    })
    .option('--overdue', 'only open cases past a due date they have not met')
    .option(
      '--severity <severities>',
      `comma-separated (${SEVERITIES.join(', ')})`,
      listOf('--severity', SEVERITIES),
    )
    .option('--touchpoint <key>', 'cases first triggered at this touchpoint')
    .option(
      '--sort <order>',
      `${CASE_SORTS.join(', ')}`,
      (v: string) => {
        if (!(CASE_SORTS as readonly string[]).includes(v))
          throw new InvalidArgumentError(`--sort must be one of ${CASE_SORTS.join(', ')}`);
        return v as TCaseSort;
      },
      'opened_desc',
    )
    .option('--limit <n>', 'at most this many cases (1-200)', parseLimit, 50)
    .option('--server <url>', "read from a running server's API instead of opening the database")
    .option('--key <secret>', 'API key for --server (default: MOT_API_KEY); its workspace is used');
  addFormatOption(list).action(async (flags: TCasesListFlags) => {
    const named = list.getOptionValueSource('workspace') === 'cli';
    await runCasesList({ ...flags, key: flags.key ?? process.env['MOT_API_KEY'] }, named);
  });
}
