import { Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatPercent } from '../../lib/format.ts';
import { useDecisionSummary, useRules } from './api.ts';
import type { TDecisionSummary } from './api.ts';
import { REASONS, reasonLabel } from './labels.ts';

type TRow = TDecisionSummary['rules'][number];

const PERIODS = [7, 30, 90] as const;

/**
 * What each rule decided over the last days: the moments it considered, the invitations it made and how far
 * they got, the ones it skipped by reason, and the moments its conditions passed over.
 */
export function DecisionSummary() {
  const { t } = useTranslation();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(7);
  const summary = useDecisionSummary(days);
  const rules = useRules();
  const nameOf = (key: string) => rules.data?.find((r) => r.key === key)?.name ?? key;
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <Segmented
          aria-label={t('Period')}
          value={days}
          onChange={(value) => setDays(value)}
          options={PERIODS.map((d) => ({ value: d, label: t('Last {{days}} days', { days: d }) }))}
        />
        <Typography.Text type="secondary">
          {t('By the day of the moment that triggered the rule (UTC).')}
        </Typography.Text>
      </Flex>
      <QueryState
        query={summary}
        isEmpty={(d) => d.rules.length === 0}
        empty={t('No rule decided anything in this period')}
      >
        {(data) => (
          <Table<TRow>
            rowKey="rule"
            size="small"
            pagination={false}
            loading={summary.isFetching}
            dataSource={data.rules}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('Rule'), dataIndex: 'rule', render: (key: string) => nameOf(key) },
              { title: t('Moments considered'), dataIndex: 'considered', align: 'right' },
              { title: t('Invited'), dataIndex: 'invited', align: 'right' },
              { title: t('Sent'), dataIndex: 'sent', align: 'right' },
              {
                title: t('Answered'),
                align: 'right',
                render: (_, r) =>
                  r.responseRate === null
                    ? r.answered
                    : `${r.answered} (${formatPercent(r.responseRate, 0)})`,
              },
              { title: t('Failed'), dataIndex: 'failed', align: 'right' },
              {
                title: t('Skipped, by reason'),
                render: (_, r) => (
                  <Flex gap={4} wrap>
                    {REASONS.filter((reason) => r.skipped[reason]).map((reason) => (
                      <Tag key={reason}>
                        {reasonLabel(reason, t)}: {r.skipped[reason]}
                      </Tag>
                    ))}
                  </Flex>
                ),
              },
              { title: t('Conditions not met'), dataIndex: 'passedOver', align: 'right' },
            ]}
          />
        )}
      </QueryState>
    </Flex>
  );
}
