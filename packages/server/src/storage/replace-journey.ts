import type { TJourney } from '@mot/core';
import { and, eq } from 'drizzle-orm';
import type { TDatabase } from './database.ts';
import { changeJourney, parseJourney } from './put-journey.ts';
import { journeys } from './schema.ts';

/**
 * Creates or replaces a whole journey document (`putJourney`) and says which it did. Whether the key
 * existed is read inside the write transaction, under the workspace lock every journey write takes, so
 * of two PUTs of a new key at once exactly one reports `created`.
 */
export async function replaceJourney(
  db: TDatabase,
  workspaceId: string,
  input: unknown,
): Promise<{ journey: TJourney; created: boolean }> {
  const journey = parseJourney(input);
  let created = false;
  const stored = await changeJourney(db, workspaceId, async (tx) => {
    const [existing] = await tx
      .select({ id: journeys.id })
      .from(journeys)
      .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.key, journey.key)));
    created = existing === undefined;
    return journey;
  });
  return { journey: stored, created };
}
