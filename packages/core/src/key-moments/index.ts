/** Key-moment analysis (关键时刻): which touchpoints decide the overall outcome, from moments or surveys. */
export { KeyMomentAccumulator, bootstrapBucketOf } from './accumulator.ts';
export type { TKeyMomentAggregates } from './accumulator.ts';
export { findKeyMoments } from './analyze.ts';
export { DEFAULT_BUCKETS, DEFAULT_REPLICATES, DEFAULT_RESERVOIR_SIZE } from './resolve.ts';
export { emptyEpisodeSums, emptyTouchpointSums, SCORE_BINS } from './sums.ts';
export type { TEpisodeSums, TTouchpointSums } from './sums.ts';
export type { TImportanceMethod } from './importance.ts';
export type {
  TControlledCoefficient,
  TEstimate,
  TFloorSuggestion,
  TKeyMomentResult,
  TPeakEndControlledRefit,
  TPeakEndRefit,
  TRoleCount,
  TTouchpointKeyMoment,
} from './result-types.ts';
export type {
  TFindKeyMomentsOptions,
  TKeyMomentEpisode,
  TKeyMomentInput,
  TKeyMomentMeasure,
  TKeyMomentOptions,
  TKeyMomentOutcome,
  TKeyMomentTouchpoint,
} from './types.ts';
export {
  keyMomentsFromSurvey,
  parseSurveyMapping,
  surveyKeyMomentOptions,
  surveyNumber,
  surveyRowEpisode,
} from './survey.ts';
export type { TSurveyKeyMomentOptions } from './survey.ts';
export { ZSurveyMapping, ZSurveyMeasure, ZSurveyOutcome, ZSurveyTouchpoint } from './survey-mapping.ts';
export type { TSurveyMapping, TSurveyMappingInput } from './survey-mapping.ts';
export { analysedTouchpointsOf, keyMomentInputOf, keyMomentOptionsOf } from './journey.ts';
export { simulatedEpisodes } from './simulated.ts';
export { pickTypicalEpisodes } from './typical-episodes.ts';
export type { TTypicalCandidate, TTypicalEpisodes, TTypicalPick } from './typical-episodes.ts';
export type { TSimulatedEpisodeOptions, TSimulatedOutcome } from './simulated.ts';
