import { createRoute } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import { LIMITS, RESERVED_KEYS, findTextProblem, reservedKeyMessage } from '@mot/core';
import { answerAnalysis } from '../../analysis/analysis-runs.ts';
import { analyzeStoredKeyMoments } from '../../analysis/stored-key-moments.ts';
import type { TStoredKeyMomentQuery } from '../../analysis/stored-key-moments.ts';
import { secured } from '../../access/authorize.ts';
import { assertNoPersonalFilter } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import { invalidInput, notFound } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findJourneys } from '../../storage/find-journeys.ts';
import { errorResponses, jsonResponse, ZJourneyParams } from '../shared-schema.ts';
import { ZKeyMomentQuery, ZKeyMomentResult, ZKeyMomentRunning } from './schema.ts';

type TKeyMomentAnswer = z.infer<typeof ZKeyMomentResult>;

/** How the app runs analyses: how long a request waits for one, and the page size (tests make it small). */
export type TAnalysisOptions = { waitMs?: number; pageEpisodes?: number };

const analyze = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/key-moments',
  tags: ['analysis'],
  ...secured('analyses:read'),
  summary: 'Key moments of a journey: which touchpoints decide the outcome, from the stored data',
  description:
    'Per touchpoint: volume, performance, breach rate, importance with its interval, expected lift, IPA ' +
    'quadrant and rank; the episode-score histogram; peak / trough / end counts; floor suggestions. Filter ' +
    'with `from`, `to` (first moment of the episode) and `segment.<attribute>=<value>` (the customer, or any ' +
    'moment of the episode, carries it). Same data and query, same result. Results are stored until new ' +
    'data arrives (an ingestion, an outcome, a journey change, a deletion or an erasure): a stored result ' +
    'is answered at once; otherwise the analysis runs in the background (one computation per query, however ' +
    'many ask) and the answer is its result when it ends within about a second, else 202 with its progress ' +
    'and the last result of the query; ask again to get the result. Starting a computation when the ' +
    "workspace's analyses are all running is a 429 with Retry-After.",
  request: { params: ZJourneyParams, query: ZKeyMomentQuery },
  responses: {
    200: jsonResponse(ZKeyMomentResult, 'The analysis, with the instant its data are of'),
    202: jsonResponse(ZKeyMomentRunning, 'Still running: its progress and the last result'),
    400: errorResponses[400],
    404: errorResponses[404],
    422: {
      description: 'The journey has too few touchpoints to compare (`not_enough_data`)',
      content: errorResponses[404].content,
    },
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

/** An instant as one spelling (`2026-01-01T08:00:00+08:00` and `2026-01-01T00:00:00Z` are one key). */
const instantOf = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value).toISOString();

/** `GET /api/journeys/{journey}/key-moments`. */
export function registerKeyMomentRoutes(app: TApp, db: TDatabase, options: TAnalysisOptions = {}): void {
  app.openapi(analyze, async (c) => {
    const { journey } = c.req.valid('param');
    const raw = c.req.valid('query');
    if (raw.from && raw.to && Date.parse(raw.from) >= Date.parse(raw.to))
      throw invalidInput('from must be before to', ['query', 'from']);
    const segment = segmentOf(c.req.url);
    await assertNoPersonalFilter(c, segment);
    const workspaceId = c.get('workspace').id;
    if ((await findJourneys(db.orm, workspaceId, journey)).length === 0)
      throw notFound(`journey "${journey}"`, ['params', 'journey']);
    const query: TStoredKeyMomentQuery = {
      journey,
      outcome: raw.outcome,
      from: instantOf(raw.from),
      to: instantOf(raw.to),
      segment,
      seed: raw.seed ?? 1,
    };
    const answer = await answerAnalysis(
      db,
      {
        kind: 'key-moments',
        workspaceId,
        journey,
        query: { ...query },
        compute: (hooks) =>
          analyzeStoredKeyMoments(db, workspaceId, query, { ...hooks, pageEpisodes: options.pageEpisodes }),
      },
      { waitMs: options.waitMs ?? 1_000, maxRunning: c.get('maxConcurrentAnalyses') },
    );
    // The stored result is core's `findKeyMoments` as JSON, which ZKeyMomentResult describes.
    const present = (stored: { result: unknown; computedAt: string }): TKeyMomentAnswer => ({
      ...(stored.result as TKeyMomentAnswer),
      computedAt: stored.computedAt,
    });
    if (answer.state === 'done') return c.json(present(answer.stored), 200);
    return c.json({ progress: answer.progress, last: answer.last ? present(answer.last) : null }, 202);
  });
}
