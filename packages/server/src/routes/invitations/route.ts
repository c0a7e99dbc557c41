import { createRoute } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import {
  findInvitations,
  findTallies,
  planningSettingsOf,
  writeFatigueBudget,
} from '../../invitations/index.ts';
import type { TLedgerEntry } from '../../invitations/index.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { summarizeDecisions } from '../../invitations/summarize-decisions.ts';
import { findCustomer } from '../../storage/find-customer.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZBudgetDoc,
  ZCustomerLedgerQuery,
  ZCustomerParams,
  ZDecisionSummary,
  ZDecisionSummaryQuery,
  ZLedgerPage,
  ZLedgerQuery,
  ZTallies,
  ZTallyQuery,
} from './schema.ts';

const tags = ['invitations'];

const ledger = createRoute({
  method: 'get',
  path: '/api/invitations',
  tags,
  ...secured('customers:read'),
  summary:
    'The invitation ledger: every decision, planned or skipped with its reason; newest first, keyset paged',
  request: { query: ZLedgerQuery },
  responses: { 200: jsonResponse(ZLedgerPage, 'A page of the ledger'), 400: errorResponses[400] },
});

const tallies = createRoute({
  method: 'get',
  path: '/api/invitations/tallies',
  tags,
  ...secured('customers:read'),
  summary:
    'How many moments each rule passed over per day (its conditions did not hold): counted, not in the ledger',
  request: { query: ZTallyQuery },
  responses: { 200: jsonResponse(ZTallies, 'The counts, newest day first'), 400: errorResponses[400] },
});

const summary = createRoute({
  method: 'get',
  path: '/api/invitations/summary',
  tags,
  ...secured('customers:read'),
  summary:
    'What each rule decided over a period (the last 7 days by default): moments considered, invitations made, sent, answered and failed, skips by reason, and moments passed over',
  request: { query: ZDecisionSummaryQuery },
  responses: { 200: jsonResponse(ZDecisionSummary, 'Per rule, by key'), 400: errorResponses[400] },
});

const DAY_MS = 86_400_000;
/** The longest period summarised at once, in days. */
const MAX_SUMMARY_DAYS = 366;

/** The period asked for, or the 7 days up to today (UTC); refused when it runs backwards or is too long. */
function summaryPeriod(query: z.infer<typeof ZDecisionSummaryQuery>): { from: string; to: string } {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const to = query.to ?? day(Date.now());
  const from = query.from ?? day(Date.parse(to) - 6 * DAY_MS);
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days < 1) throw invalidInput(`from (${from}) is after to (${to})`, ['query', 'from']);
  if (days > MAX_SUMMARY_DAYS) {
    throw invalidInput(`the period is ${days} days; at most ${MAX_SUMMARY_DAYS} are summarised at once`, [
      'query',
      'from',
    ]);
  }
  return { from, to };
}

const customerLedger = createRoute({
  method: 'get',
  path: '/api/customers/{customer}/invitations',
  tags,
  ...secured('customers:read'),
  summary: 'One customer’s invitations: why each was or was not sent',
  request: { params: ZCustomerParams, query: ZCustomerLedgerQuery },
  responses: {
    200: jsonResponse(ZLedgerPage, 'A page of the customer’s ledger'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const readBudget = createRoute({
  method: 'get',
  path: '/api/invitation-budget',
  tags,
  ...secured('settings:read'),
  summary: 'The fatigue budget: at most N invitations per rolling window of W days, at least D days apart',
  responses: { 200: jsonResponse(ZBudgetDoc, 'The budget (the default when none was set)') },
});

const writeBudget = createRoute({
  method: 'put',
  path: '/api/invitation-budget',
  tags,
  ...secured('surveys:manage'),
  summary: 'Set the fatigue budget, across every survey and channel (reminders are not counted)',
  request: { body: jsonBody(ZBudgetDoc) },
  responses: { 200: jsonResponse(ZBudgetDoc, 'The budget as stored'), 400: errorResponses[400] },
});

type TTallies = z.infer<typeof ZTallies>['tallies'];
type TPage = { invitations: TLedgerEntry[]; next: string | null };
// The ledger's status, reason and channel columns hold only the values their CHECK constraints allow.
const asPage = (page: TPage) => page as unknown as z.infer<typeof ZLedgerPage>;

/** `/api/invitations`, `/api/customers/{customer}/invitations` and `/api/invitation-budget`. */
export function registerInvitationRoutes(app: TApp, db: TDatabase): void {
  app.openapi(ledger, async (c) =>
    c.json(asPage(await findInvitations(db.orm, c.get('workspace').id, c.req.valid('query'))), 200),
  );
  app.openapi(tallies, async (c) => {
    const rows = await findTallies(db.orm, c.get('workspace').id, c.req.valid('query'));
    // The table's reasons are the planner's skip reasons (it writes nothing else).
    return c.json({ tallies: rows as TTallies }, 200);
  });
  app.openapi(summary, async (c) => {
    const period = summaryPeriod(c.req.valid('query'));
    const rules = await summarizeDecisions(db.orm, c.get('workspace').id, period);
    // The skip reasons are the ledger's, which its CHECK constraint holds to the schema's list.
    return c.json({ ...period, rules: rules as z.infer<typeof ZDecisionSummary>['rules'] }, 200);
  });
  app.openapi(customerLedger, async (c) => {
    const { customer } = c.req.valid('param');
    const workspaceId = c.get('workspace').id;
    // A customer the workspace does not know is a 404, as on every customer route.
    if (!(await findCustomer(db.orm, workspaceId, customer))) {
      throw notFound(`customer "${customer}"`, ['params', 'customer']);
    }
    return c.json(
      asPage(await findInvitations(db.orm, workspaceId, { ...c.req.valid('query'), customer })),
      200,
    );
  });
  app.openapi(readBudget, async (c) =>
    c.json((await planningSettingsOf(db.orm, c.get('workspace').id)).budget, 200),
  );
  app.openapi(writeBudget, async (c) =>
    c.json(await writeFatigueBudget(db, c.get('workspace').id, c.req.valid('json')), 200),
  );
}
