import type { UseMutationResult } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';

/** The error of a failed change, as a banner naming what the server said. */
export function MutationError({ mutation }: { mutation: Pick<UseMutationResult, 'isError' | 'error'> }) {
  const { t } = useTranslation();
  if (!mutation.isError) return null;
  const error = mutation.error;
  return (
    <Alert
      type="error"
      showIcon
      title={
        error instanceof ApiError && error.code === 'in_use'
          ? t('The last administrator of a workspace keeps that role.')
          : t('The change was not saved.')
      }
      description={error instanceof ApiError ? error.message : t('The server cannot be reached')}
    />
  );
}
