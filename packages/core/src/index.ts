/** @mot/core: the pure heart of mot (domain model, experience scoring, analytics). No I/O. */
export * from './domain/limits.ts';
export * from './domain/journey.ts';
export * from './domain/moment.ts';
export * from './domain/experience.ts';
