/**
 * Surveys as stored: a survey and the versions of its SurveyJS definition. Editing the definition writes a
 * new version (the earlier ones stay, for the answers that keep the version they answered); renaming or
 * changing the state does not. Every write is audited.
 */
import { boundTouchpoints, buildSurveyTemplate, SurveyTemplateError } from '@mot/core';
import type { TJourney, TSurveyDefinition, TSurveyTemplate, TSurveyTemplateInput } from '@mot/core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { appendAudit, currentActor } from '../access/audit.ts';
import { actorName } from '../cases/append-case-event.ts';
import { alreadyExists, invalidInput, notFound } from '../errors.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { surveys, surveyVersions } from '../storage/surveys-schema.ts';
import type { TSurveyRow, TSurveyStatus } from '../storage/surveys-schema.ts';

/** A survey as lists show it. */
export type TSurveyOut = {
  key: string;
  name: string;
  journey: string | null;
  template: TSurveyTemplate | null;
  status: TSurveyStatus;
  version: number;
  questions: number;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
};

/** A survey with one version's definition and the list of its versions. */
export type TSurveyDetail = TSurveyOut & {
  definition: TSurveyDefinition;
  /** The version `definition` is (the current one unless another was asked for). */
  shownVersion: number;
  versions: Array<{ version: number; createdBy: string; createdAt: string }>;
};

/** A new survey: a definition written or imported, or one made from a template. */
export type TSurveyCreate = {
  key: string;
  name: string;
  journey: string | null;
  status: TSurveyStatus;
  definition?: TSurveyDefinition | undefined;
  template?: TSurveyTemplateInput | undefined;
};

/** A change to a survey: any of its name, journey, state and definition. */
export type TSurveyChange = {
  name?: string | undefined;
  journey?: string | null | undefined;
  status?: TSurveyStatus | undefined;
  definition?: TSurveyDefinition | undefined;
};

const missing = (key: string) => notFound(`survey "${key}"`, ['params', 'key']);

const countQuestions = (definition: TSurveyDefinition) =>
  definition.pages.reduce((n, page) => n + page.elements.filter((q) => q.type !== 'html').length, 0);

function present(row: TSurveyRow, definition: TSurveyDefinition): TSurveyOut {
  return {
    key: row.key,
    name: row.name,
    journey: row.journey,
    template: row.template as TSurveyTemplate | null,
    status: row.status,
    version: row.currentVersion,
    questions: countQuestions(definition),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The workspace's surveys, the latest changed first. */
export async function listSurveys(orm: TOrm, workspaceId: string): Promise<TSurveyOut[]> {
  const rows = await orm
    .select({ s: surveys, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.surveyId, surveys.id), eq(surveyVersions.version, surveys.currentVersion)),
    )
    .where(eq(surveys.workspaceId, workspaceId))
    .orderBy(desc(surveys.updatedAt), asc(surveys.key));
  return rows.map(({ s, definition }) => present(s, definition));
}

async function findRow(orm: TOrm, workspaceId: string, key: string): Promise<TSurveyRow | undefined> {
  const [row] = await orm
    .select()
    .from(surveys)
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.key, key)));
  return row;
}

/** A survey with its current definition, or with `version`'s (404 for either unknown). */
export async function findSurvey(
  orm: TOrm,
  workspaceId: string,
  key: string,
  version?: number,
): Promise<TSurveyDetail> {
  const row = await findRow(orm, workspaceId, key);
  if (!row) throw missing(key);
  const versions = await orm
    .select()
    .from(surveyVersions)
    .where(and(eq(surveyVersions.workspaceId, workspaceId), eq(surveyVersions.surveyId, row.id)))
    .orderBy(desc(surveyVersions.version));
  const shown = versions.find((v) => v.version === (version ?? row.currentVersion));
  const current = versions.find((v) => v.version === row.currentVersion);
  if (!shown || !current) throw notFound(`version ${version} of survey "${key}"`, ['query', 'version']);
  return {
    ...present(row, current.definition),
    definition: shown.definition,
    shownVersion: shown.version,
    versions: versions.map((v) => ({
      version: v.version,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
    })),
  };
}

/**
 * The journey a survey is about, checked: it exists, and every touchpoint the definition binds is one of
 * its touchpoints (a definition binding touchpoints needs a journey).
 */
async function checkJourney(
  tx: TOrm,
  workspaceId: string,
  journeyKey: string | null,
  definition: TSurveyDefinition | undefined,
  definitionPath: (string | number)[],
): Promise<TJourney | undefined> {
  let journey: TJourney | undefined;
  if (journeyKey !== null) {
    journey = (await findJourneys(tx, workspaceId, journeyKey))[0]?.journey;
    if (!journey) throw invalidInput(`no journey "${journeyKey}" in this workspace`, ['journey']);
  }
  if (definition) {
    const keys = new Set(journey?.touchpoints.map((t) => t.key) ?? []);
    for (const touchpoint of boundTouchpoints(definition)) {
      if (!journey) {
        throw invalidInput(`the survey rates touchpoint "${touchpoint}": name the journey it belongs to`, [
          'journey',
        ]);
      }
      if (!keys.has(touchpoint)) {
        throw invalidInput(`journey "${journey.key}" has no touchpoint "${touchpoint}"`, definitionPath);
      }
    }
  }
  return journey;
}

/** Creates a survey with its first version (audited): from a definition, or from a template. */
export async function createSurvey(
  db: TDatabase,
  workspaceId: string,
  input: TSurveyCreate,
): Promise<TSurveyDetail> {
  return db.orm.transaction(async (tx) => {
    if (await findRow(tx, workspaceId, input.key)) throw alreadyExists(`a survey "${input.key}"`, ['key']);
    let definition = input.definition;
    const journey = await checkJourney(tx, workspaceId, input.journey, definition, ['definition']);
    if (input.template) {
      try {
        definition = buildSurveyTemplate(input.template, journey);
      } catch (error) {
        if (!(error instanceof SurveyTemplateError)) throw error;
        const path = error.path[0] === 'journey' ? ['journey'] : ['template', ...error.path];
        throw invalidInput(error.message, path);
      }
    }
    if (!definition) throw invalidInput('give the survey a definition or a template', ['definition']);
    const actor = actorName(currentActor());
    const [row] = await tx
      .insert(surveys)
      .values({
        workspaceId,
        key: input.key,
        name: input.name,
        journey: input.journey,
        template: input.template?.template ?? null,
        status: input.status,
        currentVersion: 1,
        createdBy: actor,
        updatedBy: actor,
      })
      .returning({ id: surveys.id });
    await tx
      .insert(surveyVersions)
      .values({ workspaceId, surveyId: row?.id ?? '', version: 1, definition, createdBy: actor });
    await appendAudit(tx, {
      workspaceId,
      action: 'survey.create',
      entityType: 'survey',
      entityId: input.key,
      summary: { name: input.name, journey: input.journey, template: input.template?.template ?? null },
    });
    return findSurvey(tx, workspaceId, input.key);
  });
}

/** Canonical JSON (keys sorted), to tell whether a definition really changed. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/**
 * Changes a survey (audited). A definition that differs from the current one becomes the next version;
 * the same definition sent again writes nothing new.
 */
export async function updateSurvey(
  db: TDatabase,
  workspaceId: string,
  key: string,
  change: TSurveyChange,
): Promise<TSurveyDetail> {
  return db.orm.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(surveys)
      .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.key, key)))
      .for('update');
    if (!row) throw missing(key);
    const current = await findSurvey(tx, workspaceId, key);
    const journeyKey = change.journey !== undefined ? change.journey : row.journey;
    const definition = change.definition ?? current.definition;
    await checkJourney(
      tx,
      workspaceId,
      journeyKey,
      definition,
      change.definition ? ['definition'] : ['journey'],
    );
    const actor = actorName(currentActor());
    const changed =
      change.definition !== undefined && canonical(change.definition) !== canonical(current.definition);
    const version = changed ? row.currentVersion + 1 : row.currentVersion;
    if (changed) {
      await tx
        .insert(surveyVersions)
        .values({ workspaceId, surveyId: row.id, version, definition, createdBy: actor });
    }
    await tx
      .update(surveys)
      .set({
        name: change.name ?? row.name,
        journey: journeyKey,
        status: change.status ?? row.status,
        currentVersion: version,
        updatedBy: actor,
        updatedAt: sql`now()`,
      })
      .where(eq(surveys.id, row.id));
    await appendAudit(tx, {
      workspaceId,
      action: 'survey.update',
      entityType: 'survey',
      entityId: key,
      summary: {
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.journey !== undefined ? { journey: change.journey } : {}),
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(changed ? { version } : {}),
      },
    });
    return findSurvey(tx, workspaceId, key);
  });
}

/** Deletes a survey and its versions (audited). */
export async function deleteSurvey(db: TDatabase, workspaceId: string, key: string): Promise<void> {
  await db.orm.transaction(async (tx) => {
    const deleted = await tx
      .delete(surveys)
      .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.key, key)))
      .returning({ id: surveys.id });
    if (deleted.length === 0) throw missing(key);
    await appendAudit(tx, {
      workspaceId,
      action: 'survey.delete',
      entityType: 'survey',
      entityId: key,
      summary: {},
    });
  });
}

/** What an exported survey carries beside its SurveyJS definition, so importing it restores the survey. */
export type TSurveyExportInfo = {
  format: 'mot-survey';
  key: string;
  name: string;
  journey: string | null;
  version: number;
};

/** A survey as a file: its SurveyJS definition, with what mot knows of it under `mot`. */
export async function exportSurvey(
  orm: TOrm,
  workspaceId: string,
  key: string,
  version?: number,
): Promise<TSurveyDefinition & { mot: TSurveyExportInfo }> {
  const detail = await findSurvey(orm, workspaceId, key, version);
  return {
    ...detail.definition,
    mot: {
      format: 'mot-survey',
      key: detail.key,
      name: detail.name,
      journey: detail.journey,
      version: detail.shownVersion,
    },
  };
}
