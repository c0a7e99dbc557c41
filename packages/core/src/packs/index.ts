/** Journey packs: ready-made bilingual journeys per industry, their schema, loader and validation. */
export { ZPack, ZBilingual, ZIndustry, INDUSTRIES } from './schema.ts';
export type { TPack, TPackInput, TIndustry, TBilingual } from './schema.ts';
export {
  ZPackSimulation,
  ZMeasureDistribution,
  ZTouchpointSimulation,
  ZJourneySimulation,
  COMMENT_THEMES,
  ZCommentTheme,
} from './simulation-schema.ts';
export type { TPackSimulation, TMeasureDistribution, TCommentTheme } from './simulation-schema.ts';
export { findPackProblems } from './rules.ts';
export { validatePack, formatFieldPath } from './validate.ts';
export type { TPackProblem, TPackValidation } from './validate.ts';
export { listPacks, listPackKeys, getPack, packData, packDepartmentNames } from './registry.ts';
export type { TPackSummary } from './registry.ts';
export { journeysOf, findPackJourney } from './journeys.ts';
