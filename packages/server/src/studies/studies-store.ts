/**
 * KANO and SERVQUAL studies: surveys whose definition carries the `study` mark that the KANO and SERVQUAL
 * templates write (core's studies/study-survey.ts). Creating one goes through the survey store (versioned,
 * audited); its links and answers are a survey's; its results are core's analysis of the stored answers of
 * every version, filtered by period and language.
 */
import { analyzeKanoStudy, analyzeServqualStudy, AnalyticsInputError, studyOfDefinition } from '@mot/core';
import type {
  KanoClassRule,
  KanoTableName,
  TKanoStudyResult,
  TServqualStudyResult,
  TStudyKind,
  TStudyMarker,
} from '@mot/core';
import { and, asc, count, desc, eq, gte, inArray, lt, max } from 'drizzle-orm';
import { MotError, notFound } from '../errors.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { surveys, surveyVersions } from '../storage/surveys-schema.ts';
import type { TSurveyStatus } from '../storage/surveys-schema.ts';
import { surveyAnswers } from '../survey-answers/survey-answers-schema.ts';
import type { TSurveyLanguage } from '../survey-answers/links.ts';
import { createSurvey } from '../surveys/surveys-store.ts';

/** Fewest answers a study's results are computed from (SERVQUAL's intervals need two). */
export const MIN_STUDY_ANSWERS = 2;

/** A study as lists show it. */
export type TStudyOut = {
  key: string;
  name: string;
  kind: TStudyKind;
  status: TSurveyStatus;
  version: number;
  /** KANO: the features asked about. */
  features: Array<{ key: string; names: { en: string; 'zh-CN': string } }> | null;
  answers: number;
  lastAnswerAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A new study: a KANO questionnaire from its features, or the 22-item SERVQUAL instrument. */
export type TStudyCreate =
  | {
      kind: 'kano';
      key: string;
      name: string;
      status: TSurveyStatus;
      features: Array<{ key: string; name: { en?: string | undefined; 'zh-CN'?: string | undefined } }>;
    }
  | { kind: 'servqual'; key: string; name: string; status: TSurveyStatus };

/** What the results are computed from: answers submitted in [from, to), in one language. */
export type TStudyFilters = { from?: Date | undefined; to?: Date | undefined; language?: TSurveyLanguage };

/** The options of a KANO analysis (defaults as docs/studies.md). */
export type TKanoResultOptions = { table?: KanoTableName; rule?: KanoClassRule };

/** A study's results with what it is and what they were computed from. */
export type TStudyResults = {
  study: { key: string; name: string; kind: TStudyKind; version: number };
  filters: { from: string | null; to: string | null; language: TSurveyLanguage | null };
  kano: TKanoStudyResult | null;
  servqual: TServqualStudyResult | null;
};

const notAStudy = (key: string) => notFound(`study "${key}"`, ['params', 'key']);

/** Creates the study's survey (version 1, audited as a survey) from its template; its key must be free. */
export async function createStudy(db: TDatabase, workspaceId: string, input: TStudyCreate) {
  const survey = await createSurvey(db, workspaceId, {
    key: input.key,
    name: input.name,
    journey: null,
    status: input.status,
    template:
      input.kind === 'kano'
        ? {
            template: 'kano',
            features: input.features.map((f) => {
              const en = f.name.en ?? f.name['zh-CN'] ?? f.key;
              return { key: f.key, name: en, names: { en, 'zh-CN': f.name['zh-CN'] ?? en } };
            }),
          }
        : { template: 'servqual' },
  });
  return (await listStudies(db.orm, workspaceId, survey.key))[0];
}

/** The workspace's studies (or the one called `key`), the latest changed first, with their answer counts. */
export async function listStudies(orm: TOrm, workspaceId: string, key?: string): Promise<TStudyOut[]> {
  const rows = await orm
    .select({ s: surveys, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.surveyId, surveys.id), eq(surveyVersions.version, surveys.currentVersion)),
    )
    .where(and(eq(surveys.workspaceId, workspaceId), key === undefined ? undefined : eq(surveys.key, key)))
    .orderBy(desc(surveys.updatedAt), asc(surveys.key));
  const studies = rows.flatMap(({ s, definition }) => {
    const marker = studyOfDefinition(definition);
    return marker ? [{ s, marker }] : [];
  });
  if (studies.length === 0) return [];
  const counts = await orm
    .select({ surveyId: surveyAnswers.surveyId, n: count(), last: max(surveyAnswers.submittedAt) })
    .from(surveyAnswers)
    .where(
      and(
        eq(surveyAnswers.workspaceId, workspaceId),
        inArray(
          surveyAnswers.surveyId,
          studies.map(({ s }) => s.id),
        ),
      ),
    )
    .groupBy(surveyAnswers.surveyId);
  const bySurvey = new Map(counts.map((c) => [c.surveyId, c]));
  return studies.map(({ s, marker }) => {
    const answered = bySurvey.get(s.id);
    return {
      key: s.key,
      name: s.name,
      kind: marker.kind,
      status: s.status,
      version: s.currentVersion,
      features: marker.kind === 'kano' ? marker.features : null,
      answers: Number(answered?.n ?? 0),
      lastAnswerAt: answered?.last ? new Date(answered.last).toISOString() : null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  });
}

/**
 * A study's results: core's KANO or SERVQUAL analysis of the answers submitted in the period and
 * language asked for, read with the current version's study mark (a question a version did not ask is
 * missing in its answers). 404 for a survey that is not a study; 422 `not_enough_data` below
 * MIN_STUDY_ANSWERS answers.
 */
export async function studyResults(
  orm: TOrm,
  workspaceId: string,
  key: string,
  filters: TStudyFilters,
  options: TKanoResultOptions = {},
): Promise<TStudyResults> {
  const [found] = await orm
    .select({ s: surveys, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.surveyId, surveys.id), eq(surveyVersions.version, surveys.currentVersion)),
    )
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.key, key)));
  const marker: TStudyMarker | null = found ? studyOfDefinition(found.definition) : null;
  if (!found || !marker) throw notAStudy(key);
  const rows = await orm
    .select({ answers: surveyAnswers.answers })
    .from(surveyAnswers)
    .where(
      and(
        eq(surveyAnswers.workspaceId, workspaceId),
        eq(surveyAnswers.surveyId, found.s.id),
        filters.from ? gte(surveyAnswers.submittedAt, filters.from) : undefined,
        filters.to ? lt(surveyAnswers.submittedAt, filters.to) : undefined,
        filters.language ? eq(surveyAnswers.language, filters.language) : undefined,
      ),
    )
    .orderBy(asc(surveyAnswers.submittedAt), asc(surveyAnswers.id));
  if (rows.length < MIN_STUDY_ANSWERS) {
    throw new MotError(
      'not_enough_data',
      `study "${key}" has ${rows.length} answer${rows.length === 1 ? '' : 's'} in this period and language; its results need at least ${MIN_STUDY_ANSWERS}`,
      ['query'],
      { answers: rows.length, needed: MIN_STUDY_ANSWERS },
    );
  }
  const answers = rows.map((r) => r.answers);
  const result: Pick<TStudyResults, 'kano' | 'servqual'> = { kano: null, servqual: null };
  try {
    if (marker.kind === 'kano') result.kano = analyzeKanoStudy(marker, answers, options);
    else result.servqual = analyzeServqualStudy(marker, answers);
  } catch (error) {
    // Stored answers were checked against their version; an answer the analysis cannot read is data it
    // cannot use, not a fault of the request.
    if (error instanceof AnalyticsInputError) {
      throw new MotError('not_enough_data', `study "${key}": ${error.message}`, ['query']);
    }
    throw error;
  }
  return {
    study: { key: found.s.key, name: found.s.name, kind: marker.kind, version: found.s.currentVersion },
    filters: {
      from: filters.from?.toISOString() ?? null,
      to: filters.to?.toISOString() ?? null,
      language: filters.language ?? null,
    },
    ...result,
  };
}
