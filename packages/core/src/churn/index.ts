/** Churn linkage: survival by exposure, the Cox model of churn, the at-risk model and churn avoided. */
export * from './types.ts';
export { survivalByExposure, survivalByGroup } from './survival-by-exposure.ts';
export { fitChurnCox, MIN_COX_EVENTS } from './fit-churn-cox.ts';
export { fitAtRiskModel } from './fit-at-risk-model.ts';
export { scoreAtRisk, scoreAtRiskBatch } from './score-at-risk.ts';
export { churnAvoided } from './churn-avoided.ts';
export { churnDrivers } from './churn-drivers.ts';
export { aucWithInterval } from './roc.ts';
export { calibrationBins, calibrationSlope } from './calibration.ts';
