import { lazy, Suspense, useEffect, useState } from 'react';
import { readSurvey, submitSurvey, unsubscribe } from './api.ts';
import type { TPublicSurvey } from './api.ts';
import { browserLanguage, stringsOf } from './strings.ts';
import type { TPageLanguage, TPageString } from './strings.ts';

// SurveyJS is loaded only when there is a survey to answer, not for the thank-you and status pages.
const SurveyForm = lazy(() => import('./SurveyForm.tsx'));

type TState =
  | { kind: 'loading' }
  | { kind: 'survey'; survey: TPublicSurvey }
  | { kind: 'refused'; survey: TPublicSurvey; message: string; answers: Record<string, unknown> }
  | { kind: 'message'; title: TPageString; text: TPageString; retry?: boolean };

/** The status page for an error code of the public API. */
function messageFor(code: string): TState {
  if (code === 'already_answered') return { kind: 'message', title: 'answeredTitle', text: 'answeredText' };
  if (code === 'link_expired') return { kind: 'message', title: 'expiredTitle', text: 'expiredText' };
  if (code === 'not_found') return { kind: 'message', title: 'unknownTitle', text: 'unknownText' };
  return { kind: 'message', title: 'errorTitle', text: 'errorText', retry: true };
}

/** The page: loading, the survey, or one of its messages (thanks, already answered, expired...). */
export function SurveyPage({ token }: { token: string }) {
  const [language, setLanguage] = useState<TPageLanguage>(browserLanguage);
  const [state, setState] = useState<TState>({ kind: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [unsubscribed, setUnsubscribed] = useState(false);
  const t = stringsOf(language);

  const load = () => {
    setState({ kind: 'loading' });
    void readSurvey(token).then((res) => {
      if (res.ok) {
        setLanguage(res.body.language);
        setState({ kind: 'survey', survey: res.body });
      } else {
        if (res.language) setLanguage(res.language);
        setState(messageFor(res.code));
      }
    });
  };
  useEffect(load, [token]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    const title =
      state.kind === 'survey' || state.kind === 'refused'
        ? state.survey.name
        : state.kind === 'message'
          ? t[state.title]
          : t.loading;
    document.title = title;
  }, [state, t]);

  const submit = async (survey: TPublicSurvey, answers: Record<string, unknown>) => {
    const res = await submitSurvey(token, answers);
    if (res.ok) setState({ kind: 'message', title: 'thanksTitle', text: 'thanksText' });
    else if (res.status === 400) setState({ kind: 'refused', survey, message: res.message, answers });
    else setState(messageFor(res.code));
  };

  const optOut = async () => {
    const res = await unsubscribe(token);
    setConfirming(false);
    if (res.ok) setUnsubscribed(true);
    else setState(messageFor(res.code));
  };

  let content;
  if (unsubscribed) {
    content = <Message title={t.unsubscribedTitle} text={t.unsubscribedText} />;
  } else if (state.kind === 'loading') {
    content = (
      <p className="mot-survey-status" role="status">
        {t.loading}
      </p>
    );
  } else if (state.kind === 'message') {
    content = (
      <Message title={t[state.title]} text={t[state.text]}>
        {state.retry && (
          <button type="button" className="mot-survey-button" onClick={load}>
            {t.retry}
          </button>
        )}
      </Message>
    );
  } else if (state.kind === 'refused') {
    content = (
      <Message title={t.refusedTitle} text={state.message}>
        <button
          type="button"
          className="mot-survey-button"
          onClick={() => setState({ kind: 'survey', survey: { ...state.survey, partial: state.answers } })}
        >
          {t.back}
        </button>
      </Message>
    );
  } else {
    const { survey } = state;
    content = (
      <Suspense
        fallback={
          <p className="mot-survey-status" role="status">
            {t.loading}
          </p>
        }
      >
        <SurveyForm
          token={token}
          survey={survey}
          savedText={t.saved}
          onSubmit={(answers) => submit(survey, answers)}
        />
      </Suspense>
    );
  }
  const showUnsubscribe =
    !unsubscribed &&
    state.kind !== 'loading' &&
    !(state.kind === 'message' && state.title === 'unknownTitle');
  return (
    <div className="mot-survey-page">
      {content}
      {showUnsubscribe && (
        <footer className="mot-survey-footer">
          {confirming ? (
            <div role="group" aria-label={t.unsubscribe}>
              <p>{t.unsubscribeConfirm}</p>
              <button
                type="button"
                className="mot-survey-button mot-survey-danger"
                onClick={() => void optOut()}
              >
                {t.unsubscribeYes}
              </button>
              <button type="button" className="mot-survey-link" onClick={() => setConfirming(false)}>
                {t.unsubscribeNo}
              </button>
            </div>
          ) : (
            <button type="button" className="mot-survey-link" onClick={() => setConfirming(true)}>
              {t.unsubscribe}
            </button>
          )}
        </footer>
      )}
    </div>
  );
}

function Message({ title, text, children }: { title: string; text: string; children?: React.ReactNode }) {
  return (
    <section className="mot-survey-message" aria-labelledby="mot-survey-message-title">
      <h1 id="mot-survey-message-title">{title}</h1>
      <p>{text}</p>
      {children}
    </section>
  );
}
