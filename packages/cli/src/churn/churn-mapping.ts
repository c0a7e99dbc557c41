import { z } from 'zod';
import { MappingError, ZImportMapping } from '../import/mapping.ts';
import type { TImportMapping } from '../import/mapping.ts';

const ZColumn = z.string().min(1, 'must name a column');

/** Days in one unit of tenure; months and years are the mean Gregorian ones. */
export const TENURE_UNIT_DAYS = { days: 1, weeks: 7, months: 30.436875, years: 365.2425 } as const;
export type TTenureUnit = keyof typeof TENURE_UNIT_DAYS;

/**
 * The columns of the customer table: one row per customer, the tenure (time as a customer until churn or
 * until now) and whether they churned; optionally the customer id (needed with `--moments`), the churn
 * reason, categorical attributes (contract, region, tier) and numeric columns (counts, charges, scores).
 */
export const ZCustomerColumns = z.strictObject({
  customer: ZColumn.optional(),
  tenure: ZColumn,
  tenureUnit: z.enum(['days', 'weeks', 'months', 'years']).default('days'),
  churned: ZColumn,
  reason: ZColumn.optional(),
  attributes: z.array(ZColumn).default([]),
  counts: z.array(ZColumn).default([]),
});
export type TCustomerColumns = z.infer<typeof ZCustomerColumns>;

/** The mapping of `mot churn`: the customer table's columns and, with `--moments`, the moments' import mapping. */
export const ZChurnMapping = z.strictObject({
  customers: ZCustomerColumns,
  moments: ZImportMapping.optional(),
});
export type TChurnMapping = { customers: TCustomerColumns; moments: TImportMapping | undefined };

/**
 * Reads a churn mapping document: `{ "customers": {...}, "moments": {...} }`, or the customers part alone.
 * Errors name the mapping field at fault.
 */
export function parseChurnMapping(document: unknown, origin: string): TChurnMapping {
  const isWrapped = document !== null && typeof document === 'object' && 'customers' in document;
  const result = (
    isWrapped ? ZChurnMapping : ZCustomerColumns.transform((customers) => ({ customers, moments: undefined }))
  ).safeParse(document);
  if (result.success) return { customers: result.data.customers, moments: result.data.moments };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? '(top level)' : path}: ${issue.message}`;
  });
  throw new MappingError(`${origin}: ${problems.join('; ')}`);
}
