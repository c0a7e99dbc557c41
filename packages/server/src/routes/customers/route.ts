import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import { personalDataMask } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import { notFound } from '../../errors.ts';
import { currentStatusOf, findStatusEvents } from '../../storage/customer-status-events.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findCustomer } from '../../storage/find-customer.ts';
import { findEpisodes } from '../../storage/find-episodes.ts';
import { findMoments } from '../../storage/find-moments.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import { ZCustomerParams, ZTimeline, ZTimelineQuery } from './schema.ts';

const timeline = createRoute({
  method: 'get',
  path: '/api/customers/{customer}/timeline',
  tags: ['customers'],
  ...secured('customers:read'),
  summary: "A customer's timeline: episodes and the latest moments in order",
  request: { params: ZCustomerParams, query: ZTimelineQuery },
  responses: {
    200: jsonResponse(ZTimeline, 'The timeline'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** `GET /api/customers/{customer}/timeline`. */
export function registerCustomerRoutes(app: TApp, db: TDatabase): void {
  app.openapi(timeline, async (c) => {
    const workspaceId = c.get('workspace').id;
    const { customer: externalId } = c.req.valid('param');
    const mask = await personalDataMask(c);
    const customer = await findCustomer(db.orm, workspaceId, externalId);
    if (!customer) throw notFound(`customer "${externalId}"`, ['params', 'customer']);
    const [episodes, moments, statusEvents] = await Promise.all([
      findEpisodes(db.orm, workspaceId, { customerId: customer.id }),
      findMoments(db.orm, workspaceId, customer.id, { limit: c.req.valid('query').limit }),
      findStatusEvents(db.orm, workspaceId, customer.id),
    ]);
    return c.json(
      {
        customer: {
          externalId: customer.externalId,
          attributes: mask(customer.attributes) ?? {},
          createdAt: customer.createdAt,
        },
        episodes: episodes.map((e) => ({ journey: e.journey, key: e.key })),
        moments: moments.map((m) => ({ ...m, attributes: mask(m.attributes) })),
        status: { ...currentStatusOf(statusEvents), events: statusEvents },
      },
      200,
    );
  });
}
