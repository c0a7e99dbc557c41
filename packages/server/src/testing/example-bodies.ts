import { randomBytes } from 'node:crypto';
import { weekdayCalendar } from '@mot/core';
import { makeJourney, makeMoment } from './factories.ts';
import type { TJsonSchema } from './openapi-operations.ts';
import { exampleOf } from './schema-example.ts';

const fresh = () => `n-${randomBytes(4).toString('hex')}`;

/**
 * Bodies that agree with the planted data, for the operations whose rules go beyond their schema (a PUT's
 * key must be the URL's, a touchpoint names a stage of its journey, a moment a touchpoint). `p` holds the
 * path parameters.
 */
const FITTED: Record<string, (p: Record<string, string>) => unknown> = {
  'POST /api/journeys': () => makeJourney({ key: fresh() }),
  'PUT /api/journeys/{journey}': (p) => makeJourney({ key: p['journey'] }),
  'POST /api/journeys/{journey}/stages': () => ({ key: fresh(), name: 'New stage', kind: 'custom' }),
  'PUT /api/journeys/{journey}/stages/{stage}': (p) => ({
    key: p['stage'],
    name: 'Contact again',
    kind: 'pre_contact',
  }),
  'POST /api/journeys/{journey}/touchpoints': () => ({
    key: fresh(),
    name: 'New touchpoint',
    stage: 'contact',
    channel: 'web',
    owner: 'Web team',
  }),
  'PUT /api/journeys/{journey}/touchpoints/{touchpoint}': (p) => ({
    key: p['touchpoint'],
    name: 'Hotline',
    stage: 'contact',
    channel: 'phone',
    owner: 'Call centre',
    measures: [
      { key: 'wait_seconds', unit: 's', direction: 'lower_is_better', standard: { target: 60, floor: 300 } },
    ],
  }),
  'POST /api/moments': (p) => ({
    moments: [makeMoment({ journey: p['journey'], customer: p['customer'], episode: p['key'] })],
  }),
  'POST /api/outcomes': (p) => ({
    outcomes: [{ journey: p['journey'], customer: p['customer'], episode: p['key'], overall: 8 }],
  }),
  'POST /api/customer-status': (p) => ({
    events: [{ customer: p['customer'], status: 'churned', at: '2026-03-01T00:00:00Z', reason: 'price' }],
  }),
  'POST /api/members': () => ({ email: `${fresh()}@example.com`, role: 'viewer' }),
  'PATCH /api/members/{userId}': () => ({ role: 'analyst' }),
  'POST /api/keys': () => ({ name: fresh(), role: 'viewer' }),
  'PATCH /api/settings': () => ({ language: 'en' }),
  'POST /api/packs/{pack}/journeys/{journey}': () => ({ key: fresh() }),
  'POST /api/business-calendars': () => ({ name: fresh(), calendar: weekdayCalendar('Asia/Shanghai') }),
  'PUT /api/business-calendars/{id}': () => ({ name: fresh(), calendar: weekdayCalendar('Asia/Shanghai') }),
  'PUT /api/departments/{department}/contacts': () => ({ teamLeadUserId: null, headUserId: null }),
  'POST /api/callbacks/plan': (p) => ({ journey: p['journey'], customers: 'all', sample: 5 }),
  'POST /api/callbacks/{id}/attempts': () => ({ reached: false }),
  'POST /api/cases': (p) => ({
    customer: p['customer'],
    journey: p['journey'],
    touchpoint: 'visit',
    title: 'At risk of leaving',
  }),
  'POST /api/surveys': () => ({ key: fresh(), name: 'New survey', template: { template: 'ces' } }),
  'PATCH /api/surveys/{key}': () => ({ status: 'active' }),
};

/**
 * A body for an operation: one fitted to the planted data when the operation is listed above, else a
 * minimal valid value of its schema (undefined when the operation takes no body).
 */
export function exampleBody(
  method: string,
  path: string,
  schema: TJsonSchema | undefined,
  params: Record<string, string>,
): unknown {
  if (!schema) return undefined;
  const fitted = FITTED[`${method} ${path}`];
  return fitted ? fitted(params) : exampleOf(schema);
}
