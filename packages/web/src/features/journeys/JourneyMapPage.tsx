import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusPage, statusOf } from '../../components/StatusPage.tsx';
import { formatNumber, localName } from '../../lib/format.ts';
import { useJourney } from '../../lib/journeys.ts';
import { useKeyMoments } from '../../lib/key-moments.ts';
import type { TPeriod } from '../../lib/period.ts';
import { isPeriod, periodRange } from '../../lib/period.ts';
import { useCan } from '../../lib/session/session.ts';
import { JourneyMap, PerformanceLegend } from './JourneyMap.tsx';

/** The live journey map of one journey in a period: the offline report's map, from the stored data. */
export default function JourneyMapPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { journey: key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const raw = params.get('period');
  const period: TPeriod = isPeriod(raw) ? raw : '90d';
  const can = useCan();
  const journey = useJourney(key);
  const analysis = useKeyMoments(key, periodRange(period));
  if (journey.isError && statusOf(journey.error) === 'not_found') return <StatusPage status="not_found" />;
  return (
    <QueryState query={journey} rows={8}>
      {(doc) => (
        <Flex vertical gap={token.marginLG}>
          <Flex justify="space-between" align="center" wrap gap={token.margin}>
            <div>
              <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
                {localName(doc)}
              </Typography.Title>
              {doc.description && <Typography.Text type="secondary">{doc.description}</Typography.Text>}
            </div>
            <Flex gap={token.marginSM} wrap>
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
              {can('journeys:write') && (
                <Link to="edit">
                  <Button icon={<EditOutlined />}>{t('Edit journey')}</Button>
                </Link>
              )}
            </Flex>
          </Flex>
          <Card>
            <Flex vertical gap={token.margin}>
              <Flex justify="space-between" wrap gap={token.margin}>
                <Typography.Text type="secondary">
                  {analysis.data
                    ? t('{{episodes}} episodes analysed; {{withOutcome}} with an outcome', {
                        episodes: formatNumber(analysis.data.episodes.total, 0),
                        withOutcome: formatNumber(analysis.data.episodes.withOutcome, 0),
                      })
                    : t('Analysing the stored moments…')}
                </Typography.Text>
                <PerformanceLegend />
              </Flex>
              {analysis.isError ? (
                <QueryState query={analysis}>{() => null}</QueryState>
              ) : (
                <JourneyMap journey={doc} result={analysis.data} />
              )}
            </Flex>
          </Card>
        </Flex>
      )}
    </QueryState>
  );
}
