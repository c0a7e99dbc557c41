/**
 * The parts of @mot/core the report needs that its index does not export yet (packs, the key-moment analysis,
 * the peak-end scorer, the simulator for tests). One place to switch to `@mot/core` once they are exported.
 */
export { getPack, listPackKeys, findPackJourney } from '../../../core/src/packs/index.ts';
export type { TPack } from '../../../core/src/packs/index.ts';
export {
  KeyMomentAccumulator,
  findKeyMoments,
  keyMomentInputOf,
  keyMomentOptionsOf,
  parseSurveyMapping,
  surveyKeyMomentOptions,
  surveyRowEpisode,
} from '../../../core/src/key-moments/index.ts';
export type {
  TKeyMomentInput,
  TKeyMomentOptions,
  TKeyMomentResult,
  TTouchpointKeyMoment,
  TFloorSuggestion,
  TSurveyMapping,
} from '../../../core/src/key-moments/index.ts';
export { scoreEpisode } from '../../../core/src/analytics/peak-end.ts';
