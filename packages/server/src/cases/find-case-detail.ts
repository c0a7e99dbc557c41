import { DEFAULT_THEME_DICTIONARY, findThemeTouchpoints, themeNames } from '@mot/core/text';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import { MOMENT_SENTIMENT_JSON, namedSentiment } from '../storage/find-moments.ts';
import type { TStoredMoment, TStoredSentiment } from '../storage/find-moments.ts';
import type { TOrm } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { findCaseSummary } from './find-cases.ts';
import type { TCaseSummary } from './find-cases.ts';

/** A root-cause category offered for a case: a theme of text analytics at the case's touchpoint, or `other`. */
export type TRootCause = { key: string; names: { 'zh-CN': string; en: string } };

/** Everything the case page shows. Attributes are the stored ones: the route masks them. */
export type TCaseDetail = {
  case: TCaseSummary;
  customer: { externalId: string; attributes: Record<string, unknown> };
  events: Array<{
    id: number;
    at: string;
    actor: string;
    actorName: string | null;
    kind: string;
    note: string | null;
    data: Record<string, unknown>;
  }>;
  alerts: Array<{
    id: number;
    rule: string;
    kind: string;
    severity: string;
    source: string;
    occurredAt: string;
    momentId: number | null;
    details: Record<string, unknown>;
  }>;
  moments: Array<{
    id: number;
    eventId: string;
    occurredAt: string;
    touchpoint: string;
    measures: Record<string, number>;
    rating: number | null;
    comment: string | null;
    /** The comment's sentiment as ingestion stored it, its themes named; null without a comment. */
    sentiment: TStoredMoment['sentiment'];
    experience: number | null;
    attributes: Record<string, unknown> | null;
    breaches: Array<{ kind: string; measure: string | null; value: number; floor: number }>;
  }>;
  rootCauses: TRootCause[];
};

const OTHER: TRootCause = { key: 'other', names: { 'zh-CN': '其他', en: 'Other' } };

type TRow = Record<string, unknown>;
const iso = (v: unknown) => new Date(v as string).toISOString();

/**
 * A case with its activity log, its alerts (the triggers), its customer, the moments that triggered it with
 * their breaches, and the root-cause categories to choose from. Undefined when the workspace has no such
 * case, or when `department` is given and the case belongs to another.
 */
export async function findCaseDetail(
  orm: TOrm,
  workspaceId: string,
  caseId: number,
  department?: string,
): Promise<TCaseDetail | undefined> {
  const summary = await findCaseSummary(orm, workspaceId, caseId, department);
  if (!summary) return undefined;
  const [events, alerts, customer] = await Promise.all([
    queryRows<TRow>(
      orm,
      sql`select ev.id, ev.at, ev.actor, coalesce(u.name, ak.name) as actor_name, ev.kind, ev.note, ev.data
          from case_events ev
          left join auth_users u on u.id = ev.actor
          left join api_keys ak on ak.workspace_id = ev.workspace_id and ak.id::text = ev.actor
          where ev.workspace_id = ${workspaceId} and ev.case_id = ${caseId} order by ev.id`,
    ),
    queryRows<TRow>(
      orm,
      sql`select id, rule_key, kind, severity, source, occurred_at, moment_id, details from alerts
          where workspace_id = ${workspaceId} and case_id = ${caseId} order by id`,
    ),
    queryRows<TRow>(
      orm,
      sql`select c.id, c.external_id, c.attributes from cases k
          join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
          where k.workspace_id = ${workspaceId} and k.id = ${caseId}`,
    ),
  ]);
  const customerId = Number(customer[0]?.['id'] ?? 0);
  const momentIds = [
    ...new Set(
      alerts
        .map((a) => a['moment_id'])
        .filter((m) => m != null)
        .map(Number),
    ),
  ];
  const moments =
    momentIds.length === 0
      ? []
      : await queryRows<TRow>(
          orm,
          sql`select m.id, m.event_id, m.occurred_at, tp.key as touchpoint, m.measures, m.rating, m.comment,
                m.experience, m.attributes, ${MOMENT_SENTIMENT_JSON} as sentiment,
                coalesce((select json_agg(json_build_object('kind', b.kind, 'measure', b.measure, 'value', b.value,
                  'floor', b.floor) order by b.id) from breaches b
                  where b.workspace_id = m.workspace_id and b.customer_id = m.customer_id and b.moment_id = m.id),
                  '[]'::json) as breaches
              from moments m
              join touchpoints tp on tp.workspace_id = m.workspace_id and tp.id = m.touchpoint_id
              where m.workspace_id = ${workspaceId} and m.customer_id = ${customerId}
                and m.id in (${sql.join(
                  momentIds.map((id) => sql`${id}`),
                  sql`, `,
                )})
              order by m.occurred_at, m.id`,
        );
  return {
    case: summary,
    customer: {
      externalId: String(customer[0]?.['external_id'] ?? summary.customer),
      attributes: (customer[0]?.['attributes'] as Record<string, unknown>) ?? {},
    },
    events: events.map((e) => ({
      id: Number(e['id']),
      at: iso(e['at']),
      actor: String(e['actor']),
      actorName: (e['actor_name'] as string | null) ?? null,
      kind: String(e['kind']),
      note: (e['note'] as string | null) ?? null,
      data: parseJson(e['data']),
    })),
    alerts: alerts.map((a) => ({
      id: Number(a['id']),
      rule: String(a['rule_key']),
      kind: String(a['kind']),
      severity: String(a['severity']),
      source: String(a['source']),
      occurredAt: iso(a['occurred_at']),
      momentId: a['moment_id'] == null ? null : Number(a['moment_id']),
      details: parseJson(a['details']),
    })),
    moments: moments.map((m) => ({
      id: Number(m['id']),
      eventId: String(m['event_id']),
      occurredAt: iso(m['occurred_at']),
      touchpoint: String(m['touchpoint']),
      measures: parseJson(m['measures']) as Record<string, number>,
      rating: m['rating'] == null ? null : Number(m['rating']),
      comment: (m['comment'] as string | null) ?? null,
      sentiment: namedSentiment((m['sentiment'] as TStoredSentiment | string | null) ?? null),
      experience: m['experience'] == null ? null : Number(m['experience']),
      attributes: m['attributes'] == null ? null : parseJson(m['attributes']),
      breaches: (typeof m['breaches'] === 'string'
        ? JSON.parse(m['breaches'])
        : m['breaches']) as TCaseDetail['moments'][number]['breaches'],
    })),
    rootCauses: await findRootCauses(orm, workspaceId, summary.journey.key, summary.touchpoint.key),
  };
}

function parseJson(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') return JSON.parse(value) as Record<string, unknown>;
  return (value as Record<string, unknown> | null) ?? {};
}

/**
 * The root-cause categories of a touchpoint: the themes text analytics assigns to it (core's
 * `findThemeTouchpoints` on the default theme dictionary), then `other`.
 */
export async function findRootCauses(
  orm: TOrm,
  workspaceId: string,
  journeyKey: string,
  touchpointKey: string,
): Promise<TRootCause[]> {
  const [stored] = await findJourneys(orm, workspaceId, journeyKey);
  if (!stored) return [OTHER];
  const themes = DEFAULT_THEME_DICTIONARY.themes
    .filter((t) =>
      findThemeTouchpoints(DEFAULT_THEME_DICTIONARY, t.key, stored.journey).includes(touchpointKey),
    )
    .map((t) => ({ key: t.key, names: themeNames(DEFAULT_THEME_DICTIONARY, t.key) }));
  return [...themes, OTHER];
}
