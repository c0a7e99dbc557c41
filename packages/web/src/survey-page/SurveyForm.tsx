/**
 * The survey rendered by SurveyJS (survey-core and survey-react-ui, MIT) with its fontless stylesheet, in
 * the link's language, starting from the answers kept so far. Answers are saved as the customer goes
 * (debounced), so a customer who leaves comes back to them.
 */
import 'survey-core/survey-core.fontless.min.css';
import '../lib/survey-fonts.css';
import 'survey-core/i18n/simplified-chinese';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { keepRatingButtons } from '../lib/survey-model.ts';
import { savePartial } from './api.ts';
import type { TPublicSurvey } from './api.ts';

/** How long after the last change the answers are saved. */
const SAVE_DELAY_MS = 800;

export default function SurveyForm({
  token,
  survey,
  savedText,
  onSubmit,
}: {
  token: string;
  survey: TPublicSurvey;
  savedText: string;
  onSubmit: (answers: Record<string, unknown>) => Promise<void>;
}) {
  const [saved, setSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const model = useMemo(() => {
    const model = new Model(survey.definition);
    model.locale = survey.language === 'zh-CN' ? 'zh-cn' : '';
    model.data = survey.partial;
    model.showCompletedPage = false;
    // Texts count as they are typed (not on leaving the box), so a comment is saved like the rest.
    model.textUpdateMode = 'onTyping';
    return keepRatingButtons(model);
  }, [survey]);

  useEffect(() => {
    const onChange = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void savePartial(token, model.data as Record<string, unknown>).then((res) => setSaved(res.ok));
      }, SAVE_DELAY_MS);
    };
    const onComplete = () => {
      clearTimeout(timer.current);
      void onSubmit(model.data as Record<string, unknown>);
    };
    model.onValueChanged.add(onChange);
    model.onComplete.add(onComplete);
    return () => {
      clearTimeout(timer.current);
      model.onValueChanged.remove(onChange);
      model.onComplete.remove(onComplete);
    };
  }, [model, token, onSubmit]);

  return (
    <>
      <Survey model={model} />
      <p className="mot-survey-saved" role="status" aria-live="polite">
        {saved ? savedText : ''}
      </p>
    </>
  );
}
