import { Card, Col, Flex, Row, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart } from '../../components/chart/Chart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useKeyMoments } from '../../lib/key-moments.ts';
import { useJourneyOverview } from './api.ts';
import { breachTrendOption, scoreHistogramOption } from './charts.ts';
import { JourneyFigures } from './JourneyFigures.tsx';
import { LatestBreaches } from './LatestBreaches.tsx';
import { TopKeyMoments } from './TopKeyMoments.tsx';

/** One journey in the period: its figures, breach trend, episode scores, key moments and latest breaches. */
export function JourneyOverviewCard({
  journey,
  range,
}: {
  journey: TJourneyDoc;
  range: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const overview = useJourneyOverview(journey.key, range);
  const keyMoments = useKeyMoments(journey.key, range);
  const name = localName(journey);
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading4 }}>
          {name}
        </Typography.Title>
      }
      extra={<Link to={`../journeys/${encodeURIComponent(journey.key)}`}>{t('Journey map')}</Link>}
    >
      <Flex vertical gap={token.marginLG}>
        <QueryState query={overview} rows={2}>
          {(data) => (
            <>
              <JourneyFigures overview={data} />
              {data.buckets.length > 0 && (
                <Chart
                  height={220}
                  label={t('Moments and breach rate over the period')}
                  option={breachTrendOption(data, t, token)}
                />
              )}
            </>
          )}
        </QueryState>
        <Row gutter={[token.marginLG, token.marginLG]}>
          <Col xs={24} lg={12}>
            <Typography.Title level={3} style={{ fontSize: token.fontSizeLG }}>
              {t('Episode scores (peak-end-floor, 0-10)')}
            </Typography.Title>
            <QueryState query={keyMoments} isEmpty={(r) => r.episodeScores.n === 0}>
              {(result) => (
                <Chart
                  height={200}
                  label={t('Distribution of episode scores')}
                  option={scoreHistogramOption(result.episodeScores, t, token)}
                />
              )}
            </QueryState>
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={3} style={{ fontSize: token.fontSizeLG }}>
              {t('Top key moments')}
            </Typography.Title>
            <QueryState query={keyMoments}>
              {(result) => <TopKeyMoments journey={journey} result={result} />}
            </QueryState>
          </Col>
        </Row>
        <div>
          <Typography.Title level={3} style={{ fontSize: token.fontSizeLG }}>
            {t('Latest breaches')}
          </Typography.Title>
          <LatestBreaches journey={journey} />
        </div>
      </Flex>
    </Card>
  );
}
