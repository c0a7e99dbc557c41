import { Badge, Card, Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TPerformanceBand, TTouchpointFigures } from '../../lib/key-moments.ts';
import { performanceBand } from '../../lib/key-moments.ts';
import { channelLabel } from './labels.ts';

/** The colour of a performance band, from the theme. */
export function useBandColour(): (band: TPerformanceBand) => string {
  const { token } = theme.useToken();
  return (band) =>
    ({ good: token.colorSuccess, fair: token.colorWarning, poor: token.colorError, none: token.colorBorder })[
      band
    ];
}

/**
 * A touchpoint on the journey map: its top edge coloured by the share of moments meeting the standard, its
 * breach rate and volume, and a badge when it is one of the key moments.
 */
export function TouchpointCard({
  touchpoint,
  figures,
  keyRank,
}: {
  touchpoint: TJourneyDoc['touchpoints'][number];
  figures: TTouchpointFigures | undefined;
  keyRank: number | undefined;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const colour = useBandColour();
  const meets = figures?.performance.meetsStandard?.estimate;
  const card = (
    <Card
      size="small"
      style={{ borderTop: `4px solid ${colour(performanceBand(meets))}` }}
      aria-label={localName(touchpoint)}
    >
      <Flex vertical gap={token.marginXXS}>
        <Typography.Text strong>{localName(touchpoint)}</Typography.Text>
        <Flex gap={token.marginXXS} wrap>
          <Tag>{channelLabel(touchpoint.channel, t)}</Tag>
          <Tag>{touchpoint.owner}</Tag>
        </Flex>
        {figures ? (
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {t('Meets the standard: {{share}}', { share: formatPercent(meets) })}
            <br />
            {t('Breach rate: {{rate}}', { rate: formatPercent(figures.breachRate?.estimate) })}
            <br />
            {t('Moments: {{count}}', { count: formatNumber(figures.volume.moments, 0) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {t('Measures: {{count}}', { count: touchpoint.measures.length })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
  return keyRank === undefined ? (
    card
  ) : (
    <Badge.Ribbon text={t('Key moment #{{rank}}', { rank: keyRank })} color={token.gold9}>
      {card}
    </Badge.Ribbon>
  );
}
