/**
 * Survey links: minted for a batch of customers, each a single-use URL `<public base>/s/<token>`. The token
 * is 32 random bytes (256 bits, base64url) and only its SHA-256 is stored, so a copy of the database opens
 * no survey. A link answers the survey's version current at minting, expires (30 days by default) and is
 * refused for a customer who unsubscribed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { answerNeedsJourney, surveyBindings } from '@mot/core';
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit, currentActor } from '../access/audit.ts';
import { actorName } from '../cases/append-case-event.ts';
import { MotError, notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { journeys } from '../storage/schema.ts';
import { surveys, surveyVersions } from '../storage/surveys-schema.ts';
import { findOptedOut } from './opt-out.ts';
import { surveyLinks } from './survey-answers-schema.ts';
import type { TSurveyLinkChannel } from './survey-answers-schema.ts';

/** Days a link stays open when the request names none. */
export const DEFAULT_LINK_DAYS = 30;

/** The languages a survey page speaks. */
export const SURVEY_LANGUAGES = ['en', 'zh-CN'] as const;
/** A survey page's language. */
export type TSurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

/** One link asked for. */
export type TLinkRequest = {
  customer: string;
  episode?: string | undefined;
  journey?: string | undefined;
  language?: TSurveyLanguage | undefined;
  expiresInDays?: number | undefined;
  /** The channel the link goes out by; default `link` (the company's own systems send the URL). */
  channel?: TSurveyLinkChannel | undefined;
};

/** What became of one link asked for: made, or refused with the reason (the rest of the batch is made). */
export type TLinkResult =
  | { index: number; customer: string; status: 'created'; url: string; expiresAt: string }
  | {
      index: number;
      customer: string;
      status: 'refused';
      code: 'opted_out' | 'no_journey' | 'unknown_journey' | 'wrong_journey';
      message: string;
    };

/** SHA-256 of a token, hex: the only form a token is stored in. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Mints a link per request for the survey `key` (which must be active), all in one transaction; a request
 * for a customer who unsubscribed, or whose journey cannot take the answer, is refused alone.
 */
export async function mintLinks(
  db: TDatabase,
  workspaceId: string,
  key: string,
  requests: readonly TLinkRequest[],
  publicBase: string,
): Promise<{ survey: string; version: number; created: number; refused: number; links: TLinkResult[] }> {
  return db.orm.transaction(async (tx) => {
    const [found] = await tx
      .select({ s: surveys, definition: surveyVersions.definition })
      .from(surveys)
      .innerJoin(
        surveyVersions,
        and(eq(surveyVersions.surveyId, surveys.id), eq(surveyVersions.version, surveys.currentVersion)),
      )
      .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.key, key)));
    if (!found) throw notFound(`survey "${key}"`, ['params', 'key']);
    const { s: survey, definition } = found;
    if (survey.status !== 'active') {
      throw new MotError(
        'invalid_transition',
        `survey "${key}" is ${survey.status}: links are minted for an active survey only`,
        ['params', 'key'],
      );
    }
    const customers = [...new Set(requests.map((r) => r.customer))];
    const optedOut = await findOptedOut(tx, workspaceId, customers);
    const journeyKeys = [...new Set(requests.flatMap((r) => (r.journey ? [r.journey] : [])))];
    const knownJourneys = new Set(
      journeyKeys.length === 0
        ? []
        : (
            await tx
              .select({ key: journeys.key })
              .from(journeys)
              .where(and(eq(journeys.workspaceId, workspaceId), inArray(journeys.key, journeyKeys)))
          ).map((r) => r.key),
    );
    const bindsTouchpoints = surveyBindings(definition).some(({ binding }) =>
      binding.role.startsWith('touchpoint_'),
    );
    const needs = answerNeedsJourney(definition);
    const actor = actorName(currentActor());
    const links: TLinkResult[] = [];
    const rows: Array<typeof surveyLinks.$inferInsert> = [];
    const now = Date.now();
    requests.forEach((r, index) => {
      const refuse = (code: Extract<TLinkResult, { status: 'refused' }>['code'], message: string) =>
        links.push({ index, customer: r.customer, status: 'refused', code, message });
      const journey = r.journey ?? survey.journey;
      if (optedOut.has(r.customer)) {
        return refuse('opted_out', `customer "${r.customer}" unsubscribed from surveys`);
      }
      if (r.journey && !knownJourneys.has(r.journey)) {
        return refuse('unknown_journey', `no journey "${r.journey}" in this workspace`);
      }
      if (bindsTouchpoints && r.journey && r.journey !== survey.journey) {
        return refuse(
          'wrong_journey',
          `the survey rates touchpoints of journey "${survey.journey}", not of "${r.journey}"`,
        );
      }
      if (needs && !journey) {
        return refuse('no_journey', 'the survey has no journey: name the journey the answer belongs to');
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now + (r.expiresInDays ?? DEFAULT_LINK_DAYS) * 86_400_000);
      rows.push({
        workspaceId,
        surveyId: survey.id,
        version: survey.currentVersion,
        tokenHash: hashToken(token),
        customer: r.customer,
        episode: r.episode ?? null,
        journey: journey ?? null,
        language: r.language ?? null,
        channel: r.channel ?? 'link',
        expiresAt,
        createdBy: actor,
      });
      links.push({
        index,
        customer: r.customer,
        status: 'created',
        url: `${publicBase.replace(/\/+$/, '')}/s/${token}`,
        expiresAt: expiresAt.toISOString(),
      });
    });
    for (let i = 0; i < rows.length; i += 500) await tx.insert(surveyLinks).values(rows.slice(i, i + 500));
    const refused = links.length - rows.length;
    await appendAudit(tx, {
      workspaceId,
      action: 'survey.links',
      entityType: 'survey',
      entityId: survey.id,
      summary: { key, version: survey.currentVersion, created: rows.length, refused },
    });
    return { survey: key, version: survey.currentVersion, created: rows.length, refused, links };
  });
}
