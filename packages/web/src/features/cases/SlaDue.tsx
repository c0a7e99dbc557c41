import { stopsClock } from '@mot/core/loop/case-states';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCase } from './api.ts';
import { SlaDueTag } from './SlaDueTag.tsx';

/**
 * The SLA target a case is running against now: the first response until someone responds, then the
 * resolution; once resolved, whether the resolution was in time.
 */
export function SlaDue({ summary }: { summary: TCase }) {
  const { t } = useTranslation();
  const responding = summary.firstResponseAt === null;
  return (
    <Flex vertical gap={2} align="start">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {responding ? t('First response') : t('Resolution')}
      </Typography.Text>
      {responding ? (
        <SlaDueTag dueAt={summary.firstResponseDueAt} />
      ) : (
        <SlaDueTag
          dueAt={summary.resolutionDueAt}
          doneAt={summary.resolvedAt}
          paused={stopsClock(summary.state)}
        />
      )}
    </Flex>
  );
}
