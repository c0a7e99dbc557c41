import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Flex, Progress, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import type { TAnalysisAnswer } from '../../lib/analysis.ts';
import { progressPercent } from '../../lib/analysis.ts';
import { ApiError } from '../../lib/api/errors.ts';
import { formatDateTime } from '../../lib/format.ts';

/**
 * A churn analysis with its states: loading, too little churn to fit (an explanation, not an error), the
 * background computation's progress, and the instant the result on screen was computed at.
 */
export function ChurnAnalysisState<T>({
  query,
  rows = 6,
  children,
}: {
  query: UseQueryResult<TAnalysisAnswer<T>>;
  rows?: number;
  children: (result: T & { computedAt: string }) => ReactNode;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (query.error instanceof ApiError && query.error.code === 'not_enough_data') {
    return (
      <Empty
        description={t(
          'Too few customers have churned to fit a model. Send churn through customer status events or episode outcomes.',
        )}
      />
    );
  }
  return (
    <QueryState query={query} rows={rows}>
      {(answer) => {
        const percent = progressPercent(answer.progress);
        return (
          <Flex vertical gap={token.marginSM}>
            <Flex gap={token.marginSM} align="center" wrap role="status" aria-live="polite">
              {answer.running && (
                <Progress
                  percent={percent ?? 0}
                  size="small"
                  status="active"
                  style={{ width: 160, margin: 0 }}
                  aria-label={t('Progress of the analysis')}
                />
              )}
              {answer.result && (
                <Typography.Text type="secondary">
                  {answer.running
                    ? t('Showing the last result, computed at {{time}}', {
                        time: formatDateTime(answer.result.computedAt),
                      })
                    : t('Computed at {{time}}', { time: formatDateTime(answer.result.computedAt) })}
                </Typography.Text>
              )}
              {answer.running && !answer.result && (
                <Typography.Text type="secondary">{t('Computing the analysis…')}</Typography.Text>
              )}
            </Flex>
            {answer.result ? children(answer.result) : null}
          </Flex>
        );
      }}
    </QueryState>
  );
}
