import type { TPermission } from '@mot/core';
import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, useRouteError } from 'react-router';
import { StatusPage, statusOf } from '../components/StatusPage.tsx';
import { useCan } from '../lib/session/session.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { firstAllowedPath } from './nav.tsx';
import { RootRedirect } from './layout/RootRedirect.tsx';

/** Renders the page only for roles holding the permission; anyone else sees the 403 page. */
function Allowed({ permission, children }: { permission: TPermission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <StatusPage status="forbidden" />;
}

/** A workspace's address without a page: its first page this role may see. */
function WorkspaceHome() {
  const can = useCan();
  const path = firstAllowedPath(can);
  return path ? <Navigate to={path} replace /> : <StatusPage status="forbidden" />;
}

/** A route whose code failed to load or threw: the status page that fits. */
function RouteError() {
  return <StatusPage status={statusOf(useRouteError())} />;
}

/** A page loaded on first visit (its own chunk), behind its permission. */
function page(permission: TPermission, load: () => Promise<{ default: () => ReactNode }>) {
  return {
    lazy: async () => {
      const { default: Page } = await load();
      return {
        Component: () => (
          <Allowed permission={permission}>
            <Page />
          </Allowed>
        ),
      };
    },
  };
}

/** Every address of the app; each page is its own chunk. */
export const router = createBrowserRouter([
  {
    path: '/sign-in',
    lazy: async () => ({ Component: (await import('../features/auth/SignInPage.tsx')).default }),
    hydrateFallbackElement: <></>,
    errorElement: <RouteError />,
  },
  { path: '/', element: <RootRedirect />, errorElement: <RouteError /> },
  {
    path: '/w/:workspace',
    element: <AppLayout />,
    hydrateFallbackElement: <></>,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <WorkspaceHome /> },
      { path: 'overview', ...page('analyses:read', () => import('../features/overview/OverviewPage.tsx')) },
      { path: 'journeys', ...page('journeys:read', () => import('../features/journeys/JourneysPage.tsx')) },
      {
        path: 'journeys/new',
        ...page('journeys:write', () => import('../features/journeys/NewJourneyPage.tsx')),
      },
      {
        path: 'journeys/:journey',
        ...page('journeys:read', () => import('../features/journeys/JourneyMapPage.tsx')),
      },
      {
        path: 'journeys/:journey/edit',
        ...page('journeys:write', () => import('../features/journeys/JourneyEditorPage.tsx')),
      },
      { path: 'breaches', ...page('breaches:read', () => import('../features/breaches/BreachesPage.tsx')) },
      { path: 'cases', ...page('cases:read', () => import('../features/cases/CaseInboxPage.tsx')) },
      { path: 'cases/:caseId', ...page('cases:read', () => import('./case-page.tsx')) },
      {
        path: 'callbacks',
        ...page('cases:read', () => import('../features/callbacks/CallbacksPage.tsx')),
      },
      { path: 'surveys', ...page('settings:read', () => import('../features/surveys/SurveysPage.tsx')) },
      {
        path: 'surveys/:survey',
        ...page('settings:read', () => import('../features/surveys/SurveyBuilderPage.tsx')),
      },
      {
        path: 'surveys/:survey/results',
        ...page('analyses:read', () => import('../features/survey-results/SurveyResultsPage.tsx')),
      },
      { path: 'studies', ...page('settings:read', () => import('../features/studies/StudiesPage.tsx')) },
      {
        path: 'studies/:study',
        ...page('analyses:read', () => import('../features/studies/StudyResultsPage.tsx')),
      },
      { path: 'recovery', ...page('cases:read', () => import('../features/recovery/RecoveryPage.tsx')) },
      {
        path: 'initiatives',
        ...page('analyses:read', () => import('../features/initiatives/InitiativesPage.tsx')),
      },
      {
        path: 'initiatives/:initiative',
        ...page('analyses:read', () => import('../features/initiatives/EvaluationPage.tsx')),
      },
      {
        path: 'alert-rules',
        ...page('loop:manage', () => import('../features/alert-rules/AlertRulesPage.tsx')),
      },
      { path: 'sla', ...page('loop:manage', () => import('../features/sla/SlaSettingsPage.tsx')) },
      {
        path: 'notification-channels',
        ...page(
          'notifications:manage',
          () => import('../features/notification-channels/NotificationChannelsPage.tsx'),
        ),
      },
      {
        path: 'invitations',
        ...page('settings:read', () => import('../features/invitations/InvitationsPage.tsx')),
      },
      {
        path: 'survey-channels',
        ...page('surveys:manage', () => import('../features/survey-channels/SurveyChannelsPage.tsx')),
      },
      { path: 'settings', ...page('settings:manage', () => import('../features/settings/SettingsPage.tsx')) },
      {
        path: 'key-moments',
        ...page('analyses:read', () => import('../features/key-moments/KeyMomentsPage.tsx')),
      },
      { path: 'churn', ...page('analyses:read', () => import('../features/churn/ChurnPage.tsx')) },
      {
        path: 'customers',
        ...page('customers:read', () => import('../features/customers/CustomersPage.tsx')),
      },
      {
        path: 'touchpoints/:journey/:touchpoint',
        ...page('analyses:read', () => import('../features/touchpoints/TouchpointPage.tsx')),
      },
      { path: 'data-in', ...page('moments:write', () => import('../features/data-in/DataInPage.tsx')) },
      {
        path: 'data-in/reviews',
        ...page('moments:write', () => import('../features/reviews/ReviewsPage.tsx')),
      },
      { path: '*', element: <StatusPage status="not_found" /> },
    ],
  },
  { path: '*', element: <StatusPage status="not_found" /> },
]);
