import { Empty, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { useJourneyList } from '../../lib/journeys.ts';
import type { TPeriod } from '../../lib/period.ts';
import { isPeriod, periodRange } from '../../lib/period.ts';
import { JourneyOverviewCard } from './JourneyOverviewCard.tsx';
import { PeriodSelector } from '../../components/PeriodSelector.tsx';

/** The overview: every journey in the chosen period (in the URL, so a link keeps it). */
export default function OverviewPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const raw = params.get('period');
  const period: TPeriod = isPeriod(raw) ? raw : '30d';
  const range = periodRange(period);
  const journeys = useJourneyList();
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Overview')}
        </Typography.Title>
        <PeriodSelector value={period} onChange={(next) => setParams({ period: next }, { replace: true })} />
      </Flex>
      <QueryState
        query={journeys}
        isEmpty={(list) => list.length === 0}
        empty={<Empty description={t('No journey yet. Create one from an industry pack under Journeys.')} />}
      >
        {(list) =>
          list.map((journey) => <JourneyOverviewCard key={journey.key} journey={journey} range={range} />)
        }
      </QueryState>
    </Flex>
  );
}
