import { List, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TKeyMoments } from '../../lib/key-moments.ts';
import { keyMomentsOf } from '../../lib/key-moments.ts';

/** The top three key moments: the touchpoints whose meeting the standard would lift the outcome most. */
export function TopKeyMoments({ journey, result }: { journey: TJourneyDoc; result: TKeyMoments }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const top = keyMomentsOf(result);
  return (
    <List
      size="small"
      locale={{ emptyText: t('No touchpoint stands out yet: more episodes with an outcome are needed.') }}
      dataSource={top}
      renderItem={(tp) => {
        const touchpoint = journey.touchpoints.find((x) => x.key === tp.key);
        return (
          <List.Item
            extra={
              <Typography.Text type="secondary">
                {t('Meets the standard: {{share}}', {
                  share: formatPercent(tp.performance.meetsStandard?.estimate),
                })}
              </Typography.Text>
            }
          >
            <List.Item.Meta
              avatar={
                <Tag variant="solid" color={token.gold9}>
                  #{tp.rank}
                </Tag>
              }
              title={touchpoint ? localName(touchpoint) : tp.key}
              description={t('Expected lift {{lift}} (interval {{lower}} to {{upper}})', {
                lift: formatNumber(tp.lift?.estimate, 2),
                lower: formatNumber(tp.lift?.lower, 2),
                upper: formatNumber(tp.lift?.upper, 2),
              })}
            />
          </List.Item>
        );
      }}
    />
  );
}
