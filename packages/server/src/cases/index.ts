/**
 * Service-recovery cases (issue #11): alert rules raise alerts in the ingestion transaction, an alert that
 * opens a case opens or joins the ONE open case of its customer and episode, and owners work it through the
 * lifecycle of core's case-states. Other parts of the loop move cases with `transitionCase` and write the
 * activity log with `appendCaseEvent`, always in their own transaction.
 */
export { transitionCase, lockCase } from './transition-case.ts';
export type { TTransition } from './transition-case.ts';
export { appendCaseEvent, actorName } from './append-case-event.ts';
export type { TCaseEventInput } from './append-case-event.ts';
export type { TCaseRow } from '../storage/cases-schema.ts';
export { cases, caseEvents, alerts, alertRules } from '../storage/cases-schema.ts';
export { installPackAlertRules, listAlertRules } from './alert-rules-store.ts';
export { findOpenCase } from './case-actions.ts';
