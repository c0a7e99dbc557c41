import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, ServerUnreachableError } from '../lib/api/errors.ts';

/** The pages the app can end on instead of the one asked for. */
export type TStatus = 'unauthenticated' | 'forbidden' | 'not_found' | 'server_down' | 'failed';

/** The status page an error calls for. */
export function statusOf(error: unknown): TStatus {
  if (error instanceof ServerUnreachableError) return 'server_down';
  if (error instanceof ApiError) {
    if (error.status === 401) return 'unauthenticated';
    if (error.status === 403) return 'forbidden';
    if (error.status === 404) return 'not_found';
  }
  return 'failed';
}

/**
 * A whole-page answer for 401, 403, 404, a server that is down, or a failure, with the way out. Icons, not
 * antd's large illustrations: this page is part of the shell, which must stay small.
 */
export function StatusPage({ status, action }: { status: TStatus; action?: ReactNode }) {
  const { t } = useTranslation();
  const reload = (
    <Button type="primary" onClick={() => window.location.reload()}>
      {t('Try again')}
    </Button>
  );
  const home = (
    <Button type="primary" href="/">
      {t('Go to the start page')}
    </Button>
  );
  switch (status) {
    case 'unauthenticated':
      return (
        <Result
          status="info"
          title={t('Please sign in')}
          subTitle={t('Your session has ended or you have not signed in yet.')}
          extra={
            action ?? (
              <Button type="primary" href="/sign-in">
                {t('Sign in')}
              </Button>
            )
          }
        />
      );
    case 'forbidden':
      return (
        <Result
          status="warning"
          title={t('No access')}
          subTitle={t(
            'Your role in this workspace does not allow this page. Ask an administrator if you need it.',
          )}
          extra={action ?? home}
        />
      );
    case 'not_found':
      return (
        <Result
          status="info"
          title={t('Not found')}
          subTitle={t('There is nothing at this address. It may have been deleted, or the link is wrong.')}
          extra={action ?? home}
        />
      );
    case 'server_down':
      return (
        <Result
          status="error"
          title={t('The server cannot be reached')}
          subTitle={t('mot is not answering. It may be restarting; try again in a moment.')}
          extra={action ?? reload}
        />
      );
    case 'failed':
      return (
        <Result
          status="error"
          title={t('Something went wrong')}
          subTitle={t(
            'The page could not be loaded. Try again; if it keeps failing, tell your administrator.',
          )}
          extra={action ?? reload}
        />
      );
  }
}
