/**
 * What a customer does with a link: read the survey (with the answers kept so far), keep partial answers,
 * submit once, unsubscribe. A link is found by its token's SHA-256. The answer is stored once per link (a
 * unique index, so two submissions arriving together store one and the other is told it was received), the
 * link marked used in the same transaction; then the answer goes into the MOT model (into-mot.ts) and is
 * marked ingested. An answer stored but not yet ingested (the server stopped in between, or ingestion was
 * refused) is ingested again by the next submission of the same link, with the same event ids.
 */
import type { TSurveyDefinition } from '@mot/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { readSettings } from '../access/settings.ts';
import { MotError, notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { surveys, surveyVersions } from '../storage/surveys-schema.ts';
import type { TSurveyStatus } from '../storage/surveys-schema.ts';
import { findAnswerProblem } from './check-answers.ts';
import { ingestAnswer } from './into-mot.ts';
import type { TIngestSummary } from './into-mot.ts';
import { hashToken } from './links.ts';
import type { TSurveyLanguage } from './links.ts';
import { surveyAnswers, surveyLinks, surveyOptOuts } from './survey-answers-schema.ts';
import type { TSurveyLinkRow } from './survey-answers-schema.ts';

/** A link with its survey, as a customer's request finds it. */
type TFoundLink = {
  link: TSurveyLinkRow;
  survey: { key: string; name: string; status: TSurveyStatus };
  definition: TSurveyDefinition;
  language: TSurveyLanguage;
};

/** The survey as the public page gets it. */
export type TPublicSurvey = {
  survey: string;
  name: string;
  version: number;
  language: TSurveyLanguage;
  definition: TSurveyDefinition;
  partial: Record<string, unknown>;
  expiresAt: string;
};

const unknownLink = () =>
  notFound('this survey link', ['params', 'token']) as MotError & { code: 'not_found' };

async function findLink(db: TDatabase, token: string): Promise<TFoundLink> {
  // A token of the wrong shape is unknown, without a query.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw unknownLink();
  const [row] = await db.orm
    .select({
      link: surveyLinks,
      key: surveys.key,
      name: surveys.name,
      status: surveys.status,
      definition: surveyVersions.definition,
    })
    .from(surveyLinks)
    .innerJoin(surveys, eq(surveys.id, surveyLinks.surveyId))
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.surveyId, surveyLinks.surveyId), eq(surveyVersions.version, surveyLinks.version)),
    )
    .where(eq(surveyLinks.tokenHash, hashToken(token)));
  if (!row) throw unknownLink();
  const language =
    (row.link.language as TSurveyLanguage | null) ?? (await readSettings(db, row.link.workspaceId)).language;
  return {
    link: row.link,
    survey: { key: row.key, name: row.name, status: row.status },
    definition: row.definition,
    language,
  };
}

/** Refuses a link that was answered (409), expired or whose survey closed (410); else returns it. */
function assertOpen(found: TFoundLink, now = new Date()): TFoundLink {
  const details = { language: found.language };
  if (found.link.usedAt) {
    throw new MotError(
      'already_answered',
      'thank you, your answer was already received',
      ['params', 'token'],
      details,
    );
  }
  if (found.link.expiresAt <= now) {
    throw new MotError('link_expired', 'this survey link has expired', ['params', 'token'], details);
  }
  if (found.survey.status === 'archived') {
    throw new MotError('link_expired', 'this survey is closed', ['params', 'token'], details);
  }
  return found;
}

/** The survey behind a link, in the link's language (else the workspace's), with the answers kept. */
export async function readPublicSurvey(db: TDatabase, token: string): Promise<TPublicSurvey> {
  const { link, survey, definition, language } = assertOpen(await findLink(db, token));
  return {
    survey: survey.key,
    name: survey.name,
    version: link.version,
    language,
    definition,
    partial: link.partial ?? {},
    expiresAt: link.expiresAt.toISOString(),
  };
}

function checkAnswers(definition: TSurveyDefinition, answers: Record<string, unknown>): void {
  const problem = findAnswerProblem(definition, answers);
  if (problem) throw new MotError('invalid_input', problem.message, ['answers', problem.question]);
}

/** Keeps the answers given so far (replacing the earlier ones), checked like a submission. */
export async function keepPartialAnswers(
  db: TDatabase,
  token: string,
  answers: Record<string, unknown>,
): Promise<{ savedAt: string }> {
  const { link, definition } = assertOpen(await findLink(db, token));
  checkAnswers(definition, answers);
  const now = new Date();
  const updated = await db.orm
    .update(surveyLinks)
    .set({ partial: answers, partialAt: now })
    .where(and(eq(surveyLinks.id, link.id), isNull(surveyLinks.usedAt)))
    .returning({ id: surveyLinks.id });
  if (updated.length === 0) assertOpen(await findLink(db, token));
  return { savedAt: now.toISOString() };
}

/** What a submission answers: the answer's id and what it became in the MOT model. */
export type TSubmitted = { answer: string; submittedAt: string; ingested: TIngestSummary | null };

/**
 * Submits the answers of a link, once: checked against the link's version, stored with the link marked
 * used, then turned into moments and the episode's outcome. A second submission is refused with 409 (and
 * finishes the ingestion of the first when that had not happened).
 */
export async function submitAnswers(
  db: TDatabase,
  token: string,
  answers: Record<string, unknown>,
): Promise<TSubmitted> {
  const found = await findLink(db, token);
  const { link, definition, language } = found;
  if (link.usedAt) await finishIngestion(db, found);
  assertOpen(found);
  checkAnswers(definition, answers);
  // Without an episode, the answer is its own episode (a survey at a counter, not after a known episode).
  const stored = await db.orm.transaction(async (tx) => {
    const claimed = await tx
      .update(surveyLinks)
      .set({ usedAt: sql`now()`, partial: null })
      .where(and(eq(surveyLinks.id, link.id), isNull(surveyLinks.usedAt)))
      .returning({ id: surveyLinks.id });
    if (claimed.length === 0) return undefined;
    const [row] = await tx
      .insert(surveyAnswers)
      .values({
        workspaceId: link.workspaceId,
        linkId: link.id,
        surveyId: link.surveyId,
        version: link.version,
        customer: link.customer,
        episode: link.episode ?? `survey-${link.id}`,
        journey: link.journey,
        language,
        answers,
      })
      .onConflictDoNothing()
      .returning();
    return row;
  });
  if (!stored) {
    throw new MotError(
      'already_answered',
      'thank you, your answer was already received',
      ['params', 'token'],
      { language },
    );
  }
  // The answer is stored: the customer is thanked even when the MOT model refuses it for now (a journey
  // changed since the link was minted); it stays marked not ingested, for the log and a later retry.
  let ingested: TIngestSummary | null = null;
  try {
    ingested = await ingestStored(db, found, stored);
  } catch (error) {
    console.error(`survey answer ${stored.id} stored but not ingested:`, error);
  }
  return { answer: stored.id, submittedAt: stored.submittedAt.toISOString(), ingested };
}

async function ingestStored(
  db: TDatabase,
  found: TFoundLink,
  stored: typeof surveyAnswers.$inferSelect,
): Promise<TIngestSummary> {
  const ingested = await ingestAnswer(db, stored.workspaceId, found.definition, {
    id: stored.id,
    surveyKey: found.survey.key,
    version: stored.version,
    customer: stored.customer,
    episode: stored.episode,
    journey: stored.journey,
    submittedAt: stored.submittedAt,
    answers: stored.answers,
  });
  await db.orm
    .update(surveyAnswers)
    .set({ ingestedAt: sql`now()`, ingestSummary: ingested })
    .where(eq(surveyAnswers.id, stored.id));
  return ingested;
}

/** Ingests the stored answer of a used link when that did not happen yet (a retry after a failure). */
async function finishIngestion(db: TDatabase, found: TFoundLink): Promise<void> {
  const [stored] = await db.orm
    .select()
    .from(surveyAnswers)
    .where(and(eq(surveyAnswers.linkId, found.link.id), isNull(surveyAnswers.ingestedAt)));
  if (!stored) return;
  try {
    await ingestStored(db, found, stored);
  } catch (error) {
    console.error(`survey answer ${stored.id} still not ingested:`, error);
  }
}

/**
 * Records that the customer of a link never wants another survey from this workspace (退订), whatever
 * the state of the link (an answered or expired link still unsubscribes). Kept forever; repeating it
 * changes nothing.
 */
export async function unsubscribe(db: TDatabase, token: string): Promise<{ language: TSurveyLanguage }> {
  const { link, language } = await findLink(db, token);
  await db.orm
    .insert(surveyOptOuts)
    .values({ workspaceId: link.workspaceId, customer: link.customer, linkId: link.id })
    .onConflictDoNothing();
  return { language };
}
