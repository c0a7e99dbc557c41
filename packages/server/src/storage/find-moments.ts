import { DEFAULT_THEME_DICTIONARY, themeNames } from '@mot/core/text';
import type { TLocale } from '@mot/core';
import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** A stored moment as the API shows it, with its experience value and breaches. */
export type TStoredMoment = {
  eventId: string;
  occurredAt: string;
  journey: string;
  touchpoint: string;
  episode: string;
  measures: Record<string, number>;
  rating: number | null;
  comment: string | null;
  employee: string | null;
  experience: number | null;
  experienceSource: string | null;
  attributes: Record<string, unknown> | null;
  /** The comment's sentiment scored at ingestion; null without a comment. */
  sentiment: {
    label: 'negative' | 'neutral' | 'positive';
    score: number;
    confidence: number;
    /** Its themes, each named in both languages (ingestion scores with the default dictionary). */
    themes: Array<{ theme: string; names: Record<TLocale, string>; score: number; mentions: number }>;
  } | null;
  breaches: Array<{ kind: string; measure: string | null; value: number; floor: number }>;
};

export type TStoredSentiment = Omit<NonNullable<TStoredMoment['sentiment']>, 'themes'> & {
  themes: Array<{ theme: string; score: number; mentions: number }>;
};

type TRow = Omit<TStoredMoment, 'occurredAt' | 'breaches' | 'sentiment'> & {
  occurredAt: Date | string;
  breaches: TStoredMoment['breaches'] | string;
  sentiment: TStoredSentiment | string | null;
};

/** A json column as the driver hands it: parsed already, or text. */
const parseJson = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * The stored sentiment of the moments row aliased `m`, as one json value (null without a comment), for
 * `namedSentiment`.
 */
export const MOMENT_SENTIMENT_JSON = sql.raw(`case when m.sentiment_label is not null then
  json_build_object('label', m.sentiment_label, 'score', m.sentiment, 'confidence', m.sentiment_confidence,
                    'themes', coalesce(m.themes, '[]'::jsonb)) end`);

/** A stored sentiment (`MOMENT_SENTIMENT_JSON`, parsed or as text) with its themes' names. */
export function namedSentiment(value: TStoredSentiment | string | null): TStoredMoment['sentiment'] {
  if (value === null) return null;
  const stored = parseJson(value);
  return {
    ...stored,
    themes: stored.themes.map((t) => ({ ...t, names: themeNames(DEFAULT_THEME_DICTIONARY, t.theme) })),
  };
}

/**
 * A customer's moments (of one episode, or all of them: the latest `limit`), in the order they occurred.
 * Every lookup starts with (workspace, customer): the prefix of the moments key, so it stays on one shard.
 */
export async function findMoments(
  orm: TOrm,
  workspaceId: string,
  customerId: number,
  options: { episodeId?: number; limit: number },
): Promise<TStoredMoment[]> {
  const episodeFilter =
    options.episodeId === undefined ? sql`` : sql`and m.episode_id = ${options.episodeId}`;
  const rows = await queryRows<TRow>(
    orm,
    sql`select * from (
          select m.event_id as "eventId", m.occurred_at as "occurredAt", j.key as journey, t.key as touchpoint,
            e.key as episode, m.measures, m.rating, m.comment, m.employee, m.experience,
            m.experience_source as "experienceSource", m.attributes, m.id,
            ${MOMENT_SENTIMENT_JSON} as sentiment,
            coalesce((select json_agg(json_build_object('kind', b.kind, 'measure', b.measure, 'value', b.value,
                                                        'floor', b.floor) order by b.id)
                      from breaches b
                      where b.workspace_id = m.workspace_id and b.customer_id = m.customer_id
                        and b.moment_id = m.id), '[]'::json) as breaches
          from moments m
          join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id
            and e.id = m.episode_id
          join touchpoints t on t.workspace_id = m.workspace_id and t.id = m.touchpoint_id
          join journeys j on j.workspace_id = m.workspace_id and j.id = t.journey_id
          where m.workspace_id = ${workspaceId} and m.customer_id = ${customerId} ${episodeFilter}
          order by m.occurred_at desc, m.id desc
          limit ${options.limit}) latest
        order by "occurredAt", id`,
  );
  return rows.map(({ occurredAt, breaches, sentiment, ...rest }) => {
    const moment = { ...rest } as Omit<TStoredMoment, 'occurredAt' | 'breaches' | 'sentiment'> & {
      id?: unknown;
    };
    delete moment.id;
    return {
      ...moment,
      occurredAt: new Date(occurredAt).toISOString(),
      sentiment: namedSentiment(sentiment),
      breaches: parseJson(breaches),
    };
  });
}
