/**
 * The live preview: the definition rendered by SurveyJS (survey-core and survey-react-ui, MIT) in the chosen
 * language, with the fontless stylesheet (nothing is fetched from another host). Loaded only by the builder.
 */
import 'survey-core/survey-core.fontless.min.css';
import 'survey-core/i18n/simplified-chinese';
import { useMemo } from 'react';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { TDefinition } from './definition-model.ts';

export default function SurveyPreview({ definition, locale }: { definition: TDefinition; locale: string }) {
  const model = useMemo(() => {
    const survey = new Model(definition);
    survey.locale = locale === 'default' ? '' : locale;
    survey.showCompleteButton = true;
    return survey;
  }, [definition, locale]);
  return <Survey model={model} />;
}
