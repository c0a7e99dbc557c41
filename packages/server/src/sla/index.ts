/**
 * Case SLAs: the deadlines of a case's first response and resolution on its policy's business calendar,
 * the clock that stops in the clock-stopping states, the hit / missed record per target, and the escalation
 * a missed target fires once. Cases call startCaseSla when a case opens, onCaseTransition on every move and retargetCaseSlas when a
 * more severe trigger raises a case's severity;
 * the `sla.check` job (JOB_HANDLERS) checks each deadline.
 */
export {
  SLA_CHECK_JOB,
  enqueueSlaCheck,
  onCaseTransition,
  retargetCaseSlas,
  startCaseSla,
  startCaseSlas,
} from './case-sla.ts';
export type { TRaisedCase, TSlaCase } from './case-sla.ts';
export { handleSlaCheck } from './escalate.ts';
export { ensureSlaDefaults, pickPolicy } from './policies.ts';
export type { TAppliedPolicy } from './policies.ts';
