import { z } from 'zod';
import { MappingError } from '../import/mapping.ts';

/**
 * A column of a study export: its exact header text, or a prefix ending in `*` ("1-1. 만약*") for the
 * long question texts survey tools write as headers. Either must name exactly one column.
 */
export const ZStudyColumn = z.string().trim().min(1, 'must name a column');

/** Resolves a column reference against the header; the error names the mapping field and what is there. */
export function findStudyColumn(
  header: readonly string[],
  reference: string,
  field: string,
  origin: string,
): number {
  const isPrefix = reference.endsWith('*');
  const wanted = isPrefix ? reference.slice(0, -1) : reference;
  const hits = header.flatMap((name, i) =>
    (isPrefix ? name.startsWith(wanted) : name === wanted) ? [i] : [],
  );
  const [first] = hits;
  if (hits.length === 1 && first !== undefined) return first;
  if (hits.length > 1) {
    const names = hits.map((i) => `"${header[i] ?? ''}"`).join(', ');
    throw new MappingError(`${origin}: ${field}: "${reference}" matches ${hits.length} columns: ${names}`);
  }
  throw new MappingError(
    `${origin}: ${field}: column "${reference}" is not in the header (available columns: ${header.join(', ')})`,
  );
}

/** zod issues as `path: message; ...`, prefixed by the mapping file. */
export function describeMappingIssues(error: z.ZodError, origin: string): MappingError {
  const problems = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? '(top level)' : path}: ${issue.message}`;
  });
  return new MappingError(`${origin}: ${problems.join('; ')}`);
}
