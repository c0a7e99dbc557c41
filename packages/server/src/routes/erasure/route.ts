import { createRoute, z } from '@hono/zod-openapi';
import { ZExternalId } from '@mot/core';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { notFound } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { deleteMoment, eraseCustomer } from '../../storage/erase-customer.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';

const eraseRoute = createRoute({
  method: 'delete',
  path: '/api/customers/{customer}',
  tags: ['customers'],
  summary:
    'Erase a customer with all their moments, episodes, outcomes, breaches, survey links and answers, invitations and their deliveries (irreversible, audited; an opt-out stays as a digest)',
  ...secured('customers:erase'),
  request: { params: z.object({ customer: ZExternalId }) },
  responses: {
    200: jsonResponse(
      z
        .object({
          erased: z.object({
            customers: z.number(),
            episodes: z.number(),
            moments: z.number(),
            breaches: z.number(),
            outcomes: z.number(),
            surveyLinks: z.number(),
            surveyAnswers: z.number(),
            invitations: z.number().openapi({ description: 'Rows of the invitation ledger' }),
            invitationDeliveries: z
              .number()
              .openapi({ description: 'What the channels answered when those invitations were sent' }),
          }),
        })
        .openapi('Erasure'),
      'What was removed',
    ),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const deleteMomentRoute = createRoute({
  method: 'delete',
  path: '/api/moments/{eventId}',
  tags: ['moments'],
  summary: "Delete one moment by the source's event id, with its breaches (audited)",
  ...secured('moments:delete'),
  request: { params: z.object({ eventId: ZExternalId }) },
  responses: {
    200: jsonResponse(
      z.object({ deleted: z.object({ moments: z.literal(1), breaches: z.number() }) }),
      'Deleted',
    ),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** `DELETE /api/customers/{customer}` and `DELETE /api/moments/{eventId}`. */
export function registerErasureRoutes(app: TApp, db: TDatabase): void {
  app.openapi(eraseRoute, async (c) => {
    const { customer } = c.req.valid('param');
    const erased = await eraseCustomer(db, c.get('workspace').id, customer);
    if (!erased) throw notFound(`customer "${customer}"`, ['params', 'customer']);
    return c.json({ erased }, 200);
  });
  app.openapi(deleteMomentRoute, async (c) => {
    const { eventId } = c.req.valid('param');
    const deleted = await deleteMoment(db, c.get('workspace').id, eventId);
    if (!deleted) throw notFound(`moment "${eventId}"`, ['params', 'eventId']);
    return c.json({ deleted: { moments: 1 as const, breaches: deleted.breaches } }, 200);
  });
}
