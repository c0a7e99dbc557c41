import { z } from 'zod';
import { ZStudyColumn, describeMappingIssues } from './study-columns.ts';

/** One SERVQUAL item: its expectation and perception columns and its dimension. */
export const ZServqualStudyItem = z.strictObject({
  key: z.string().trim().min(1, 'must name the item'),
  name: z.string().trim().min(1).optional(),
  /** Items of a dimension share this name; without it every item is in one dimension, "all". */
  dimension: z.string().trim().min(1).default('all'),
  expectation: ZStudyColumn,
  perception: ZStudyColumn,
});

/**
 * The mapping of `mot servqual`: the items (in the order they are reported), each with its expectation and
 * perception columns and its dimension; optionally an importance allocation (points per dimension summing
 * to 100, or the columns where each respondent allocated their own points), the answer scale (default
 * 1..7), cell values meaning "not answered" and the confidence level.
 */
export const ZServqualStudyMapping = z
  .strictObject({
    items: z
      .array(ZServqualStudyItem)
      .min(1, 'needs at least one item')
      .refine((list) => new Set(list.map((i) => i.key)).size === list.length, 'item keys must be unique'),
    /** Points per dimension summing to 100, or per dimension the column of each respondent's own points. */
    importance: z
      .union([z.record(z.string(), z.number().min(0)), z.record(z.string(), ZStudyColumn)])
      .optional(),
    scale: z
      .strictObject({ min: z.number(), max: z.number() })
      .refine((s) => s.min < s.max, 'min must be below max')
      .default({ min: 1, max: 7 }),
    missing: z.array(z.union([z.string(), z.number()]).transform((v) => String(v).trim())).default([]),
    confidence: z.number().gt(0).lt(1).default(0.95),
  })
  .strict();
export type TServqualStudyMapping = z.infer<typeof ZServqualStudyMapping>;

/** Validates a parsed `mot servqual` mapping; the error names each field at fault. */
export function parseServqualStudyMapping(document: unknown, origin: string): TServqualStudyMapping {
  const result = ZServqualStudyMapping.safeParse(document);
  if (result.success) return result.data;
  throw describeMappingIssues(result.error, origin);
}
