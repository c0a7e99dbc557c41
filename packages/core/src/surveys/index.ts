/** Surveys: SurveyJS definitions bound to the MOT model, and the templates mot ships. */
export * from './definition.ts';
export * from './templates.ts';
export * from './answer-model.ts';
export * from './invitations/index.ts';
