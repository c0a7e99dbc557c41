import { z } from 'zod';
import { LIMITS } from '../domain/limits.ts';
import { ZJourney, ZKey } from '../domain/journey.ts';
import { ZPackSimulation } from './simulation-schema.ts';
import { findPackProblems } from './rules.ts';

/** Industries that have a ready-made pack (PRODUCT.md, "The loop it runs", step 1). */
export const INDUSTRIES = [
  'telecom',
  'banking_insurance',
  'property_management',
  'hotel',
  'tech_after_sales',
  'restaurant',
  'healthcare',
  'retail',
] as const;
export const ZIndustry = z.enum(INDUSTRIES);
export type TIndustry = z.infer<typeof ZIndustry>;

const ZText = z.string().min(1).max(LIMITS.maxNameLength);

/** A text in both product languages; packs must speak both. */
export const ZBilingual = z.object({ 'zh-CN': ZText, en: ZText });
export type TBilingual = z.infer<typeof ZBilingual>;

/** A longer text in both languages (descriptions). */
export const ZBilingualText = z.object({
  'zh-CN': z.string().min(1).max(2_000),
  en: z.string().min(1).max(2_000),
});

const ZPackShape = z.object({
  key: ZKey,
  industry: ZIndustry,
  names: ZBilingual,
  descriptions: ZBilingualText,
  /** Owner departments by the key that touchpoints use as `owner`. */
  departments: z.record(ZKey, ZBilingual),
  /** Journey documents exactly as a user would PUT them. */
  journeys: z.array(ZJourney).min(1).max(50),
  simulation: ZPackSimulation.optional(),
});
export type TPackShape = z.infer<typeof ZPackShape>;

/**
 * A journey pack: ready-made journeys for one industry, in Chinese and English, with owner departments and
 * optional simulation defaults. Beyond each journey's own checks, the pack requires both languages on every
 * name, unique journey keys, known owner departments and a simulation section that refers to real keys.
 */
export const ZPack = ZPackShape.superRefine((pack, ctx) => {
  for (const problem of findPackProblems(pack)) ctx.addIssue({ code: 'custom', ...problem });
});
export type TPack = z.infer<typeof ZPack>;
export type TPackInput = z.input<typeof ZPack>;
