/** Invitations: distribution rules, the fatigue budget, quiet hours and the planner (docs/invitations.md). */
export * from './rule.ts';
export * from './conditions.ts';
export * from './sampling.ts';
export * from './quiet-hours.ts';
export * from './budget.ts';
export * from './plan.ts';
export * from './sending.ts';
