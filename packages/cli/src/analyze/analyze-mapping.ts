import { z } from 'zod';
import { ZImportMapping } from '../import/mapping.ts';
import { MappingError } from '../import/mapping.ts';
import type { TImportMapping } from '../import/mapping.ts';

const ZColumn = z.string().min(1, 'must name a column');

/**
 * Where each episode's outcome is: columns of the outcomes file (`--outcomes`), or of the moments file when
 * there is no outcomes file. `episode` is the outcomes file's episode key column (default "episode").
 */
export const ZOutcomeColumns = z.strictObject({
  episode: ZColumn.optional(),
  overall: ZColumn.optional(),
  nps: ZColumn.optional(),
  churned: ZColumn.optional(),
});
export type TOutcomeColumns = z.infer<typeof ZOutcomeColumns>;

/** The mapping of `mot analyze --moments`: the import mapping of the moments, and the outcome columns. */
export const ZAnalyzeMapping = z.strictObject({
  moments: ZImportMapping.default({}),
  outcomes: ZOutcomeColumns.default({}),
});
export type TAnalyzeMapping = { moments: TImportMapping; outcomes: TOutcomeColumns };

/**
 * Reads a moments mapping document: `{ "moments": {...}, "outcomes": {...} }`, or a plain `mot import`
 * mapping (taken as the moments part), so one mapping file serves both commands.
 */
export function parseAnalyzeMapping(document: unknown, origin: string): TAnalyzeMapping {
  const isWrapped =
    document !== null && typeof document === 'object' && ('moments' in document || 'outcomes' in document);
  const result = (
    isWrapped ? ZAnalyzeMapping : ZImportMapping.transform((m) => ({ moments: m, outcomes: {} }))
  ).safeParse(document);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? '(top level)' : path}: ${issue.message}`;
  });
  throw new MappingError(`${origin}: ${problems.join('; ')}`);
}
