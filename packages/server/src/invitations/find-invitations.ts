/**
 * The invitation ledger: every decision, newest first, in keyset pages (created_at, id), filtered by
 * customer, survey, rule, status, reason or channel. An invitation whose link was answered reads
 * `answered`.
 */
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { invalidInput } from '../errors.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** Filters and page of the ledger. */
export type TLedgerQuery = {
  customer?: string | undefined;
  survey?: string | undefined;
  rule?: string | undefined;
  status?: string | undefined;
  reason?: string | undefined;
  channel?: string | undefined;
  /** The `next` of the previous page. */
  cursor?: string | undefined;
  limit: number;
};

/** One ledger row as the API shows it. */
export type TLedgerEntry = {
  id: string;
  customer: string;
  rule: string;
  survey: string;
  triggerKey: string;
  triggeredAt: string;
  episode: string | null;
  journey: string | null;
  channel: string;
  priority: number;
  status: string;
  reason: string | null;
  detail: Record<string, string | number>;
  sendAt: string;
  sentAt: string | null;
  reminderAt: string | null;
  remindedAt: string | null;
  url: string | null;
  expiresAt: string | null;
  attempts: number;
  lastOutcome: unknown;
  createdAt: string;
};

type TRow = {
  id: string;
  customer: string;
  rule_key: string;
  survey_key: string;
  trigger_key: string;
  triggered_at: Date | string;
  episode: string | null;
  journey: string | null;
  channel: string;
  priority: number;
  status: string;
  reason: string | null;
  detail: Record<string, string | number>;
  send_at: Date | string;
  sent_at: Date | string | null;
  reminder_at: Date | string | null;
  reminded_at: Date | string | null;
  url: string | null;
  expires_at: Date | string | null;
  attempts: number;
  last_outcome: unknown;
  created_at: string;
};

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

function decodeCursor(cursor: string): { at: string; id: string } {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const [at, id] = text.split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw invalidInput('not a cursor this list gave', ['query', 'cursor']);
  }
  return { at, id };
}

/** A page of the ledger and the cursor of the next one (null at the end). */
export async function findInvitations(
  orm: TOrm,
  workspaceId: string,
  query: TLedgerQuery,
): Promise<{ invitations: TLedgerEntry[]; next: string | null }> {
  const status = sql`case when i.status = 'sent' and l.used_at is not null then 'answered' else i.status end`;
  const where: SQL[] = [sql`i.workspace_id = ${workspaceId}`];
  if (query.customer !== undefined) where.push(sql`i.customer = ${query.customer}`);
  if (query.survey !== undefined) where.push(sql`i.survey_key = ${query.survey}`);
  if (query.rule !== undefined) where.push(sql`i.rule_key = ${query.rule}`);
  if (query.status !== undefined) where.push(sql`${status} = ${query.status}`);
  if (query.reason !== undefined) where.push(sql`i.reason = ${query.reason}`);
  if (query.channel !== undefined) where.push(sql`i.channel = ${query.channel}`);
  if (query.cursor !== undefined) {
    const c = decodeCursor(query.cursor);
    where.push(sql`(i.created_at, i.id) < (${c.at}::timestamptz, ${c.id}::uuid)`);
  }
  const rows = await queryRows<TRow>(
    orm,
    sql`select i.id, i.customer, i.rule_key, i.survey_key, i.trigger_key, i.triggered_at, i.episode, i.journey,
               i.channel, i.priority, ${status} as status, i.reason, i.detail, i.send_at, i.sent_at,
               i.reminder_at, i.reminded_at, i.url, i.expires_at, i.attempts, i.last_outcome,
               to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at
        from invitations i
        left join survey_links l on l.id = i.link_id
        where ${sql.join(where, sql` and `)}
        order by i.created_at desc, i.id desc
        limit ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    invitations: page.map((r) => ({
      id: r.id,
      customer: r.customer,
      rule: r.rule_key,
      survey: r.survey_key,
      triggerKey: r.trigger_key,
      triggeredAt: iso(r.triggered_at) as string,
      episode: r.episode,
      journey: r.journey,
      channel: r.channel,
      priority: r.priority,
      status: r.status,
      reason: r.reason,
      detail: r.detail,
      sendAt: iso(r.send_at) as string,
      sentAt: iso(r.sent_at),
      reminderAt: iso(r.reminder_at),
      remindedAt: iso(r.reminded_at),
      url: r.url,
      expiresAt: iso(r.expires_at),
      attempts: r.attempts,
      lastOutcome: r.last_outcome,
      createdAt: r.created_at,
    })),
    next:
      rows.length > query.limit && last
        ? Buffer.from(`${last.created_at}|${last.id}`).toString('base64url')
        : null,
  };
}
