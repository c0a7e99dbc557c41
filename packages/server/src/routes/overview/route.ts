import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { invalidInput, notFound } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findJourneys } from '../../storage/find-journeys.ts';
import { summarizeJourneyPeriod } from '../../storage/summarize-journey-period.ts';
import { errorResponses, jsonResponse, ZJourneyParams } from '../shared-schema.ts';
import { ZJourneyOverview, ZOverviewQuery } from './schema.ts';

const DAY_MS = 86_400_000;

const overview = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/overview',
  tags: ['analysis'],
  ...secured('analyses:read'),
  summary: 'A journey in a period: moments, episodes, breach rate and its trend',
  request: { params: ZJourneyParams, query: ZOverviewQuery },
  responses: {
    200: jsonResponse(ZJourneyOverview, 'The journey in the period'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** `GET /api/journeys/{journey}/overview`. */
export function registerOverviewRoutes(app: TApp, db: TDatabase): void {
  app.openapi(overview, async (c) => {
    const { journey } = c.req.valid('param');
    const query = c.req.valid('query');
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw invalidInput('from must be before to', ['query', 'from']);
    const [stored] = await findJourneys(db.orm, c.get('workspace').id, journey);
    if (!stored) throw notFound(`journey "${journey}"`, ['params', 'journey']);
    const bucket: 'day' | 'week' = to.getTime() - from.getTime() <= 92 * DAY_MS ? 'day' : 'week';
    const summary = await summarizeJourneyPeriod(db.orm, c.get('workspace').id, stored.id, {
      from,
      to,
      bucket,
    });
    return c.json(
      {
        journey,
        from: from.toISOString(),
        to: to.toISOString(),
        bucket,
        moments: summary.moments,
        episodes: summary.episodes,
        customers: summary.customers,
        breachingMoments: summary.breachingMoments,
        breachRate: rate(summary.breachingMoments, summary.moments),
        buckets: summary.buckets.map((b) => ({ ...b, breachRate: rate(b.breachingMoments, b.moments) })),
      },
      200,
    );
  });
}
