import type { TJourney } from '../domain/journey.ts';
import type { TPack } from './schema.ts';

/**
 * The journey documents of a pack, ready to PUT into a workspace as they are: each is a plain ZJourney
 * document (deep copies, so a caller may change them without touching the pack).
 */
export function journeysOf(pack: Pick<TPack, 'journeys'>): TJourney[] {
  return pack.journeys.map((journey) => structuredClone(journey));
}

/** One journey of a pack by key, or undefined. */
export function findPackJourney(pack: Pick<TPack, 'journeys'>, key: string): TJourney | undefined {
  return pack.journeys.find((journey) => journey.key === key);
}
