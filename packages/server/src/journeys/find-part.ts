import { notFound } from '../errors.ts';

/** The item with this key in a journey's list (stages, touchpoints, measures) and its index; else 404. */
export function findPart<T extends { key: string }>(
  items: readonly T[],
  key: string,
  what: 'stage' | 'touchpoint' | 'measure',
): { at: number; item: T } {
  const at = items.findIndex((s) => s.key === key);
  const item = items[at];
  if (!item) throw notFound(`${what} "${key}"`, ['params', what]);
  return { at, item };
}
