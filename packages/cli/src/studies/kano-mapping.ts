import { z } from 'zod';
import { KANO_CLASS_RULES, KANO_TABLES } from '@mot/core';
import { ZStudyColumn, describeMappingIssues } from './study-columns.ts';

const ZAnswerLabel = z.union([z.string().trim().min(1), z.number()]).transform(String);

/** One feature of a KANO export: its key, a display name, and its two question columns. */
export const ZKanoStudyFeature = z.strictObject({
  key: z.string().trim().min(1, 'must name the feature'),
  /** Shown in the table and the chart instead of the key. */
  name: z.string().trim().min(1).optional(),
  /** The functional question's column ("if it has …"). */
  functional: ZStudyColumn,
  /** The dysfunctional question's column ("if it has not …"). */
  dysfunctional: ZStudyColumn,
});

/**
 * The mapping of `mot kano`: the features' columns, the five answer labels as the export writes them in
 * questionnaire order (like, must-be, neutral, live-with, dislike; default 1..5), the evaluation table
 * and the class rule (defaults: Berger's table, the most frequent category), and the options of the
 * analysis. `missing` lists cell values that mean "not answered" besides an empty cell.
 */
export const ZKanoStudyMapping = z.strictObject({
  features: z
    .array(ZKanoStudyFeature)
    .min(1, 'needs at least one feature')
    .refine((list) => new Set(list.map((f) => f.key)).size === list.length, 'feature keys must be unique'),
  answers: z.array(ZAnswerLabel).length(5, 'needs the 5 answer labels in questionnaire order').optional(),
  missing: z.array(ZAnswerLabel).default([]),
  table: z.enum(KANO_TABLES).default('berger'),
  rule: z.enum(KANO_CLASS_RULES).default('most-frequent'),
  tieMargin: z.number().min(0).max(0.5).optional(),
  maxQuestionable: z.number().int().min(0).optional(),
});
export type TKanoStudyMapping = z.infer<typeof ZKanoStudyMapping>;

/** Validates a parsed `mot kano` mapping; the error names each field at fault. */
export function parseKanoStudyMapping(document: unknown, origin: string): TKanoStudyMapping {
  const result = ZKanoStudyMapping.safeParse(document);
  if (result.success) return result.data;
  throw describeMappingIssues(result.error, origin);
}
