import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime, formatMeasureValue, localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useLatestBreaches } from './api.ts';

/** The five latest tolerance-floor breaches of the journey: where, what, how far past the floor, who. */
export function LatestBreaches({ journey }: { journey: TJourneyDoc }) {
  const { t } = useTranslation();
  const breaches = useLatestBreaches(journey.key, 5);
  return (
    <QueryState
      query={breaches}
      isEmpty={(page) => page.breaches.length === 0}
      empty={<Typography.Text type="secondary">{t('No breach recorded.')}</Typography.Text>}
    >
      {(page) => (
        <List
          size="small"
          dataSource={page.breaches}
          renderItem={(breach) => {
            const touchpoint = journey.touchpoints.find((tp) => tp.key === breach.touchpoint);
            const measure = touchpoint?.measures.find((m) => m.key === breach.measure);
            return (
              <List.Item
                extra={
                  <Typography.Text type="secondary">{formatDateTime(breach.occurredAt)}</Typography.Text>
                }
              >
                <List.Item.Meta
                  title={touchpoint ? localName(touchpoint) : breach.touchpoint}
                  description={t('{{measure}}: {{value}} (floor {{floor}}) · customer {{customer}}', {
                    measure: measure ? localName(measure) : (breach.measure ?? t('Rating')),
                    value: formatMeasureValue(breach.value, measure?.unit),
                    floor: formatMeasureValue(breach.floor, measure?.unit),
                    customer: breach.customer,
                  })}
                />
              </List.Item>
            );
          }}
        />
      )}
    </QueryState>
  );
}
