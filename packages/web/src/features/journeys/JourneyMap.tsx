import { Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TKeyMoments, TPerformanceBand } from '../../lib/key-moments.ts';
import { keyMomentsOf } from '../../lib/key-moments.ts';
import { stageKindLabel } from './labels.ts';
import { TouchpointCard, useBandColour } from './TouchpointCard.tsx';

/** Stages as columns, touchpoints as cards; with the analysis, cards carry its figures and badges. */
export function JourneyMap({ journey, result }: { journey: TJourneyDoc; result?: TKeyMoments | undefined }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const ranks = new Map(result ? keyMomentsOf(result).map((tp) => [tp.key, tp.rank ?? 0]) : []);
  const figures = new Map(result?.touchpoints.map((tp) => [tp.key, tp]) ?? []);
  return (
    <Flex gap={token.margin} style={{ overflowX: 'auto', paddingBottom: token.paddingXS }} role="list">
      {journey.stages.map((stage, index) => (
        <Flex
          key={stage.key}
          vertical
          gap={token.marginSM}
          role="listitem"
          style={{
            minWidth: 220,
            flex: 1,
            background: token.colorFillQuaternary,
            borderRadius: token.borderRadiusLG,
            padding: token.paddingSM,
          }}
        >
          <div>
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {index + 1} · {stageKindLabel(stage.kind, t)}
            </Typography.Text>
            <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeLG }}>
              {localName(stage)}
            </Typography.Title>
          </div>
          {journey.touchpoints
            .filter((tp) => tp.stage === stage.key)
            .map((tp) => (
              <TouchpointCard
                key={tp.key}
                touchpoint={tp}
                figures={figures.get(tp.key)}
                keyRank={ranks.get(tp.key)}
              />
            ))}
        </Flex>
      ))}
    </Flex>
  );
}

/** What the colours of the cards mean. */
export function PerformanceLegend() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const colour = useBandColour();
  const bands: [TPerformanceBand, string][] = [
    ['good', t('90% or more meet the standard')],
    ['fair', t('70% to 90%')],
    ['poor', t('Under 70%')],
    ['none', t('No standard or no data')],
  ];
  return (
    <Flex gap={token.marginXS} wrap>
      {bands.map(([band, label]) => (
        <Tag key={band} variant="outlined" style={{ borderTop: `3px solid ${colour(band)}` }}>
          {label}
        </Tag>
      ))}
    </Flex>
  );
}
