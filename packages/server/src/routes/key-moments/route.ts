import { createRoute } from '@hono/zod-openapi';
import { LIMITS, RESERVED_KEYS, findTextProblem, reservedKeyMessage } from '@mot/core';
import { analyzeStoredKeyMoments } from '../../analysis/stored-key-moments.ts';
import { secured } from '../../access/authorize.ts';
import { assertNoPersonalFilter } from '../../access/mask.ts';
import { analysisSlot } from '../../http/analysis-slots.ts';
import type { TApp } from '../../app.ts';
import { invalidInput } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonResponse, ZJourneyParams } from '../shared-schema.ts';
import { ZKeyMomentQuery, ZKeyMomentResult } from './schema.ts';

const analyze = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/key-moments',
  tags: ['analysis'],
  ...secured('analyses:read', analysisSlot),
  summary: 'Key moments of a journey: which touchpoints decide the outcome, from the stored data',
  description:
    'Per touchpoint: volume, performance, breach rate, importance with its interval, expected lift, IPA ' +
    'quadrant and rank; the episode-score histogram; peak / trough / end counts; floor suggestions. Filter ' +
    'with `from`, `to` (first moment of the episode) and `segment.<attribute>=<value>` (the customer, or any ' +
    'moment of the episode, carries it). Same data and query, same result.',
  request: { params: ZJourneyParams, query: ZKeyMomentQuery },
  responses: {
    200: jsonResponse(ZKeyMomentResult, 'The analysis'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** The `segment.<attr>=<value>` filters of a query string. */
function segmentOf(url: string): Record<string, string> | undefined {
  const segment: Record<string, string> = {};
  for (const [name, value] of new URL(url).searchParams) {
    if (!name.startsWith('segment.')) continue;
    const attr = name.slice('segment.'.length);
    if (attr.length === 0 || attr.length > LIMITS.maxKeyLength)
      throw invalidInput(`segment attribute names are 1..${LIMITS.maxKeyLength} characters`, ['query', name]);
    // The rules of stored attributes (ZAttributes), so a filter can never match what cannot be stored.
    if (RESERVED_KEYS.has(attr)) throw invalidInput(reservedKeyMessage(attr), ['query', name]);
    if (findTextProblem(attr) !== undefined || findTextProblem(value) !== undefined)
      throw invalidInput(`${name} contains a NUL character or a lone surrogate`, ['query', name]);
    if (Object.hasOwn(segment, attr)) throw invalidInput(`segment.${attr} is given twice`, ['query', name]);
    segment[attr] = value;
  }
  return Object.keys(segment).length > 0 ? segment : undefined;
}

/** `GET /api/journeys/{journey}/key-moments`. */
export function registerKeyMomentRoutes(app: TApp, db: TDatabase): void {
  app.openapi(analyze, async (c) => {
    const { journey } = c.req.valid('param');
    const query = c.req.valid('query');
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to))
      throw invalidInput('from must be before to', ['query', 'from']);
    const segment = segmentOf(c.req.url);
    await assertNoPersonalFilter(c, segment);
    const result = await analyzeStoredKeyMoments(db, c.get('workspace').id, { ...query, journey, segment });
    return c.json(result, 200);
  });
}
