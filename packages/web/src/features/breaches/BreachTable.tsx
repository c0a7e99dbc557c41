import { Table, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMeasureValue, localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TBreach } from './api.ts';
import { describeBreach } from './filters.ts';

/**
 * One page of breaches: when, where, which measure, the value beside its floor, and the customer (linking to
 * their timeline, where service recovery starts).
 */
export function BreachTable({
  breaches,
  journeys,
  loading,
}: {
  breaches: TBreach[];
  journeys: TJourneyDoc[];
  loading: boolean;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Table<TBreach>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={breaches}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('No breach in this period with these filters.') }}
      columns={[
        {
          title: t('Time'),
          key: 'time',
          render: (_, breach) => formatDateTime(breach.occurredAt),
        },
        {
          title: t('Touchpoint'),
          key: 'touchpoint',
          render: (_, breach) => {
            const { journey, touchpoint } = describeBreach(journeys, breach);
            return (
              <>
                <div>{touchpoint ? localName(touchpoint) : breach.touchpoint}</div>
                <Typography.Text type="secondary">
                  {journey ? localName(journey) : breach.journey}
                </Typography.Text>
              </>
            );
          },
        },
        {
          title: t('Measure'),
          key: 'measure',
          render: (_, breach) => {
            if (breach.kind === 'rating') return t('Rating');
            const { measure } = describeBreach(journeys, breach);
            return measure ? localName(measure) : (breach.measure ?? '–');
          },
        },
        {
          title: t('Value'),
          key: 'value',
          align: 'right',
          render: (_, breach) => (
            <Typography.Text strong style={{ color: token.colorErrorText }}>
              {formatMeasureValue(breach.value, describeBreach(journeys, breach).measure?.unit)}
            </Typography.Text>
          ),
        },
        {
          title: t('Tolerance floor'),
          key: 'floor',
          align: 'right',
          render: (_, breach) =>
            formatMeasureValue(breach.floor, describeBreach(journeys, breach).measure?.unit),
        },
        {
          title: t('Customer'),
          key: 'customer',
          render: (_, breach) => (
            <Link
              to={`../customers?customer=${encodeURIComponent(breach.customer)}`}
              aria-label={t('Timeline of customer {{customer}}', { customer: breach.customer })}
            >
              {breach.customer}
            </Link>
          ),
        },
        { title: t('Episode'), dataIndex: 'episode' },
      ]}
    />
  );
}
