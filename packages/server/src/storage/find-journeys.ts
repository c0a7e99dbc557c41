import type { TJourney, TMeasure, TStage, TTouchpoint } from '@mot/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TOrm } from './database.ts';
import { journeys, measures, stages, touchpoints } from './schema.ts';

/** A stored journey document with the ids of its rows (touchpoint ids are what moments refer to). */
export type TStoredJourney = {
  id: number;
  journey: TJourney;
  touchpointIds: Map<string, number>;
};

type TNames = Record<string, string> | null;
const namesOf = (names: TNames) => (names ? { names } : {});

/**
 * Loads the journey documents of a workspace (all of them, or the one with `key`), in four queries
 * whatever the number of journeys.
 */
export async function findJourneys(orm: TOrm, workspaceId: string, key?: string): Promise<TStoredJourney[]> {
  const heads = await orm
    .select()
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), key === undefined ? undefined : eq(journeys.key, key)))
    .orderBy(asc(journeys.key));
  if (heads.length === 0) return [];
  const ids = heads.map((j) => j.id);
  const [stageRows, touchpointRows] = await Promise.all([
    orm
      .select()
      .from(stages)
      .where(and(eq(stages.workspaceId, workspaceId), inArray(stages.journeyId, ids)))
      .orderBy(asc(stages.position)),
    orm
      .select()
      .from(touchpoints)
      .where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.journeyId, ids)))
      .orderBy(asc(touchpoints.position)),
  ]);
  const measureRows =
    touchpointRows.length === 0
      ? []
      : await orm
          .select()
          .from(measures)
          .where(
            and(
              eq(measures.workspaceId, workspaceId),
              inArray(
                measures.touchpointId,
                touchpointRows.map((t) => t.id),
              ),
            ),
          )
          .orderBy(asc(measures.position));
  return heads.map((head) => {
    const touchpointIds = new Map<string, number>();
    const journey: TJourney = {
      key: head.key,
      name: head.name,
      ...namesOf(head.names),
      ...(head.description == null ? {} : { description: head.description }),
      stages: stageRows
        .filter((s) => s.journeyId === head.id)
        .map((s): TStage => ({
          key: s.key,
          name: s.name,
          ...namesOf(s.names),
          kind: s.kind as TStage['kind'],
        })),
      touchpoints: touchpointRows
        .filter((t) => t.journeyId === head.id)
        .map((t): TTouchpoint => {
          touchpointIds.set(t.key, t.id);
          return {
            key: t.key,
            name: t.name,
            ...namesOf(t.names),
            stage: t.stageKey,
            channel: t.channel as TTouchpoint['channel'],
            owner: t.owner,
            ...(t.ratingMin == null || t.ratingMax == null
              ? {}
              : { ratingScale: { min: t.ratingMin, max: t.ratingMax } }),
            measures: measureRows.filter((m) => m.touchpointId === t.id).map(toMeasure),
          };
        }),
    };
    return { id: head.id, journey, touchpointIds };
  });
}

function toMeasure(m: typeof measures.$inferSelect): TMeasure {
  return {
    key: m.key,
    ...(m.name == null ? {} : { name: m.name }),
    ...namesOf(m.names),
    unit: m.unit,
    direction: m.direction as TMeasure['direction'],
    ...(m.target == null || m.floor == null ? {} : { standard: { target: m.target, floor: m.floor } }),
  };
}
