import { z } from '@hono/zod-openapi';
import { ZBilingual, ZIndustry, ZKey } from '@mot/core';

/** Path parameters naming a pack. */
export const ZPackParams = z.object({ pack: ZKey });

/** Path parameters naming a journey of a pack. */
export const ZPackJourneyParams = z.object({ pack: ZKey, journey: ZKey });

/** Body of `POST /api/packs/{pack}/journeys/{journey}`. */
export const ZLoadPackJourney = z.object({
  key: ZKey.optional().openapi({
    description: "Key of the new journey in the workspace; default the pack journey's own key",
  }),
});

/** A pack as the list shows it: what it is, its journeys and their size. */
export const ZPackSummary = z
  .object({
    key: z.string(),
    industry: ZIndustry,
    names: ZBilingual,
    descriptions: z.object({ 'zh-CN': z.string(), en: z.string() }),
    departments: z.record(z.string(), ZBilingual).openapi({ description: 'Owner departments by key' }),
    journeys: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        names: z.record(z.string(), z.string()),
        description: z.string().optional(),
        stages: z.number().int(),
        touchpoints: z.number().int(),
      }),
    ),
  })
  .openapi('PackSummary');

/** Response of `GET /api/packs`. */
export const ZPackList = z.object({ packs: z.array(ZPackSummary) });
