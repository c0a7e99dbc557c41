/**
 * The public survey page (`/s/<token>`), a separate entry of the web build (survey.html): it loads the
 * survey a link opens and renders it with SurveyJS (loaded only when there is a survey to answer), in the
 * customer's language, on a phone first. Nothing comes from another host.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './survey-page.css';
import { SurveyPage } from './SurveyPage.tsx';

const token = decodeURIComponent(window.location.pathname.split('/s/')[1]?.split('/')[0] ?? '');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SurveyPage token={token} />
    </StrictMode>,
  );
}
