import { Card, Empty, Flex, Select, theme, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useChurnDrivers } from './api.ts';
import { AtRiskList } from './AtRiskList.tsx';
import { DriversCards } from './DriversCards.tsx';
import { SurvivalCard } from './SurvivalCard.tsx';

/** The recovery callback touchpoint (core's RECOVERY_CALLBACK_TOUCHPOINT) is the loop's own, not one customers pass. */
const RECOVERY_CALLBACK = 'recovery_callback';

/** The journey's survival, churn drivers and at-risk list; journey and touchpoint kept in the URL. */
function JourneyChurn({ journeys }: { journeys: readonly TJourneyDoc[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const journey = journeys.find((j) => j.key === params.get('journey')) ?? journeys[0];
  const touchpoints = (journey?.touchpoints ?? [])
    .filter((tp) => tp.key !== RECOVERY_CALLBACK)
    .map((tp) => ({ key: tp.key, name: localName(tp) }));
  // Without a touchpoint in the URL, the one whose standard would avoid the most churn, once known.
  const drivers = useChurnDrivers(journey?.key ?? '');
  const mostAvoided = [...(drivers.data?.result?.avoided ?? [])].sort(
    (a, b) => b.avoided.estimate - a.avoided.estimate,
  )[0]?.touchpoint;
  const settled = drivers.isError || (drivers.data !== undefined && !drivers.data.running);
  const fallback = mostAvoided ?? (settled ? touchpoints[0]?.key : undefined) ?? '';
  const touchpoint = touchpoints.find((tp) => tp.key === params.get('touchpoint'))?.key ?? fallback;
  const nameOf = useCallback(
    (key: string) => {
      const tp = journey?.touchpoints.find((x) => x.key === key);
      return tp ? localName(tp) : key;
    },
    [journey],
  );
  if (!journey) return <Empty />;
  const set = (next: { journey?: string; touchpoint?: string }) =>
    setParams(
      { journey: next.journey ?? journey.key, touchpoint: next.touchpoint ?? touchpoint },
      { replace: true },
    );
  return (
    <Flex vertical gap={token.marginLG}>
      <Select
        aria-label={t('Journey')}
        style={{ minWidth: 200, alignSelf: 'flex-start' }}
        value={journey.key}
        onChange={(key) => setParams({ journey: key }, { replace: true })}
        options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
      />
      <Card
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
            {t('Who stays: customers who hit a floor against the others')}
          </Typography.Title>
        }
      >
        <SurvivalCard
          journey={journey.key}
          touchpoints={touchpoints}
          touchpoint={touchpoint}
          onTouchpoint={(key) => set({ touchpoint: key })}
        />
      </Card>
      <DriversCards key={`drivers-${journey.key}`} journey={journey.key} nameOf={nameOf} />
      <AtRiskList key={`at-risk-${journey.key}`} journey={journey.key} nameOf={nameOf} />
    </Flex>
  );
}

/** Churn: which breaches drive customers away, what meeting the standard would save, and who is at risk. */
export default function ChurnPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const journeys = useJourneyList();
  return (
    <Flex vertical gap={token.marginLG}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
        {t('Churn')}
      </Typography.Title>
      <QueryState
        query={journeys}
        isEmpty={(list) => list.length === 0}
        empty={<Empty description={t('No journey yet. Create one from an industry pack under Journeys.')} />}
      >
        {(list) => <JourneyChurn journeys={list} />}
      </QueryState>
    </Flex>
  );
}
