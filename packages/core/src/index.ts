/**
 * @mot/core: the pure heart of mot (domain model, experience scoring, analytics, packs, simulator). No I/O.
 * Text analytics load a tokenizer dictionary when imported, so they have their own entry: `@mot/core/text`.
 */
export * from './domain/limits.ts';
export * from './domain/storable-text.ts';
export * from './domain/journey.ts';
export * from './domain/moment.ts';
export * from './domain/customer-attributes.ts';
export * from './domain/experience.ts';
export * from './analytics/distributions.ts';
export * from './analytics/drivers/index.ts';
export * from './analytics/peak-end.ts';
export * from './analytics/peak-end-fit.ts';
export * from './analytics/nnls.ts';
export * from './analytics/floors.ts';
export * from './analytics/scores.ts';
export * from './analytics/proportions.ts';
export * from './analytics/means.ts';
export * from './analytics/multiple-testing.ts';
export * from './analytics/kano-table.ts';
export * from './analytics/kano.ts';
export * from './analytics/kano-continuous.ts';
export * from './analytics/servqual.ts';
export * from './studies/kano-questionnaire.ts';
export * from './studies/study-survey.ts';
export * from './analytics/survival/kaplan-meier.ts';
export * from './analytics/survival/log-rank.ts';
export * from './analytics/survival/cox.ts';
export * from './analytics/survival/concordance.ts';
export * from './churn/index.ts';
export type { EventFlag, SurvivalData } from './analytics/survival/input.ts';
export * from './packs/index.ts';
export * from './simulator/index.ts';
export * from './key-moments/index.ts';
export * from './random.ts';
export * from './access/roles.ts';
export * from './access/personal-data.ts';
export * from './loop/types.ts';
export * from './loop/calendar.ts';
export * from './loop/sla.ts';
export * from './loop/calling-hours.ts';
export * from './loop/callback.ts';
export * from './loop/callback-script.ts';
export * from './loop/recovery.ts';
export * from './loop/alert-rules.ts';
export * from './loop/case-states.ts';
export * from './evaluation/index.ts';
export * from './surveys/index.ts';
