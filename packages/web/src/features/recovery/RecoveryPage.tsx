import { Card, Empty, Flex, Select, Statistic, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatPercent, localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { periodRange, PERIODS } from '../../lib/period.ts';
import type { TPeriod } from '../../lib/period.ts';
import { useRecovery } from './api.ts';
import type { TTouchpointRecovery } from './api.ts';
import { ParadoxCard } from './ParadoxCard.tsx';
import { RecoveryTable } from './RecoveryTable.tsx';
import { useDepartmentName } from '../../lib/departments.ts';

const touchpointName = (r: TTouchpointRecovery) =>
  localName({ name: r.name, names: r.names ?? undefined, key: r.touchpoint });

/**
 * The recovery dashboard: for the cases opened in a period, SLA attainment, median times, the recovery
 * rate and re-contact per touchpoint and per owner department, each share with its 95% interval, and the
 * recovery paradox.
 */
export default function RecoveryPage() {
  const { t } = useTranslation();
  const departmentName = useDepartmentName();
  const { token } = theme.useToken();
  const [period, setPeriod] = useState<TPeriod>('90d');
  const [journey, setJourney] = useState<string | undefined>();
  const journeys = useJourneyList();
  const range = useMemo(() => periodRange(period), [period]);
  const report = useRecovery({ ...range, ...(journey ? { journey } : {}) });
  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Recovery')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('How service recovery went for the cases opened in the period.')}
        </Typography.Text>
      </div>
      <Flex gap={token.margin} wrap>
        <Select<TPeriod>
          value={period}
          onChange={setPeriod}
          style={{ minWidth: 160 }}
          aria-label={t('Period')}
          options={PERIODS.map((p) => ({
            value: p,
            label: t('Last {{days}} days', { days: p.slice(0, -1) }),
          }))}
        />
        <Select<string>
          allowClear
          value={journey}
          onChange={setJourney}
          placeholder={t('All journeys')}
          style={{ minWidth: 200 }}
          aria-label={t('Journey')}
          options={(journeys.data ?? []).map((j) => ({ value: j.key, label: localName(j) }))}
        />
      </Flex>
      <QueryState
        query={report}
        rows={8}
        isEmpty={(r) => r.total.opened === 0}
        empty={<Empty description={t('No case was opened in this period.')} />}
      >
        {(r) => (
          <Flex vertical gap={token.margin}>
            <Card size="small">
              <Flex gap={token.marginXL} wrap>
                <Statistic title={t('Cases opened')} value={r.total.opened} />
                <Statistic title={t('Called back')} value={r.total.callbacksReached} />
                <Statistic
                  title={t('Recovery rate')}
                  value={
                    r.total.recoveryRate.interval
                      ? formatPercent(r.total.recoveryRate.interval.estimate)
                      : '–'
                  }
                />
                <Statistic
                  title={t('Resolved in time')}
                  value={
                    r.total.resolution.interval ? formatPercent(r.total.resolution.interval.estimate) : '–'
                  }
                />
              </Flex>
            </Card>
            <Card title={t('Per touchpoint')} size="small">
              <RecoveryTable
                groupTitle={t('Touchpoint')}
                rows={r.touchpoints.map((tp) => ({
                  key: `${tp.journey}/${tp.touchpoint}`,
                  label: touchpointName(tp),
                  figures: tp.figures,
                }))}
              />
            </Card>
            <Card title={t('Per owner department')} size="small">
              <RecoveryTable
                groupTitle={t('Department')}
                rows={r.departments.map((d) => ({
                  key: d.department ?? '',
                  label: departmentName(d.department) ?? t('No department'),
                  figures: d.figures,
                }))}
              />
            </Card>
            <ParadoxCard rows={r.touchpoints} nameOf={touchpointName} />
          </Flex>
        )}
      </QueryState>
    </Flex>
  );
}
