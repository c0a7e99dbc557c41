import type { TCaseState, TSeverity } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** Filters of the case inbox; all optional, combined with AND. */
export type TCaseFilter = {
  states?: readonly TCaseState[] | undefined;
  status?: 'open' | 'closed' | undefined;
  /** Assigned to this user (`mine`). */
  assignee?: string | undefined;
  unassigned?: boolean | undefined;
  /** Open, with a due date passed and its target not met. */
  overdue?: boolean | undefined;
  department?: string | undefined;
  severities?: readonly TSeverity[] | undefined;
  journey?: string | undefined;
  touchpoint?: string | undefined;
  /** The customer's external id. */
  customer?: string | undefined;
  /** Opened at or after / before. */
  from?: string | undefined;
  to?: string | undefined;
  ids?: readonly number[] | undefined;
};

/** Orders of the inbox. */
export const CASE_SORTS = ['opened_desc', 'opened_asc', 'due_asc', 'severity_desc', 'updated_desc'] as const;
export type TCaseSort = (typeof CASE_SORTS)[number];

/** A case as the inbox lists it. */
export type TCaseSummary = {
  id: number;
  title: string;
  state: TCaseState;
  severity: TSeverity;
  department: string | null;
  assignee: { userId: string; name: string; email: string } | null;
  customer: string;
  episode: string;
  journey: { key: string; name: string };
  touchpoint: { key: string; name: string };
  openedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  overdue: boolean;
  reopenedCount: number;
  rootCause: string | null;
  resolution: string | null;
  alerts: number;
  updatedAt: string;
};

/** A case's next due date that is not met: the first response while there is none, then the resolution. */
const DUE = sql`case when k.first_response_at is null then k.first_response_due_at
  when k.resolved_at is null then k.resolution_due_at end`;
const OVERDUE = sql`(k.state <> 'closed' and ${DUE} < now())`;
const SEVERITY_RANK = sql`array_position(array['low','medium','high','critical']::text[], k.severity)`;

const ORDER: Record<TCaseSort, SQL> = {
  opened_desc: sql`k.opened_at desc, k.id desc`,
  opened_asc: sql`k.opened_at asc, k.id asc`,
  due_asc: sql`${DUE} asc nulls last, k.id asc`,
  severity_desc: sql`${SEVERITY_RANK} desc, k.opened_at desc, k.id desc`,
  updated_desc: sql`k.updated_at desc, k.id desc`,
};

/** An instant as whole microseconds since the epoch: exact, so a cursor holds the row's key to the digit. */
const micros = (at: SQL) => sql`(extract(epoch from ${at}) * 1000000)::int8`;

/**
 * Per sort, the key a cursor holds (the ORDER above, as values) and the way the next page lies from it: each
 * sort runs every key the same way, so one row comparison finds the rows after the cursor. A case without a
 * due date sorts last as the greatest key.
 */
const KEYSET: Record<TCaseSort, { keys: SQL[]; after: '>' | '<' }> = {
  opened_desc: { keys: [micros(sql`k.opened_at`), sql`k.id`], after: '<' },
  opened_asc: { keys: [micros(sql`k.opened_at`), sql`k.id`], after: '>' },
  due_asc: { keys: [sql`coalesce(${micros(DUE)}, 9223372036854775807)`, sql`k.id`], after: '>' },
  severity_desc: { keys: [sql`${SEVERITY_RANK}::int8`, micros(sql`k.opened_at`), sql`k.id`], after: '<' },
  updated_desc: { keys: [micros(sql`k.updated_at`), sql`k.id`], after: '<' },
};

/** A cursor: the sort it belongs to and the last row's key, as decimal strings (int8 is beyond a double). */
export type TCaseCursor = { sort: TCaseSort; key: string[] };

/** The opaque form of a cursor, as the API hands it out. */
export const encodeCaseCursor = (cursor: TCaseCursor): string =>
  Buffer.from(JSON.stringify([cursor.sort, ...cursor.key])).toString('base64url');

/** A cursor read back, or undefined when the text is not one this API made. */
export function decodeCaseCursor(text: string): TCaseCursor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length < 2) return undefined;
  const [sort, ...key] = parsed as unknown[];
  if (!CASE_SORTS.includes(sort as TCaseSort)) return undefined;
  const keyset = KEYSET[sort as TCaseSort];
  if (key.length !== keyset.keys.length) return undefined;
  if (!key.every((k) => typeof k === 'string' && /^-?\d{1,19}$/.test(k))) return undefined;
  return { sort: sort as TCaseSort, key: key as string[] };
}

function whereOf(workspaceId: string, f: TCaseFilter): SQL {
  const parts: SQL[] = [sql`k.workspace_id = ${workspaceId}`];
  if (f.states?.length)
    parts.push(
      sql`k.state in (${sql.join(
        f.states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (f.status === 'open') parts.push(sql`k.state <> 'closed'`);
  if (f.status === 'closed') parts.push(sql`k.state = 'closed'`);
  if (f.assignee !== undefined) parts.push(sql`k.assignee_user_id = ${f.assignee}`);
  if (f.unassigned) parts.push(sql`k.assignee_user_id is null`);
  if (f.overdue) parts.push(OVERDUE);
  if (f.department !== undefined) parts.push(sql`k.department = ${f.department}`);
  if (f.severities?.length) {
    parts.push(
      sql`k.severity in (${sql.join(
        f.severities.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  if (f.journey !== undefined) parts.push(sql`j.key = ${f.journey}`);
  if (f.touchpoint !== undefined) parts.push(sql`tp.key = ${f.touchpoint}`);
  if (f.customer !== undefined) parts.push(sql`c.external_id = ${f.customer}`);
  if (f.from !== undefined) parts.push(sql`k.opened_at >= ${f.from}::timestamptz`);
  if (f.to !== undefined) parts.push(sql`k.opened_at < ${f.to}::timestamptz`);
  if (f.ids !== undefined) {
    parts.push(
      f.ids.length
        ? sql`k.id in (${sql.join(
            f.ids.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  return sql.join(parts, sql` and `);
}

const FROM = (workspaceId: string) => sql`cases k
  join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
  join episodes e on e.workspace_id = k.workspace_id and e.customer_id = k.customer_id and e.id = k.episode_id
  join journeys j on j.workspace_id = k.workspace_id and j.id = k.journey_id
  join touchpoints tp on tp.workspace_id = k.workspace_id and tp.id = k.touchpoint_id
  left join auth_users u on u.id = k.assignee_user_id
  where k.workspace_id = ${workspaceId}`;

type TRow = Record<string, unknown>;
const iso = (v: unknown): string | null => (v == null ? null : new Date(v as string).toISOString());

function toSummary(r: TRow): TCaseSummary {
  return {
    id: Number(r['id']),
    title: String(r['title']),
    state: r['state'] as TCaseState,
    severity: r['severity'] as TSeverity,
    department: (r['department'] as string | null) ?? null,
    assignee:
      r['assignee_user_id'] == null
        ? null
        : {
            userId: String(r['assignee_user_id']),
            name: String(r['assignee_name'] ?? ''),
            email: String(r['assignee_email'] ?? ''),
          },
    customer: String(r['customer']),
    episode: String(r['episode']),
    journey: { key: String(r['journey_key']), name: String(r['journey_name']) },
    touchpoint: { key: String(r['touchpoint_key']), name: String(r['touchpoint_name']) },
    openedAt: iso(r['opened_at']) ?? '',
    firstResponseAt: iso(r['first_response_at']),
    resolvedAt: iso(r['resolved_at']),
    closedAt: iso(r['closed_at']),
    firstResponseDueAt: iso(r['first_response_due_at']),
    resolutionDueAt: iso(r['resolution_due_at']),
    overdue: r['overdue'] === true,
    reopenedCount: Number(r['reopened_count']),
    rootCause: (r['root_cause'] as string | null) ?? null,
    resolution: (r['resolution'] as string | null) ?? null,
    alerts: Number(r['alerts'] ?? 0),
    updatedAt: iso(r['updated_at']) ?? '',
  };
}

const COLUMNS = sql`k.id, k.title, k.state, k.severity, k.department, k.assignee_user_id, u.name as assignee_name,
  u.email as assignee_email, c.external_id as customer, e.key as episode, j.key as journey_key,
  j.name as journey_name, tp.key as touchpoint_key, tp.name as touchpoint_name, k.opened_at,
  k.first_response_at, k.resolved_at, k.closed_at, k.first_response_due_at, k.resolution_due_at,
  ${OVERDUE} as overdue, k.reopened_count, k.root_cause, k.resolution, k.updated_at,
  (select count(*) from alerts a where a.workspace_id = k.workspace_id and a.case_id = k.id)::int as alerts`;

/**
 * A page of the inbox and how many cases match in all. With `after` (the cursor of a previous page's last
 * case, for the same sort) the page starts after that case however many cases opened since, which an offset
 * cannot promise; `next` is the cursor of this page's last case when more may follow.
 */
export async function findCases(
  orm: TOrm,
  workspaceId: string,
  filter: TCaseFilter,
  page: { limit: number; offset: number; sort: TCaseSort; after?: TCaseCursor | undefined },
): Promise<{ cases: TCaseSummary[]; total: number; next: string | null }> {
  const where = whereOf(workspaceId, filter);
  const keyset = KEYSET[page.sort];
  const keys = sql.join(keyset.keys, sql`, `);
  const after = page.after
    ? sql` and (${keys}) ${sql.raw(keyset.after)} (${sql.join(
        page.after.key.map((k) => sql`${k}::int8`),
        sql`, `,
      )})`
    : sql``;
  const [rows, counted] = await Promise.all([
    queryRows<TRow>(
      orm,
      sql`select ${COLUMNS}, array[${keys}]::text[] as cursor_key from ${FROM(workspaceId)} and ${where}${after}
          order by ${ORDER[page.sort]} limit ${page.limit} offset ${page.after ? 0 : page.offset}`,
    ),
    queryRows<{ n: number }>(orm, sql`select count(*)::int as n from ${FROM(workspaceId)} and ${where}`),
  ]);
  const last = rows.length === page.limit ? rows[rows.length - 1] : undefined;
  const next = last
    ? encodeCaseCursor({ sort: page.sort, key: (last['cursor_key'] as string[]).map(String) })
    : null;
  return { cases: rows.map(toSummary), total: Number(counted[0]?.n ?? 0), next };
}

/** One case as the inbox shows it, or undefined (not in the workspace, or outside `department`). */
export async function findCaseSummary(
  orm: TOrm,
  workspaceId: string,
  caseId: number,
  department?: string,
): Promise<TCaseSummary | undefined> {
  const filter: TCaseFilter = { ids: [caseId], ...(department !== undefined ? { department } : {}) };
  const rows = await queryRows<TRow>(
    orm,
    sql`select ${COLUMNS} from ${FROM(workspaceId)} and ${whereOf(workspaceId, filter)}`,
  );
  return rows[0] && toSummary(rows[0]);
}
