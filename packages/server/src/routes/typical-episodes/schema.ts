import { z } from '@hono/zod-openapi';
import { ZMomentOut } from '../episodes/schema.ts';
import { ZAnalysisProgress } from '../key-moments/schema.ts';

/** Query of `GET /api/journeys/{journey}/typical-episodes`. */
export const ZTypicalEpisodeQuery = z.object({
  outcome: z
    .enum(['overall', 'nps', 'churn'])
    .default('overall')
    .openapi({ description: 'The outcome episodes are grouped by (churn: stayed against churned)' }),
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Episodes whose first moment is at or after this instant' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Episodes whose first moment is before this instant' }),
});

/** A typical episode: which, why it was picked, and its moments in order. */
export const ZTypicalEpisode = z
  .object({
    customer: z.string(),
    key: z.string(),
    outcome: z.number().openapi({ description: 'Its outcome as stored (churn: 1 churned, 0 stayed)' }),
    score: z.number().openapi({ description: 'Its peak-end-floor score, 0-10' }),
    groupSize: z
      .number()
      .int()
      .openapi({ description: 'Episodes in its group (quartile, or stayed / churned)' }),
    medianScore: z.number().openapi({ description: "The group's median score, which its score is nearest" }),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    moments: z.array(ZMomentOut),
  })
  .openapi('TypicalEpisode');

/** The typical good and bad episodes (null when none qualifies, or since erased). */
export const ZTypicalEpisodes = z
  .object({
    good: ZTypicalEpisode.nullable(),
    bad: ZTypicalEpisode.nullable(),
    candidates: z.number().int().openapi({ description: 'Episodes with an outcome and a score' }),
    computedAt: z
      .string()
      .openapi({ description: 'When the choice was computed: of the data at that instant' }),
  })
  .openapi('TypicalEpisodes');

/** The answer while the choice runs in the background (202). */
export const ZTypicalEpisodesRunning = z
  .object({ progress: ZAnalysisProgress.nullable(), last: ZTypicalEpisodes.nullable() })
  .openapi('TypicalEpisodesRunning');
