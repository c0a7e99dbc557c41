/** Evaluation of initiatives: before/after, difference-in-differences, event study, verdict; see docs/evaluation.md. */
export { createInitiativeEvaluator } from './evaluator.ts';
export { suggestComparisons } from './suggest-comparisons.ts';
export { MAX_EVALUATION_WEEKS } from './window.ts';
export type * from './types.ts';
