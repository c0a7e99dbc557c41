import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, ServerUnreachableError } from '../lib/api/errors.ts';

/**
 * Loading, error and empty states of one query, in one place: children render only with data that is not
 * empty. An error inside a page is a banner with a retry, not the end of the page.
 */
export function QueryState<TData>({
  query,
  isEmpty,
  empty,
  rows = 4,
  children,
}: {
  query: UseQueryResult<TData>;
  isEmpty?: (data: TData) => boolean;
  empty?: ReactNode;
  rows?: number;
  children: (data: TData) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton active paragraph={{ rows }} />;
  if (query.isError) {
    const error = query.error;
    const message =
      error instanceof ServerUnreachableError
        ? t('The server cannot be reached')
        : error instanceof ApiError && error.status === 403
          ? t('Your role does not allow this.')
          : t('This could not be loaded.');
    return (
      <Alert
        type="error"
        showIcon
        title={message}
        description={error instanceof ApiError ? error.message : undefined}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('Try again')}
          </Button>
        }
      />
    );
  }
  if (isEmpty?.(query.data)) return <>{empty ?? <Empty description={t('No data yet')} />}</>;
  return <>{children(query.data)}</>;
}
