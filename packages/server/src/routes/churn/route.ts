import { createRoute } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import { answerAnalysis } from '../../analysis/analysis-runs.ts';
import type { TAnalysisRequest } from '../../analysis/analysis-runs.ts';
import { secured } from '../../access/authorize.ts';
import { personalDataMask } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import { analyzeAtRisk, analyzeChurnDrivers, analyzeChurnSurvival } from '../../churn/analyze-churn.ts';
import type { TAtRiskResult } from '../../churn/analyze-churn.ts';
import type { TAtRiskModel } from '@mot/core';
import { findRiskMoments } from '../../churn/find-risk-moments.ts';
import { invalidInput } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import type { TAnalysisOptions } from '../key-moments/route.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import {
  ZAtRiskPage,
  ZAtRiskQuery,
  ZAtRiskRunning,
  ZChurnDrivers,
  ZChurnDriversQuery,
  ZChurnDriversRunning,
  ZChurnSurvival,
  ZChurnSurvivalQuery,
  ZChurnSurvivalRunning,
} from './schema.ts';

const STORED =
  'Computed from the stored data and stored until new data arrive (moments, outcomes, status events, a ' +
  'journey change, an erasure): a stored result is answered at once; otherwise the analysis runs in the ' +
  'background and the answer is its result when it ends within about a second, else 202 with its progress ' +
  'and the last result. Churn comes from customer status events, or from episode outcomes for customers ' +
  'without any (docs/churn.md).';

const refusals = {
  400: errorResponses[400],
  404: errorResponses[404],
  422: { description: '`not_enough_data`', content: {} },
};

const survival = createRoute({
  method: 'get',
  path: '/api/churn/survival',
  tags: ['analysis'],
  ...secured('analyses:read'),
  summary: 'Survival of customers who hit a floor at a touchpoint against those who did not, with log-rank',
  description: STORED,
  request: { query: ZChurnSurvivalQuery },
  responses: {
    200: jsonResponse(ZChurnSurvival, 'Kaplan-Meier curves with intervals and the log-rank test'),
    202: jsonResponse(ZChurnSurvivalRunning, 'Still running: its progress and the last result'),
    ...refusals,
  },
});

const drivers = createRoute({
  method: 'get',
  path: '/api/churn/drivers',
  tags: ['analysis'],
  ...secured('analyses:read'),
  summary: 'Cox model of churn on breaches per touchpoint and experience; churn avoided per touchpoint',
  description: STORED,
  request: { query: ZChurnDriversQuery },
  responses: {
    200: jsonResponse(
      ZChurnDrivers,
      'Hazard ratios with intervals and the churn each touchpoint would avoid',
    ),
    202: jsonResponse(ZChurnDriversRunning, 'Still running: its progress and the last result'),
    ...refusals,
  },
});

const atRisk = createRoute({
  method: 'get',
  path: '/api/churn/at-risk',
  tags: ['analysis'],
  ...secured('customers:read'),
  summary: 'Customers most at risk of churning, by a model fitted on the workspace, with its validation',
  description:
    `${STORED} The model is a logistic regression fitted on 70% of the customers and judged on the 30% held ` +
    'out (AUC with its interval, Brier score, calibration by deciles). Every customer who has not churned is ' +
    'scored; the 1,000 most at risk are listed, highest first, paged by the `next` cursor, each with what ' +
    'raises the risk and their latest breaching moments there. Personal fields are masked without pii.',
  request: { query: ZAtRiskQuery },
  responses: {
    200: jsonResponse(ZAtRiskPage, 'A page of the list, with the model'),
    202: jsonResponse(ZAtRiskRunning, 'Still running: its progress and the last page'),
    ...refusals,
  },
});

type TStored = { result: unknown; computedAt: string };

/** `GET /api/churn/survival`, `GET /api/churn/drivers`, `GET /api/churn/at-risk`. */
export function registerChurnRoutes(app: TApp, db: TDatabase, options: TAnalysisOptions = {}): void {
  const answer = (c: { get(key: 'maxConcurrentAnalyses'): number }, request: TAnalysisRequest) =>
    answerAnalysis(db, request, {
      waitMs: options.waitMs ?? 1_000,
      maxRunning: c.get('maxConcurrentAnalyses'),
    });

  app.openapi(survival, async (c) => {
    const query = c.req.valid('query');
    const workspaceId = c.get('workspace').id;
    const done = await answer(c, {
      kind: 'churn-survival',
      workspaceId,
      journey: query.journey,
      query: { ...query },
      compute: (hooks) => analyzeChurnSurvival(db, workspaceId, query, hooks),
    });
    const present = (s: TStored) => ({
      ...(s.result as z.infer<typeof ZChurnSurvival>),
      computedAt: s.computedAt,
    });
    if (done.state === 'done') return c.json(present(done.stored), 200);
    return c.json({ progress: done.progress, last: done.last ? present(done.last) : null }, 202);
  });

  app.openapi(drivers, async (c) => {
    const query = c.req.valid('query');
    const workspaceId = c.get('workspace').id;
    const done = await answer(c, {
      kind: 'churn-drivers',
      workspaceId,
      journey: query.journey,
      query: { ...query },
      compute: (hooks) => analyzeChurnDrivers(db, workspaceId, query, hooks),
    });
    const present = (s: TStored) => ({
      ...(s.result as z.infer<typeof ZChurnDrivers>),
      computedAt: s.computedAt,
    });
    if (done.state === 'done') return c.json(present(done.stored), 200);
    return c.json({ progress: done.progress, last: done.last ? present(done.last) : null }, 202);
  });

  app.openapi(atRisk, async (c) => {
    const { journey, limit, after } = c.req.valid('query');
    const cursor = after === undefined ? undefined : readCursor(after);
    const workspaceId = c.get('workspace').id;
    const mask = await personalDataMask(c);
    const done = await answer(c, {
      kind: 'churn-at-risk',
      workspaceId,
      journey,
      query: { journey },
      compute: (hooks) => analyzeAtRisk(db, workspaceId, { journey }, hooks),
    });
    const present = async (s: TStored): Promise<z.infer<typeof ZAtRiskPage>> => {
      const result = s.result as TAtRiskResult;
      const start = cursor === undefined ? 0 : startAfter(result.top, cursor);
      const page = result.top.slice(start, start + limit);
      const asks = page.map((p) => ({
        customer: p.customer,
        touchpoints: p.contributions.flatMap((k) => (k.key.startsWith('breaches:') ? [k.key.slice(9)] : [])),
      }));
      const found = await findRiskMoments(db.orm, workspaceId, journey, asks);
      const last = page.at(-1);
      return {
        journey: result.journey,
        observedUntil: result.observedUntil,
        customers: result.customers,
        churned: result.churned,
        scored: result.scored,
        listed: result.top.length,
        computedAt: s.computedAt,
        model: presentModel(result.model),
        items: page.map((p) => ({
          ...p,
          attributes: mask(found.get(p.customer)?.attributes ?? {}) ?? {},
          moments: found.get(p.customer)?.moments ?? [],
        })),
        next: last && start + limit < result.top.length ? writeCursor(last.risk, last.customer) : null,
      };
    };
    if (done.state === 'done') return c.json(await present(done.stored), 200);
    return c.json({ progress: done.progress, last: done.last ? await present(done.last) : null }, 202);
  });
}

/** The model as shown: its coefficients and its validation on the held-out customers. */
function presentModel(model: TAtRiskModel): z.infer<typeof ZAtRiskPage>['model'] {
  const { holdout } = model;
  return {
    keys: [...model.keys],
    dropped: model.dropped.map((d) => ({ ...d })),
    intercept: model.intercept,
    coefficients: [...model.coefficients],
    standardErrors: [...model.standardErrors],
    holdoutShare: model.holdoutShare,
    training: model.training,
    holdout: { ...holdout, auc: { ...holdout.auc }, calibration: holdout.calibration.map((b) => ({ ...b })) },
  };
}

type TCursor = { risk: number; customer: string };

const writeCursor = (risk: number, customer: string) =>
  Buffer.from(JSON.stringify([risk, customer])).toString('base64url');

function readCursor(after: string): TCursor {
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string')
      return { risk: value[0], customer: value[1] };
  } catch {
    // Reported below.
  }
  throw invalidInput('not a cursor of this list: pass the `next` of the previous page', ['query', 'after']);
}

/**
 * Where the page after the cursor starts: after the cursor's customer when the list still holds them at
 * that risk, else at the first customer less at risk (the list was computed again meanwhile).
 */
function startAfter(top: TAtRiskResult['top'], cursor: TCursor): number {
  const at = top.findIndex((t) => t.customer === cursor.customer && t.risk === cursor.risk);
  if (at >= 0) return at + 1;
  const below = top.findIndex((t) => t.risk < cursor.risk);
  return below < 0 ? top.length : below;
}
