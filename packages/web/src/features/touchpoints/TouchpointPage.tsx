import {
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Segmented,
  Statistic,
  Table,
  theme,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Chart } from '../../components/chart/Chart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SentimentTag } from '../../components/sentiment-tag/SentimentTag.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { StatusPage, statusOf } from '../../components/StatusPage.tsx';
import {
  formatDateTime,
  formatMeasureValue,
  formatNumber,
  formatPercent,
  localName,
} from '../../lib/format.ts';
import { useJourney } from '../../lib/journeys.ts';
import { useKeyMoments } from '../../lib/key-moments.ts';
import type { TPeriod } from '../../lib/period.ts';
import { isPeriod, periodRange } from '../../lib/period.ts';
import { useCan } from '../../lib/session/session.ts';
import { useTouchpointBreaches, useTouchpointStats } from './api.ts';
import { trendOption } from './charts.ts';
import { MeasureDistribution } from './MeasureDistribution.tsx';

const heading = (text: string, size: number | string) => (
  <Typography.Title level={2} style={{ margin: 0, fontSize: size }}>
    {text}
  </Typography.Title>
);

/** A touchpoint: its volume, performance and breaches over time, distributions, breaching moments, comments. */
export default function TouchpointPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { journey: journeyKey = '', touchpoint: key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const raw = params.get('period');
  const period: TPeriod = isPeriod(raw) ? raw : '90d';
  const range = useMemo(() => periodRange(period), [period]);
  const can = useCan();
  const journey = useJourney(journeyKey);
  const stats = useTouchpointStats(journeyKey, key, range);
  const analysis = useKeyMoments(journeyKey, range);
  const breaches = useTouchpointBreaches(journeyKey, key, can('breaches:read'));
  const trend = useMemo(
    () => (stats.data ? trendOption(stats.data, t, token) : null),
    [stats.data, t, token],
  );
  if (
    (journey.isError && statusOf(journey.error) === 'not_found') ||
    (stats.isError && statusOf(stats.error) === 'not_found')
  )
    return <StatusPage status="not_found" />;
  const doc = journey.data?.touchpoints.find((tp) => tp.key === key);
  const customerLink = (customer: string) =>
    can('customers:read') ? (
      <Link
        to={`../customers?customer=${encodeURIComponent(customer)}`}
        style={{ textDecoration: 'underline' }}
      >
        {customer}
      </Link>
    ) : (
      customer
    );
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {doc ? localName(doc) : key}
          </Typography.Title>
          {journey.data && (
            <Link to={`../journeys/${encodeURIComponent(journeyKey)}`}>{localName(journey.data)}</Link>
          )}
        </div>
        <Segmented<TPeriod>
          aria-label={t('Period')}
          value={period}
          onChange={(next) => setParams({ period: next }, { replace: true })}
          options={[
            { value: '30d', label: t('Last 30 days') },
            { value: '90d', label: t('Last 90 days') },
            { value: '365d', label: t('Last 12 months') },
          ]}
        />
      </Flex>
      <QueryState query={stats} rows={8}>
        {(data) => (
          <Flex vertical gap={token.marginLG}>
            <Card>
              <Flex gap={token.marginXL} wrap>
                <Statistic title={t('Moments')} value={formatNumber(data.moments, 0)} />
                <Statistic
                  title={t('Breach rate')}
                  value={formatPercent(data.breachRate)}
                  styles={{
                    content: { color: (data.breachRate ?? 0) > 0.05 ? token.colorError : undefined },
                  }}
                />
                {doc && (
                  <Descriptions
                    size="small"
                    column={1}
                    items={[{ key: 'owner', label: t('Owner department'), children: doc.owner }]}
                  />
                )}
              </Flex>
            </Card>
            <Card title={heading(t('Volume, breach rate and experience over time'), token.fontSizeHeading5)}>
              {trend && data.buckets.length > 0 ? (
                <Chart
                  option={trend}
                  height={280}
                  label={t('Moments, breach rate and experience per period, {{count}} points', {
                    count: data.buckets.length,
                  })}
                />
              ) : (
                <Empty description={t('No moment in this period')} />
              )}
            </Card>
            {doc && doc.measures.length > 0 && (
              <Card title={heading(t('Measures'), token.fontSizeHeading5)}>
                <Row gutter={[16, 16]}>
                  {doc.measures.map((m) => {
                    const figures = data.measures.find((x) => x.key === m.key);
                    const suggestion = analysis.data?.floors.find(
                      (f) => f.measure === m.key && (f.touchpoint === null || f.touchpoint === key),
                    );
                    return figures ? (
                      <Col xs={24} lg={12} key={m.key}>
                        <MeasureDistribution measure={m} figures={figures} suggestion={suggestion} />
                      </Col>
                    ) : null;
                  })}
                </Row>
              </Card>
            )}
            <Row gutter={[16, 16]}>
              {can('breaches:read') && (
                <Col xs={24} xl={12}>
                  <Card title={heading(t('Latest breaching moments'), token.fontSizeHeading5)}>
                    <QueryState query={breaches} rows={4}>
                      {(page) => (
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={false}
                          dataSource={page.breaches}
                          locale={{ emptyText: t('No breach at this touchpoint') }}
                          columns={[
                            { title: t('When'), key: 'at', render: (_, b) => formatDateTime(b.occurredAt) },
                            {
                              title: t('Measure'),
                              key: 'measure',
                              render: (_, b) => {
                                const m = doc?.measures.find((x) => x.key === b.measure);
                                return b.measure === null ? t('Rating') : m ? localName(m) : b.measure;
                              },
                            },
                            {
                              title: t('Value / floor'),
                              key: 'value',
                              render: (_, b) => {
                                const unit = doc?.measures.find((x) => x.key === b.measure)?.unit;
                                return (
                                  <ToneTag tone="bad">
                                    {formatMeasureValue(b.value, unit)} / {formatMeasureValue(b.floor, unit)}
                                  </ToneTag>
                                );
                              },
                            },
                            {
                              title: t('Customer'),
                              key: 'customer',
                              render: (_, b) => customerLink(b.customer),
                            },
                          ]}
                        />
                      )}
                    </QueryState>
                  </Card>
                </Col>
              )}
              <Col xs={24} xl={can('breaches:read') ? 12 : 24}>
                <Card title={heading(t('Latest comments'), token.fontSizeHeading5)}>
                  {data.comments.length === 0 ? (
                    <Empty description={t('No comment in this period')} />
                  ) : (
                    <Flex vertical gap={token.marginSM}>
                      {data.comments.slice(0, 12).map((c) => (
                        <Flex key={c.eventId} vertical gap={2}>
                          <Flex gap={token.marginXS} wrap align="baseline">
                            {c.sentiment && <SentimentTag sentiment={c.sentiment} />}
                            <Typography.Text>“{c.comment}”</Typography.Text>
                          </Flex>
                          <Typography.Text type="secondary">
                            {formatDateTime(c.occurredAt)} · {customerLink(c.customer)}
                          </Typography.Text>
                        </Flex>
                      ))}
                    </Flex>
                  )}
                </Card>
              </Col>
            </Row>
          </Flex>
        )}
      </QueryState>
    </Flex>
  );
}
