import { createRoute } from '@hono/zod-openapi';
import type { SchemaObject } from 'openapi3-ts/oas31';
import { z } from 'zod';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { ingestCustomerStatus } from '../../churn/ingest-customer-status.ts';
import { MotError, notFound } from '../../errors.ts';
import { currentStatusOf, findStatusEvents } from '../../storage/customer-status-events.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findCustomer } from '../../storage/find-customer.ts';
import { ZCustomerParams } from '../customers/schema.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZCustomerStatusBatch,
  ZCustomerStatusHistory,
  ZCustomerStatusInput,
  ZCustomerStatusReport,
} from './schema.ts';

const post = createRoute({
  method: 'post',
  path: '/api/customer-status',
  tags: ['customers'],
  ...secured('outcomes:write'),
  summary: 'Store a batch of customer status events (started, renewed, churned, reactivated), all or nothing',
  description:
    "Idempotent by the source's event id (derived from customer, status and instant when not given): an " +
    'event sent again changes nothing (`unchanged`); the same id with other fields replaces it (`updated`). ' +
    'Unknown customers are created. When any item is rejected nothing is written: 422 `batch_rejected` with ' +
    'the report naming each item and field at fault.',
  request: { body: jsonBody(ZCustomerStatusBatch) },
  responses: {
    200: jsonResponse(ZCustomerStatusReport, 'Every event was created, updated or unchanged'),
    400: errorResponses[400],
    413: errorResponses[413],
    422: { description: '`batch_rejected`: the error and the report of what failed and why', content: {} },
  },
});

const history = createRoute({
  method: 'get',
  path: '/api/customers/{customer}/status',
  tags: ['customers'],
  ...secured('customers:read'),
  summary: "A customer's status history (started, renewed, churned, reactivated) and where it stands",
  request: { params: ZCustomerParams },
  responses: {
    200: jsonResponse(ZCustomerStatusHistory, 'The history, oldest first'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** `POST /api/customer-status` and `GET /api/customers/{customer}/status`. */
export function registerCustomerStatusRoutes(app: TApp, db: TDatabase): void {
  app.openAPIRegistry.registerComponent(
    'schemas',
    'CustomerStatusInput',
    z.toJSONSchema(ZCustomerStatusInput, { io: 'input', unrepresentable: 'any' }) as SchemaObject,
  );
  app.openapi(post, async (c) => {
    const items = c.req.valid('json').events;
    const report = await ingestCustomerStatus(db, c.get('workspace').id, items);
    if (!report.ok) {
      const message = `${report.rejected} of ${items.length} status events were rejected; nothing was written`;
      throw new MotError('batch_rejected', message, ['events'], report);
    }
    return c.json(report, 200);
  });
  app.openapi(history, async (c) => {
    const workspaceId = c.get('workspace').id;
    const { customer: externalId } = c.req.valid('param');
    const customer = await findCustomer(db.orm, workspaceId, externalId);
    if (!customer) throw notFound(`customer "${externalId}"`, ['params', 'customer']);
    const events = await findStatusEvents(db.orm, workspaceId, customer.id);
    return c.json({ customer: externalId, ...currentStatusOf(events), events }, 200);
  });
}
