import { createRoute } from '@hono/zod-openapi';
import type { TMeasure } from '@mot/core';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { invalidInput, notFound } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findJourneys } from '../../storage/find-journeys.ts';
import { findTouchpointComments } from '../../storage/find-touchpoint-comments.ts';
import { findTouchpointMeasureValues } from '../../storage/find-touchpoint-measure-values.ts';
import { summarizeTouchpointPeriod } from '../../storage/summarize-touchpoint-period.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import { histogramOf } from './histogram.ts';
import { ZTouchpointStats, ZTouchpointStatsParams, ZTouchpointStatsQuery } from './schema.ts';

const DAY_MS = 86_400_000;
/** Moments whose measures make the distributions; comments listed. */
const DISTRIBUTION_SAMPLE = 5_000;
const COMMENTS = 30;

const stats = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/touchpoints/{touchpoint}/stats',
  tags: ['analysis'],
  ...secured('analyses:read'),
  summary: 'A touchpoint in a period: volume, performance and breach rate over time, distributions, comments',
  description:
    'Per day (periods up to 92 days) or week: moments, breaching moments, mean experience and rating. Per ' +
    'measure: the distribution of the latest 5,000 moments, with the shares meeting the target and beyond ' +
    'the floor. The latest 30 comments with their sentiment. Comments carry customer ids, not personal data.',
  request: { params: ZTouchpointStatsParams, query: ZTouchpointStatsQuery },
  responses: {
    200: jsonResponse(ZTouchpointStats, 'The touchpoint in the period'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Whether `value` is at or better than `bound` in the measure's direction. */
const atOrBetter = (m: TMeasure, value: number, bound: number) =>
  m.direction === 'lower_is_better' ? value <= bound : value >= bound;

/** `GET /api/journeys/{journey}/touchpoints/{touchpoint}/stats`. */
export function registerTouchpointStatsRoutes(app: TApp, db: TDatabase): void {
  app.openapi(stats, async (c) => {
    const { journey, touchpoint } = c.req.valid('param');
    const query = c.req.valid('query');
    const workspaceId = c.get('workspace').id;
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw invalidInput('from must be before to', ['query', 'from']);
    const [stored] = await findJourneys(db.orm, workspaceId, journey);
    if (!stored) throw notFound(`journey "${journey}"`, ['params', 'journey']);
    const touchpointId = stored.touchpointIds.get(touchpoint);
    const doc = stored.journey.touchpoints.find((t) => t.key === touchpoint);
    if (touchpointId === undefined || !doc)
      throw notFound(`touchpoint "${touchpoint}" of journey "${journey}"`, ['params', 'touchpoint']);
    const bucket: 'day' | 'week' = to.getTime() - from.getTime() <= 92 * DAY_MS ? 'day' : 'week';
    const [buckets, values, comments] = await Promise.all([
      summarizeTouchpointPeriod(db.orm, workspaceId, touchpointId, { from, to, bucket }),
      findTouchpointMeasureValues(db.orm, workspaceId, touchpointId, {
        from,
        to,
        limit: DISTRIBUTION_SAMPLE,
      }),
      findTouchpointComments(db.orm, workspaceId, touchpointId, { from, to, limit: COMMENTS }),
    ]);
    const moments = buckets.reduce((sum, b) => sum + b.moments, 0);
    const breachingMoments = buckets.reduce((sum, b) => sum + b.breachingMoments, 0);
    const measures = (doc.measures ?? []).map((m) => {
      const list = values.get(m.key) ?? [];
      const standard = m.standard;
      return {
        key: m.key,
        n: list.length,
        mean: list.length > 0 ? list.reduce((s, v) => s + v, 0) / list.length : null,
        meetsTarget: standard
          ? rate(list.filter((v) => atOrBetter(m, v, standard.target)).length, list.length)
          : null,
        beyondFloor: standard
          ? rate(list.filter((v) => !atOrBetter(m, v, standard.floor)).length, list.length)
          : null,
        histogram: histogramOf(list, standard ? [standard.target, standard.floor] : []),
      };
    });
    return c.json(
      {
        journey,
        touchpoint,
        from: from.toISOString(),
        to: to.toISOString(),
        bucket,
        moments,
        breachingMoments,
        breachRate: rate(breachingMoments, moments),
        buckets: buckets.map((b) => ({
          start: b.start,
          moments: b.moments,
          breachingMoments: b.breachingMoments,
          breachRate: rate(b.breachingMoments, b.moments),
          experience: b.experience,
          rating: b.rating,
        })),
        measures,
        comments,
      },
      200,
    );
  });
}
