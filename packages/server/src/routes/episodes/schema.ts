import { z } from '@hono/zod-openapi';
import { ZExternalId, ZKey } from '@mot/core';

/** Path parameters naming an episode by its journey and the source's key. */
export const ZEpisodeParams = z.object({
  journey: ZKey,
  key: ZExternalId,
});

/** Query of the episode route: the customer, when several customers share an episode key. */
export const ZEpisodeQuery = z.object({ customer: ZExternalId.optional() });

/** A comment's sentiment as ingestion stored it: class, score -1..+1, confidence, and its themes. */
export const ZMomentSentiment = z
  .object({
    label: z.enum(['negative', 'neutral', 'positive']),
    score: z.number(),
    confidence: z.number(),
    themes: z.array(
      z.object({
        theme: z.string(),
        /** The theme's name in each language, its key where the dictionary has none. */
        names: z.object({ 'zh-CN': z.string(), en: z.string() }),
        score: z.number(),
        mentions: z.number(),
      }),
    ),
  })
  .openapi('MomentSentiment');

/** A stored moment as the API shows it. */
export const ZMomentOut = z
  .object({
    eventId: z.string(),
    occurredAt: z.string(),
    journey: z.string(),
    touchpoint: z.string(),
    episode: z.string(),
    measures: z.record(z.string(), z.number()),
    rating: z.number().nullable(),
    comment: z.string().nullable(),
    employee: z.string().nullable(),
    experience: z.number().nullable(),
    experienceSource: z.string().nullable(),
    attributes: z.record(z.string(), z.unknown()).nullable(),
    /** The comment's sentiment scored at ingestion (class, score -1..+1, confidence) and its themes. */
    sentiment: ZMomentSentiment.nullable(),
    breaches: z.array(
      z.object({ kind: z.string(), measure: z.string().nullable(), value: z.number(), floor: z.number() }),
    ),
  })
  .openapi('Moment');

/** An episode with its moments in the order they occurred. */
export const ZEpisodeOut = z
  .object({
    journey: z.string(),
    key: z.string(),
    customer: z.string(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    moments: z.array(ZMomentOut),
  })
  .openapi('Episode');
