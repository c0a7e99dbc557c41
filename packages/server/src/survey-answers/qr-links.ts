/**
 * QR links: the reusable public entry of a store or a counter. An admin makes one for a survey with a
 * label and attributes (store, counter...), optionally the journey and touchpoint its answers are about;
 * the printed QR code holds `<public base>/api/public/qr/<token>`. Each scan mints a fresh single-use link
 * (channel `qr`) for an anonymous customer `qr:<link id>`, carrying the QR link's attributes as the
 * answer's segment attributes, and redirects to the ordinary survey page; so every answer is still
 * answered once. A disabled QR link, or one whose survey is not active, mints nothing. The QR token is
 * printed on posters, so it is stored as it is: it opens only a new link, never an answer.
 */
import { randomBytes } from 'node:crypto';
import { ZAttributes } from '@mot/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import { appendAudit, currentActor } from '../access/audit.ts';
import { actorName } from '../cases/append-case-event.ts';
import { MotError, notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { surveys } from '../storage/surveys-schema.ts';
import { hashToken } from './links.ts';
import type { TSurveyLanguage } from './links.ts';
import { surveyLinks, surveyQrLinks } from './survey-answers-schema.ts';
import type { TSurveyQrLinkRow } from './survey-answers-schema.ts';

/** Days a link minted by a scan stays open: the customer answers there and then, or soon after. */
export const QR_LINK_DAYS = 7;

/** What an admin sends to make a QR link. */
export type TQrLinkInput = {
  label: string;
  attributes?: Record<string, string> | undefined;
  journey?: string | undefined;
  touchpoint?: string | undefined;
  language?: TSurveyLanguage | undefined;
};

/** A QR link as the API shows it. */
export type TQrLink = {
  id: string;
  survey: string;
  label: string;
  attributes: Record<string, string>;
  journey: string | null;
  touchpoint: string | null;
  language: TSurveyLanguage | null;
  enabled: boolean;
  scans: number;
  url: string;
  createdAt: string;
};

const qrUrl = (base: string, token: string) => `${base.replace(/\/+$/, '')}/api/public/qr/${token}`;

function toQrLink(row: TSurveyQrLinkRow, survey: string, base: string): TQrLink {
  return {
    id: row.id,
    survey,
    label: row.label,
    attributes: row.attributes,
    journey: row.journey,
    touchpoint: row.touchpoint,
    language: row.language as TSurveyLanguage | null,
    enabled: row.enabled,
    scans: row.scans,
    url: qrUrl(base, row.token),
    createdAt: row.createdAt.toISOString(),
  };
}

async function findSurvey(db: TDatabase, workspaceId: string, key: string) {
  const [survey] = await db.orm
    .select()
    .from(surveys)
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.key, key)));
  if (!survey) throw notFound(`survey "${key}"`, ['params', 'key']);
  return survey;
}

/** The survey's QR links, the latest first. */
export async function listQrLinks(
  db: TDatabase,
  workspaceId: string,
  key: string,
  base: string,
): Promise<TQrLink[]> {
  const survey = await findSurvey(db, workspaceId, key);
  const rows = await db.orm
    .select()
    .from(surveyQrLinks)
    .where(and(eq(surveyQrLinks.workspaceId, workspaceId), eq(surveyQrLinks.surveyId, survey.id)))
    .orderBy(desc(surveyQrLinks.createdAt));
  return rows.map((r) => toQrLink(r, key, base));
}

/**
 * Makes a QR link for the survey `key` (any state: it mints links only while the survey is active). The
 * journey defaults to the survey's; the touchpoint must be one of that journey's.
 */
export async function createQrLink(
  db: TDatabase,
  workspaceId: string,
  key: string,
  input: TQrLinkInput,
  base: string,
): Promise<TQrLink> {
  const survey = await findSurvey(db, workspaceId, key);
  const attributes = input.attributes ?? {};
  const parsed = ZAttributes.safeParse(attributes);
  if (!parsed.success) {
    throw new MotError('invalid_input', parsed.error.issues[0]?.message ?? 'invalid attributes', [
      'attributes',
    ]);
  }
  const journeyKey = input.journey ?? survey.journey;
  if (input.journey !== undefined || input.touchpoint !== undefined) {
    if (!journeyKey) {
      throw new MotError('invalid_input', 'name the journey the touchpoint belongs to', ['journey']);
    }
    const journey = (await findJourneys(db.orm, workspaceId, journeyKey))[0]?.journey;
    if (!journey)
      throw new MotError('invalid_input', `no journey "${journeyKey}" in this workspace`, ['journey']);
    if (input.touchpoint !== undefined && !journey.touchpoints.some((t) => t.key === input.touchpoint)) {
      throw new MotError('invalid_input', `journey "${journeyKey}" has no touchpoint "${input.touchpoint}"`, [
        'touchpoint',
      ]);
    }
  }
  return db.orm.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveyQrLinks)
      .values({
        workspaceId,
        surveyId: survey.id,
        token: randomBytes(16).toString('base64url'),
        label: input.label,
        attributes,
        journey: journeyKey ?? null,
        touchpoint: input.touchpoint ?? null,
        language: input.language ?? null,
        createdBy: actorName(currentActor()),
      })
      .returning();
    if (!row) throw new Error('the QR link was not stored');
    await appendAudit(tx, {
      workspaceId,
      action: 'survey.qr_link.create',
      entityType: 'survey_qr_link',
      entityId: row.id,
      summary: { survey: key, label: input.label },
    });
    return toQrLink(row, key, base);
  });
}

/** Renames, re-labels or disables (enables) a QR link. */
export async function updateQrLink(
  db: TDatabase,
  workspaceId: string,
  key: string,
  id: string,
  change: {
    label?: string | undefined;
    enabled?: boolean | undefined;
    attributes?: Record<string, string> | undefined;
  },
  base: string,
): Promise<TQrLink> {
  const survey = await findSurvey(db, workspaceId, key);
  return db.orm.transaction(async (tx) => {
    const [row] = await tx
      .update(surveyQrLinks)
      .set({
        ...(change.label !== undefined ? { label: change.label } : {}),
        ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
        ...(change.attributes !== undefined ? { attributes: change.attributes } : {}),
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(surveyQrLinks.workspaceId, workspaceId),
          eq(surveyQrLinks.surveyId, survey.id),
          eq(surveyQrLinks.id, id),
        ),
      )
      .returning();
    if (!row) throw notFound(`QR link "${id}"`, ['params', 'id']);
    await appendAudit(tx, {
      workspaceId,
      action: 'survey.qr_link.update',
      entityType: 'survey_qr_link',
      entityId: id,
      summary: { survey: key, ...change },
    });
    return toQrLink(row, key, base);
  });
}

/**
 * A scan: mints a single-use link for an anonymous customer and returns its page's address. Unknown,
 * disabled and survey-not-active QR links answer 404 / 410 (the page says so in the QR link's language).
 */
export async function scanQrLink(db: TDatabase, token: string, base: string): Promise<{ url: string }> {
  if (!/^[A-Za-z0-9_-]{22}$/.test(token)) throw notFound('this QR code', ['params', 'token']);
  return db.orm.transaction(async (tx) => {
    const [found] = await tx
      .select({ qr: surveyQrLinks, status: surveys.status, version: surveys.currentVersion })
      .from(surveyQrLinks)
      .innerJoin(surveys, eq(surveys.id, surveyQrLinks.surveyId))
      .where(eq(surveyQrLinks.token, token));
    if (!found) throw notFound('this QR code', ['params', 'token']);
    const { qr } = found;
    const details = { language: qr.language ?? 'zh-CN' };
    if (!qr.enabled)
      throw new MotError('link_expired', 'this QR code is no longer in use', ['params', 'token'], details);
    if (found.status !== 'active') {
      throw new MotError('link_expired', 'this survey is closed', ['params', 'token'], details);
    }
    await tx
      .update(surveyQrLinks)
      .set({ scans: sql`${surveyQrLinks.scans} + 1` })
      .where(eq(surveyQrLinks.id, qr.id));
    const linkToken = randomBytes(32).toString('base64url');
    const id = crypto.randomUUID();
    await tx.insert(surveyLinks).values({
      workspaceId: qr.workspaceId,
      id,
      surveyId: qr.surveyId,
      version: found.version,
      tokenHash: hashToken(linkToken),
      customer: `qr:${id}`,
      episode: null,
      journey: qr.journey,
      language: qr.language,
      channel: 'qr',
      qrLinkId: qr.id,
      attributes: qr.attributes,
      expiresAt: new Date(Date.now() + QR_LINK_DAYS * 86_400_000),
      createdBy: `qr:${qr.id}`,
    });
    return { url: `${base.replace(/\/+$/, '')}/s/${linkToken}` };
  });
}
