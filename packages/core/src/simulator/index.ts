/** The simulator: seeded, streaming customers, episodes and moments of a pack with planted truth. */
export { simulate } from './simulate.ts';
export { DEFAULT_OUTCOME } from './truth.ts';
export { truthOf } from './truth-of.ts';
export { plantedLatent } from './latent.ts';
export type { TPlantedMoment } from './latent.ts';
export { EFFECT_EPISODES } from './effects.ts';
export type {
  TTruth,
  TOutcomeModel,
  TOutcomeOverrides,
  TTouchpointTruth,
  TTruthOptions,
  TInitiativeTruth,
  TMomentExpectation,
} from './truth.ts';
export {
  ZSimulateOptions,
  ZPlantedInitiative,
  SimulateOptionsError,
  parseSimulateOptions,
} from './options.ts';
export { INITIATIVE_EFFECT_MOMENTS } from './initiative.ts';
export type { TSimulateOptions, TResolvedOptions } from './options.ts';
export type { TSimRecord, TSimMoment, TSimCustomer, TSimEpisodeOutcome } from './records.ts';
export type { TSimulationSource } from './source.ts';
export { COMMENT_TEMPLATES } from './comment-templates.ts';
export type { TCommentTone } from './comment-templates.ts';
export { commentToneOf } from './comments.ts';
export { momentBatches } from './batches.ts';
