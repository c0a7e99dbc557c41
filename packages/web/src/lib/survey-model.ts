/**
 * What mot changes in a SurveyJS model before rendering it, for the builder's preview and the public survey
 * page alike. SurveyJS turns a rating scale into a dropdown when its buttons do not fit the width (a phone,
 * the preview column); in 3.0.0 that dropdown can open empty, and a tap on a number is quicker than a list
 * anyway, so ratings keep their buttons, wrapped onto a second row when needed.
 */
import { QuestionRatingModel } from 'survey-core';
import type { Model } from 'survey-core';

/** Keeps every rating question of the model as buttons. */
export function keepRatingButtons(model: Model): Model {
  for (const question of model.getAllQuestions()) {
    if (question instanceof QuestionRatingModel) question.displayMode = 'buttons';
  }
  return model;
}
