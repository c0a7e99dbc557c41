/** Public API of key driver analysis, binary-outcome drivers and importance-performance analysis. */
export { CorrelationAccumulator, correlateRows } from '../correlation.ts';
export type { Cell, CorrelationResult, MissingPolicy } from '../correlation.ts';
export { AnalyticsInputError } from '../errors.ts';
export type { AnalyticsErrorCode } from '../errors.ts';
export { checkDriverInput, driverInputFromRows, selectDriverInput } from './input.ts';
export type { DriverInput } from './input.ts';
export { allSubsetRSquared, MAX_SUBSET_PREDICTORS } from './subset-r2.ts';
export { dominanceFromCorrelation, dominanceFromSubsetFits } from './dominance.ts';
export type { DominanceResult } from './dominance.ts';
export { relativeWeightsFromCorrelation } from './relative-weights.ts';
export type { RelativeWeightsResult } from './relative-weights.ts';
export {
  logisticDominance,
  logisticRelativeWeights,
  MAX_LOGISTIC_DOMINANCE_PREDICTORS,
} from './logistic-drivers.ts';
export {
  DriverBootstrap,
  bootstrapDriverWeights,
  generalDominanceStatistic,
  quantile,
  relativeWeightStatistic,
} from './bootstrap.ts';
export type { DriverBootstrapOptions, DriverIntervals, DriverStatistic } from './bootstrap.ts';
export { bootstrapLogisticDrivers } from './logistic-bootstrap.ts';
export type { LogisticBootstrapOptions, LogisticDriverMethod } from './logistic-bootstrap.ts';
export { fitLogistic } from '../logistic.ts';
export type { LogisticFit, LogisticOptions } from '../logistic.ts';
export { analyzeImportancePerformance, attributesFromDriverWeights } from '../ipa.ts';
export type { IpaAttribute, IpaCrosshairs, IpaPoint, IpaQuadrant, IpaResult } from '../ipa.ts';
