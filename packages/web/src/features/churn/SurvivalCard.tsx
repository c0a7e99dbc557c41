import { Descriptions, Empty, Flex, Select, theme, Typography } from 'antd';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart/Chart.tsx';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { TChurnSurvival } from './api.ts';
import { useChurnSurvival } from './api.ts';
import { ChurnAnalysisState } from './ChurnAnalysisState.tsx';
import { survivalOption } from './charts.ts';

/** The p-value as read: "< 0.001" below it, else three decimals. */
export const formatP = (p: number): string => (p < 0.001 ? '< 0.001' : formatNumber(p, 3));

/** A survival group in words. */
const groupLabel = (group: string, touchpoint: string, t: TFunction) =>
  group === 'exposed' ? t('Hit a floor at {{touchpoint}}', { touchpoint }) : t('Did not hit a floor there');

function Curves({ result, touchpointName }: { result: TChurnSurvival; touchpointName: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { curves, logRank } = result.comparison;
  const groupName = (group: string) => groupLabel(group, touchpointName, t);
  const option = useMemo(
    () => survivalOption(curves, (group) => groupLabel(group, touchpointName, t), t, token),
    [curves, t, token, touchpointName],
  );
  if (curves.length === 0) return <Empty description={t('No customer of this journey yet.')} />;
  return (
    <Flex vertical gap={token.margin}>
      <Chart
        option={option}
        height={340}
        label={t('Share of customers still there by days since their start, for {{count}} groups', {
          count: curves.length,
        })}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          ...curves.map((c) => ({
            key: c.group,
            label: groupName(c.group),
            children: t('{{churned}} of {{n}} churned ({{share}})', {
              churned: formatNumber(c.events, 0),
              n: formatNumber(c.n, 0),
              share: formatPercent(c.n > 0 ? c.events / c.n : null),
            }),
          })),
          {
            key: 'log-rank',
            label: t('Log-rank test'),
            children: logRank
              ? t('χ² {{chi}}, p {{p}}', { chi: formatNumber(logRank.chiSquare, 1), p: formatP(logRank.p) })
              : t('Needs both groups'),
          },
        ]}
      />
    </Flex>
  );
}

/** Survival by exposure: customers who hit a floor at the chosen touchpoint against the others. */
export function SurvivalCard({
  journey,
  touchpoints,
  touchpoint,
  onTouchpoint,
}: {
  journey: string;
  touchpoints: ReadonlyArray<{ key: string; name: string }>;
  touchpoint: string;
  onTouchpoint: (key: string) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const survival = useChurnSurvival(journey, touchpoint);
  const name = touchpoints.find((tp) => tp.key === touchpoint)?.name ?? touchpoint;
  return (
    <Flex vertical gap={token.margin}>
      <Flex gap={token.marginSM} align="center" wrap>
        <Typography.Text>{t('Exposure')}</Typography.Text>
        <Select
          aria-label={t('Touchpoint')}
          style={{ minWidth: 200 }}
          value={touchpoint}
          onChange={onTouchpoint}
          options={touchpoints.map((tp) => ({ value: tp.key, label: tp.name }))}
        />
      </Flex>
      <ChurnAnalysisState query={survival}>
        {(result) => <Curves result={result} touchpointName={name} />}
      </ChurnAnalysisState>
    </Flex>
  );
}
