import type { TJourney } from '@mot/core';
import { notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';

/** The journey document with this key; `not_found` when there is none. */
export async function findJourney(
  db: Pick<TDatabase, 'orm'>,
  workspaceId: string,
  key: string,
): Promise<TJourney> {
  const [stored] = await findJourneys(db.orm, workspaceId, key);
  if (!stored) throw notFound(`journey "${key}"`, ['params', 'journey']);
  return stored.journey;
}
