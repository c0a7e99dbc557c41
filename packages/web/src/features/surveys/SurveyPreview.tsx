/**
 * The live preview: the definition rendered by SurveyJS (survey-core and survey-react-ui, MIT) in the chosen
 * language, with the fontless stylesheet (nothing is fetched from another host). Loaded only by the builder.
 */
import 'survey-core/survey-core.fontless.min.css';
import '../../lib/survey-fonts.css';
import 'survey-core/i18n/simplified-chinese';
import { Component, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { keepRatingButtons } from '../../lib/survey-model.ts';
import type { TDefinition } from './definition-model.ts';

/** Keeps the page when SurveyJS cannot draw a half-edited definition: the fallback until the next change. */
class PreviewBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The definition drawn by SurveyJS; `fallback` shows when it cannot be drawn. */
export default function SurveyPreview({
  definition,
  locale,
  fallback,
}: {
  definition: TDefinition;
  locale: string;
  fallback: ReactNode;
}) {
  return (
    <PreviewBoundary key={JSON.stringify(definition)} fallback={fallback}>
      <SurveyModel definition={definition} locale={locale} />
    </PreviewBoundary>
  );
}

function SurveyModel({ definition, locale }: { definition: TDefinition; locale: string }) {
  const model = useMemo(() => {
    const survey = new Model(definition);
    survey.locale = locale === 'default' ? '' : locale;
    survey.showCompleteButton = true;
    return keepRatingButtons(survey);
  }, [definition, locale]);
  return <Survey model={model} />;
}
