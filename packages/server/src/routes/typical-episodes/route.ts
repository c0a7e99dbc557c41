import { createRoute } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import { answerAnalysis } from '../../analysis/analysis-runs.ts';
import { findTypicalEpisodes } from '../../analysis/typical-episodes.ts';
import type { TTypicalEpisodeIds, TTypicalRef } from '../../analysis/typical-episodes.ts';
import { secured } from '../../access/authorize.ts';
import { personalDataMask } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import { invalidInput, notFound } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findEpisodes } from '../../storage/find-episodes.ts';
import { findJourneys } from '../../storage/find-journeys.ts';
import { findMoments } from '../../storage/find-moments.ts';
import type { TAnalysisOptions } from '../key-moments/route.ts';
import { errorResponses, jsonResponse, ZJourneyParams } from '../shared-schema.ts';
import { ZTypicalEpisodeQuery, ZTypicalEpisodes, ZTypicalEpisodesRunning } from './schema.ts';

/** Most moments shown for one episode, as the episode route. */
const MAX_EPISODE_MOMENTS = 10_000;

const typical = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/typical-episodes',
  tags: ['analysis'],
  ...secured('analyses:read'),
  summary: 'A typical good and a typical bad episode of a journey, with their moments',
  description:
    'Among episodes with an outcome and a peak-end-floor score: the good group is the top quartile by ' +
    'outcome, the bad group the bottom quartile (churn: those who stayed, those who churned); in each, the ' +
    "episode whose score is nearest the group's median score, ties to the smaller customer id then episode " +
    'key (docs/key-moments.md). Stored and run in the background as the key-moment analysis: 202 with the ' +
    'progress and the last choice while it runs. Personal attributes are masked for roles without pii.',
  request: { params: ZJourneyParams, query: ZTypicalEpisodeQuery },
  responses: {
    200: jsonResponse(ZTypicalEpisodes, 'The typical episodes'),
    202: jsonResponse(ZTypicalEpisodesRunning, 'Still running: its progress and the last choice'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const instantOf = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value).toISOString();

/** `GET /api/journeys/{journey}/typical-episodes`. */
export function registerTypicalEpisodeRoutes(app: TApp, db: TDatabase, options: TAnalysisOptions = {}): void {
  app.openapi(typical, async (c) => {
    const { journey } = c.req.valid('param');
    const raw = c.req.valid('query');
    if (raw.from && raw.to && Date.parse(raw.from) >= Date.parse(raw.to))
      throw invalidInput('from must be before to', ['query', 'from']);
    const workspaceId = c.get('workspace').id;
    if ((await findJourneys(db.orm, workspaceId, journey)).length === 0)
      throw notFound(`journey "${journey}"`, ['params', 'journey']);
    const query = { journey, outcome: raw.outcome, from: instantOf(raw.from), to: instantOf(raw.to) };
    const answer = await answerAnalysis(
      db,
      {
        kind: 'typical-episodes',
        workspaceId,
        journey,
        query: { ...query },
        compute: (hooks) =>
          findTypicalEpisodes(db, workspaceId, query, { ...hooks, pageEpisodes: options.pageEpisodes }),
      },
      { waitMs: options.waitMs ?? 1_000, maxRunning: c.get('maxConcurrentAnalyses') },
    );
    const mask = await personalDataMask(c);
    // The moments are read now, not stored: an episode erased since its choice is answered as null.
    const episodeOf = async (ref: TTypicalRef | null) => {
      if (!ref) return null;
      const [found] = (await findEpisodes(db.orm, workspaceId, { journey, key: ref.key })).filter(
        (e) => e.customer === ref.customer,
      );
      if (!found) return null;
      const moments = await findMoments(db.orm, workspaceId, found.customerId, {
        episodeId: found.id,
        limit: MAX_EPISODE_MOMENTS,
      });
      return {
        ...ref,
        startedAt: moments[0]?.occurredAt ?? null,
        endedAt: moments.at(-1)?.occurredAt ?? null,
        moments: moments.map((m) => ({ ...m, attributes: mask(m.attributes) })),
      };
    };
    const present = async (stored: {
      result: unknown;
      computedAt: string;
    }): Promise<z.infer<typeof ZTypicalEpisodes>> => {
      const ids = stored.result as TTypicalEpisodeIds;
      const [good, bad] = await Promise.all([episodeOf(ids.good), episodeOf(ids.bad)]);
      return { good, bad, candidates: ids.candidates, computedAt: stored.computedAt };
    };
    if (answer.state === 'done') return c.json(await present(answer.stored), 200);
    const last = answer.last ? await present(answer.last) : null;
    return c.json({ progress: answer.progress, last }, 202);
  });
}
