import { createRoute } from '@hono/zod-openapi';
import { ZCustomerAttributesInput } from '@mot/core';
import type { SchemaObject } from 'openapi3-ts/oas31';
import { z } from 'zod';
import { secured } from '../../access/authorize.ts';
import { personalDataMask } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import { MotError, notFound } from '../../errors.ts';
import { currentStatusOf, findStatusEvents } from '../../storage/customer-status-events.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findCustomer } from '../../storage/find-customer.ts';
import { findEpisodes } from '../../storage/find-episodes.ts';
import { findMoments } from '../../storage/find-moments.ts';
import { setCustomerAttributes } from '../../storage/set-customer-attributes.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZCustomerAttributesBatch,
  ZCustomerAttributesReport,
  ZCustomerParams,
  ZTimeline,
  ZTimelineQuery,
} from './schema.ts';

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

const setAttributes = createRoute({
  method: 'post',
  path: '/api/customers',
  tags: ['customers'],
  ...secured('outcomes:write'),
  summary: "Set customers' own attributes (segment, language, contact addresses), all or nothing",
  description:
    "Each item names a customer by the source systems' id, the attributes to set (added or replaced) and " +
    'the names to remove; the rest of what is stored stays. Unknown customers are created. The survey ' +
    'channels find addresses here (`phone`, `email`, `openid`, or the attribute a channel names), and ' +
    'segment conditions read these attributes. Personal attributes are masked in answers for roles without ' +
    '`pii`. When any item is rejected nothing is written: 422 `batch_rejected` with the report naming each ' +
    'item and field at fault.',
  request: { body: jsonBody(ZCustomerAttributesBatch) },
  responses: {
    200: jsonResponse(ZCustomerAttributesReport, 'Every customer was created, updated or unchanged'),
    400: errorResponses[400],
    413: errorResponses[413],
    422: { description: '`batch_rejected`: the error and the report of what failed and why', content: {} },
  },
});

/** `POST /api/customers` and `GET /api/customers/{customer}/timeline`. */
export function registerCustomerRoutes(app: TApp, db: TDatabase): void {
  app.openAPIRegistry.registerComponent(
    'schemas',
    'CustomerAttributesInput',
    z.toJSONSchema(ZCustomerAttributesInput, { io: 'input', unrepresentable: 'any' }) as SchemaObject,
  );
  app.openapi(setAttributes, async (c) => {
    const items = c.req.valid('json').customers;
    const report = await setCustomerAttributes(db, c.get('workspace').id, items);
    if (!report.ok) {
      const message = `${report.rejected} of ${items.length} customers were rejected; nothing was written`;
      throw new MotError('batch_rejected', message, ['customers'], report);
    }
    return c.json(report, 200);
  });
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
