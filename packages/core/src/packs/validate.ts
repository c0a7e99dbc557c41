import type { TJourneyProblem } from '../domain/journey.ts';
import { ZPack } from './schema.ts';
import type { TPack } from './schema.ts';

/** A problem in a pack document: the path of the field at fault (array and dotted forms) and what is wrong. */
export type TPackProblem = TJourneyProblem & { at: string };

/** The result of validating a pack document. */
export type TPackValidation = { ok: true; pack: TPack } | { ok: false; problems: TPackProblem[] };

/** Renders a field path as `journeys[0].touchpoints[3].measures[1].standard.floor`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Validates unknown data (a parsed JSON file, a request body) as a pack. Every problem carries the exact
 * path of the offending field, so an author can fix a pack file without guessing.
 */
export function validatePack(data: unknown): TPackValidation {
  const result = ZPack.safeParse(data);
  if (result.success) return { ok: true, pack: result.data };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { path, at: formatFieldPath(path), message: issue.message };
  });
  return { ok: false, problems };
}
