import type { TSurveyDefinition } from '@mot/core';
import { and, asc, eq } from 'drizzle-orm';
import { notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { surveys, surveyVersions } from '../storage/surveys-schema.ts';

/** A survey with every version's definition, newest first: what its results are read against. */
export type TResultSurvey = {
  id: string;
  key: string;
  name: string;
  currentVersion: number;
  versions: Array<{ version: number; definition: TSurveyDefinition }>;
};

/** The survey `key` of the workspace with its versions; 404 naming the key when there is none. */
export async function findResultSurvey(
  db: TDatabase,
  workspaceId: string,
  key: string,
): Promise<TResultSurvey> {
  const [survey] = await db.orm
    .select({ id: surveys.id, key: surveys.key, name: surveys.name, currentVersion: surveys.currentVersion })
    .from(surveys)
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.key, key)));
  if (!survey) throw notFound(`survey "${key}"`, ['params', 'key']);
  const versions = await db.orm
    .select({ version: surveyVersions.version, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.workspaceId, workspaceId), eq(surveyVersions.surveyId, survey.id)))
    .orderBy(asc(surveyVersions.version));
  return { ...survey, versions: versions.reverse() };
}
