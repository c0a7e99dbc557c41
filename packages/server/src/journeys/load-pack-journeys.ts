import { findPackJourney, getPack, journeysOf } from '@mot/core';
import type { TJourney, TPack } from '@mot/core';
import { installPackAlertRules } from '../cases/alert-rules-store.ts';
import { notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { putJourney } from '../storage/put-journey.ts';

/** A built-in pack by key, or a 404 naming where the key came from. */
export function findPackOrFail(key: string, path: (string | number)[] = ['params', 'pack']): TPack {
  const pack = getPack(key);
  if (!pack) throw notFound(`pack "${key}"`, path);
  return pack;
}

/** One journey of a pack as a document to store (a copy), or a 404. */
export function findPackJourneyOrFail(
  pack: TPack,
  journey: string,
  path: (string | number)[] = ['params', 'journey'],
): TJourney {
  const found = findPackJourney(pack, journey);
  if (!found) throw notFound(`journey "${journey}" in pack "${pack.key}"`, path);
  return structuredClone(found);
}

/**
 * Creates one journey of a built-in pack in a workspace, under its own key or `as`; never replaces one. The
 * pack's default alert rules are installed with it (rules already there are kept as they are).
 */
export async function loadPackJourney(
  db: TDatabase,
  workspaceId: string,
  packKey: string,
  journey: string,
  as?: string,
): Promise<TJourney> {
  const document = findPackJourneyOrFail(findPackOrFail(packKey), journey);
  const created = await putJourney(
    db,
    workspaceId,
    { ...document, key: as ?? document.key },
    { createOnly: true },
  );
  // The pack's default alert rules come with its journeys, so breaches open cases from the first moment.
  await installPackAlertRules(db, workspaceId, packKey);
  return created;
}

/**
 * Creates journeys of a built-in pack in a workspace: the ones named, or all. A key that exists is refused
 * with `already_exists` (nothing is replaced); journeys are created one by one, in the pack's order, then
 * the pack's default alert rules are installed (see `installPackAlertRules`).
 */
export async function loadPackJourneys(
  db: TDatabase,
  workspaceId: string,
  packKey: string,
  journeys?: string[],
): Promise<TJourney[]> {
  const pack = findPackOrFail(packKey);
  const documents = journeys?.length
    ? journeys.map((key) => findPackJourneyOrFail(pack, key))
    : journeysOf(pack);
  const created: TJourney[] = [];
  for (const document of documents) {
    created.push(await putJourney(db, workspaceId, document, { createOnly: true }));
  }
  await installPackAlertRules(db, workspaceId, packKey);
  return created;
}
