import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Space, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Chart } from '../../components/chart/Chart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatPercent } from '../../lib/format.ts';
import { useDownloadAnswers, useSurveyResults } from './api.ts';
import { responseRateOption, trendOption } from './charts.ts';
import { resultsQuery } from './filters.ts';
import type { TResultsFilters } from './filters.ts';
import { HeadlineCards, useHeadlineNames } from './HeadlineCards.tsx';
import { QuestionResults } from './QuestionResults.tsx';
import { ResultsFilters } from './ResultsFilters.tsx';
import { VerbatimsTable } from './VerbatimsTable.tsx';

const sectionTitle = (text: string, size: number | string) => (
  <Typography.Title level={2} style={{ margin: 0, fontSize: size }}>
    {text}
  </Typography.Title>
);

/**
 * A survey's results: headline NPS / CSAT / CES with intervals, response rate per channel, weekly trends,
 * each question's distribution and the verbatims with their sentiment, for the chosen period, language,
 * channel and segment; the answers download as CSV or XLSX.
 */
export default function SurveyResultsPage() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const key = useParams().survey ?? '';
  const [filters, setFilters] = useState<TResultsFilters>({
    period: '90d',
    language: undefined,
    channel: undefined,
    segment: undefined,
  });
  const query = useMemo(() => resultsQuery(filters, i18n.language), [filters, i18n.language]);
  const results = useSurveyResults(key, query);
  const download = useDownloadAnswers(key, query);
  const names = useHeadlineNames();
  const heading = sectionTitle;
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="end" wrap gap={token.margin}>
        <div>
          <Link to="..">
            <ArrowLeftOutlined /> {t('Surveys')}
          </Link>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Results of {{survey}}', { survey: results.data?.survey.name ?? key })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {results.data
              ? t('{{answers}} answers · response rate {{rate}} ({{answered}} of {{links}} links)', {
                  answers: results.data.answers,
                  rate: formatPercent(results.data.responseRate.rate),
                  answered: results.data.responseRate.answered,
                  links: results.data.responseRate.links,
                })
              : ' '}
          </Typography.Text>
        </div>
        <Space>
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending && download.variables === 'csv'}
            onClick={() => download.mutate('csv')}
          >
            {t('Export CSV')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending && download.variables === 'xlsx'}
            onClick={() => download.mutate('xlsx')}
          >
            {t('Export XLSX')}
          </Button>
        </Space>
      </Flex>
      <ResultsFilters value={filters} onChange={setFilters} />
      <QueryState query={results} rows={8}>
        {(data) => (
          <Flex vertical gap={token.marginLG}>
            <HeadlineCards headline={data.headline} />
            <Row gutter={[token.margin, token.margin]}>
              <Col xs={24} lg={10}>
                <Card
                  title={heading(t('Response rate by channel'), token.fontSizeHeading5)}
                  style={{ height: '100%' }}
                >
                  {data.responseRates.length === 0 ? (
                    <Empty description={t('No link sent in this period.')} />
                  ) : (
                    <Chart
                      option={responseRateOption(data.responseRates, t, token)}
                      height={260}
                      label={t('Response rate by channel, with 95% intervals')}
                    />
                  )}
                </Card>
              </Col>
              <Col xs={24} lg={14}>
                <Card title={heading(t('Weekly trend'), token.fontSizeHeading5)} style={{ height: '100%' }}>
                  {data.trend.length === 0 ? (
                    <Empty description={t('No answer in this period.')} />
                  ) : (
                    <Flex vertical gap={token.margin}>
                      {(['nps', 'csat', 'ces'] as const)
                        .filter((k) => data.headline[k] !== null)
                        .map((k) => (
                          <Chart
                            key={k}
                            option={trendOption(data.trend, k, names[k], t, token)}
                            height={180}
                            label={t('{{score}} per week with its 95% interval', { score: names[k] })}
                          />
                        ))}
                    </Flex>
                  )}
                </Card>
              </Col>
            </Row>
            <Card title={heading(t('Answers per question'), token.fontSizeHeading5)}>
              <QuestionResults questions={data.questions} />
            </Card>
            <Card title={heading(t('Verbatims'), token.fontSizeHeading5)}>
              <VerbatimsTable survey={key} query={query} />
            </Card>
          </Flex>
        )}
      </QueryState>
    </Flex>
  );
}
