import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import { personalDataMask } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import { MotError, notFound } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findEpisodes } from '../../storage/find-episodes.ts';
import { findMoments } from '../../storage/find-moments.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import { ZEpisodeOut, ZEpisodeParams, ZEpisodeQuery } from './schema.ts';

/** Most moments shown for one episode. */
const MAX_EPISODE_MOMENTS = 10_000;

const read = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/episodes/{key}',
  tags: ['episodes'],
  ...secured('customers:read'),
  summary: 'An episode with its moments in order and their experience values',
  request: { params: ZEpisodeParams, query: ZEpisodeQuery },
  responses: {
    200: jsonResponse(ZEpisodeOut, 'The episode'),
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

/** `GET /api/journeys/{journey}/episodes/{key}`. */
export function registerEpisodeRoutes(app: TApp, db: TDatabase): void {
  app.openapi(read, async (c) => {
    const workspaceId = c.get('workspace').id;
    const { journey, key } = c.req.valid('param');
    const { customer } = c.req.valid('query');
    const found = (await findEpisodes(db.orm, workspaceId, { journey, key })).filter(
      (e) => customer === undefined || e.customer === customer,
    );
    const episode = found[0];
    if (!episode) throw notFound(`episode "${key}" of journey "${journey}"`, ['params', 'key']);
    if (found.length > 1) {
      const message = `${found.length} customers have an episode "${key}"; name one with ?customer=`;
      throw new MotError('ambiguous', message, ['query', 'customer']);
    }
    const mask = await personalDataMask(c);
    const moments = await findMoments(db.orm, workspaceId, episode.customerId, {
      episodeId: episode.id,
      limit: MAX_EPISODE_MOMENTS,
    });
    return c.json(
      {
        journey: episode.journey,
        key: episode.key,
        customer: episode.customer,
        startedAt: moments[0]?.occurredAt ?? null,
        endedAt: moments.at(-1)?.occurredAt ?? null,
        moments: moments.map((m) => ({ ...m, attributes: mask(m.attributes) })),
      },
      200,
    );
  });
}
