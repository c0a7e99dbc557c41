import { Card, Col, Empty, Flex, Row, Skeleton, theme, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Chart } from '../../components/chart/Chart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatNumber, localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import type { TKeyMoments } from '../../lib/key-moments.ts';
import { keyMomentsOf } from '../../lib/key-moments.ts';
import { isPeriod, periodRange } from '../../lib/period.ts';
import type { TAnalysisFilter } from './api.ts';
import { useKeyMomentAnalysis } from './api.ts';
import { AnalysisStatus } from './AnalysisStatus.tsx';
import { driverOption, ipaOption, ipaPoints } from './charts.ts';
import { EpisodeCurves } from './EpisodeCurves.tsx';
import type { TKeyMomentView } from './Filters.tsx';
import { Filters } from './Filters.tsx';
import { isOutcome } from './labels.ts';
import { QuadrantTag } from './QuadrantTag.tsx';
import { RankingTable } from './RankingTable.tsx';
import { RoleHolders } from './RoleHolders.tsx';

/** The view of the URL: `?journey=&outcome=&period=&segment=attr:value`. */
function useView(journeys: readonly TJourneyDoc[]): [TKeyMomentView, (next: TKeyMomentView) => void] {
  const [params, setParams] = useSearchParams();
  const journey = params.get('journey');
  const outcome = params.get('outcome');
  const period = params.get('period');
  const segment = params.get('segment');
  const split = segment?.indexOf(':') ?? -1;
  const view: TKeyMomentView = {
    journey: journeys.some((j) => j.key === journey) ? (journey ?? '') : (journeys[0]?.key ?? ''),
    outcome: isOutcome(outcome) ? outcome : 'overall',
    period: isPeriod(period) ? period : '90d',
    segment:
      segment && split > 0 ? { attribute: segment.slice(0, split), value: segment.slice(split + 1) } : null,
  };
  const set = (next: TKeyMomentView) =>
    setParams(
      {
        journey: next.journey,
        outcome: next.outcome,
        period: next.period,
        ...(next.segment ? { segment: `${next.segment.attribute}:${next.segment.value}` } : {}),
      },
      { replace: true },
    );
  return [view, set];
}

/** The analysis' charts and tables for one journey. */
function Analysis({
  journey,
  result,
  filter,
}: {
  journey: TJourneyDoc;
  result: TKeyMoments;
  filter: Omit<TAnalysisFilter, 'segment'>;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const nameOf = useCallback(
    (key: string) => {
      const tp = journey.touchpoints.find((x) => x.key === key);
      return tp ? localName(tp) : key;
    },
    [journey],
  );
  const keyMoments = useMemo(() => new Set(keyMomentsOf(result).map((tp) => tp.key)), [result]);
  const points = useMemo(() => ipaPoints(result, nameOf), [result, nameOf]);
  const ipa = useMemo(
    () => (result.ipa && points.length > 0 ? ipaOption(points, result.ipa, t, token) : null),
    [result, points, t, token],
  );
  const driver = useMemo(
    () => driverOption(result, nameOf, keyMoments, t, token),
    [result, nameOf, keyMoments, t, token],
  );
  const drivers = result.touchpoints.filter((tp) => tp.importance !== null).length;
  return (
    <Flex vertical gap={token.marginLG}>
      <Card
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
            {t('Ranking')}
          </Typography.Title>
        }
      >
        <RankingTable journey={journey.key} result={result} nameOf={nameOf} keyMoments={keyMoments} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
                {t('Importance and performance')}
              </Typography.Title>
            }
          >
            {ipa ? (
              <>
                <Chart
                  option={ipa}
                  height={420}
                  label={t('Importance-performance chart of {{count}} touchpoints', { count: points.length })}
                />
                <Flex gap={token.marginXS} wrap>
                  {(
                    [
                      'concentrate_here',
                      'keep_up_the_good_work',
                      'low_priority',
                      'possible_overkill',
                    ] as const
                  ).map((q) => (
                    <QuadrantTag key={q} quadrant={q} />
                  ))}
                </Flex>
              </>
            ) : (
              <Empty description={t('Not enough episodes with an outcome to weigh the touchpoints.')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
                {t('Drivers of the outcome')}
              </Typography.Title>
            }
          >
            {drivers > 0 ? (
              <Chart
                option={driver}
                height={Math.max(200, drivers * 34 + 40)}
                label={t('Importance of {{count}} touchpoints with their intervals', { count: drivers })}
              />
            ) : (
              <Empty description={t('Not enough episodes with an outcome to weigh the touchpoints.')} />
            )}
          </Card>
        </Col>
      </Row>
      <Card
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
            {t('What customers remember')}
          </Typography.Title>
        }
      >
        <RoleHolders result={result} nameOf={nameOf} />
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
            {t('Emotion curves')}
          </Typography.Title>
        }
      >
        <EpisodeCurves journey={journey.key} filter={filter} nameOf={nameOf} />
      </Card>
    </Flex>
  );
}

/** The journey's analysis under the filters, with its state: computing (with progress), computed at. */
function JourneyAnalysis({ journeys, view }: { journeys: readonly TJourneyDoc[]; view: TKeyMomentView }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const journey = journeys.find((j) => j.key === view.journey);
  const range = useMemo(() => periodRange(view.period), [view.period]);
  const analysis = useKeyMomentAnalysis(view.journey, {
    range,
    outcome: view.outcome,
    segment: view.segment,
  });
  if (!journey) return <Empty />;
  const result = analysis.data?.result ?? null;
  return (
    <Flex vertical gap={token.margin}>
      <Flex gap={token.margin} align="center" wrap>
        <AnalysisStatus answer={analysis.data} fetching={analysis.isFetching} />
        {result && (
          <Typography.Text type="secondary">
            {t('{{episodes}} episodes, {{withOutcome}} with an outcome; model R² {{r2}}', {
              episodes: formatNumber(result.episodes.total, 0),
              withOutcome: formatNumber(result.episodes.withOutcome, 0),
              r2: formatNumber(result.model.r2, 2),
            })}
          </Typography.Text>
        )}
      </Flex>
      <QueryState
        query={analysis}
        rows={10}
        isEmpty={(answer) => answer.result !== null && answer.result.episodes.total === 0}
        empty={<Empty description={t('No episode in this period and segment.')} />}
      >
        {(answer) =>
          answer.result ? (
            <div style={{ opacity: analysis.isPlaceholderData ? 0.6 : 1, transition: 'opacity 0.2s' }}>
              <Analysis journey={journey} result={answer.result} filter={{ range, outcome: view.outcome }} />
            </div>
          ) : (
            <Skeleton active paragraph={{ rows: 10 }} />
          )
        }
      </QueryState>
    </Flex>
  );
}

/** Key moments: which touchpoints decide the outcome, and how customers lived their episodes. */
export default function KeyMomentsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const journeys = useJourneyList();
  const [view, setView] = useView(journeys.data ?? []);
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Key moments')}
        </Typography.Title>
        {journeys.data && journeys.data.length > 0 && (
          <Filters key={view.journey} journeys={journeys.data} view={view} onChange={setView} />
        )}
      </Flex>
      <QueryState
        query={journeys}
        isEmpty={(list) => list.length === 0}
        empty={<Empty description={t('No journey yet. Create one from an industry pack under Journeys.')} />}
      >
        {(list) => <JourneyAnalysis journeys={list} view={view} />}
      </QueryState>
    </Flex>
  );
}
