import { SyncOutlined } from '@ant-design/icons';
import { Flex, Progress, Spin, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TAnalysisAnswer } from '../../lib/analysis.ts';
import { progressPercent } from '../../lib/analysis.ts';
import { formatDateTime } from '../../lib/format.ts';

/**
 * Where an analysis stands: a progress bar while the server computes it, and the instant the result on
 * screen is of ("computed at"), which is the last result while a new one is computed.
 */
export function AnalysisStatus({
  answer,
  fetching,
}: {
  answer: TAnalysisAnswer<unknown> | undefined;
  fetching: boolean;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const running = answer?.running ?? false;
  const percent = progressPercent(answer?.progress ?? null);
  const shown = answer?.result ? formatDateTime(answer.result.computedAt) : null;
  return (
    <Flex gap={token.marginSM} align="center" wrap role="status" aria-live="polite">
      {running ? (
        <Progress
          percent={percent ?? 0}
          size="small"
          status="active"
          style={{ width: 160, margin: 0 }}
          aria-label={t('Progress of the analysis')}
        />
      ) : fetching ? (
        <Spin size="small" indicator={<SyncOutlined spin />} />
      ) : null}
      <Typography.Text type="secondary">
        {running
          ? answer?.progress
            ? t('Computing the analysis on the latest data: {{done}} of {{total}} parts', {
                done: answer.progress.pagesDone,
                total: answer.progress.pagesTotal,
              })
            : t('Another server is computing the analysis on the latest data')
          : !shown && fetching
            ? t('Computing the analysis…')
            : null}
      </Typography.Text>
      {shown && (
        <Typography.Text type="secondary">
          {running
            ? t('Showing the last result, computed at {{time}}', { time: shown })
            : t('Computed at {{time}}', { time: shown })}
        </Typography.Text>
      )}
    </Flex>
  );
}
