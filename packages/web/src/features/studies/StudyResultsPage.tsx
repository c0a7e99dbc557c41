import { ArrowLeftOutlined } from '@ant-design/icons';
import type { GlobalToken } from 'antd';
import {
  Card,
  Descriptions,
  Empty,
  Flex,
  Segmented,
  Select,
  Skeleton,
  Table,
  Tag,
  theme,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Chart } from '../../components/chart/Chart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { PERIODS, periodRange } from '../../lib/period.ts';
import type { TPeriod } from '../../lib/period.ts';
import type { TKanoFeature, TKanoResult, TMeanInterval, TResultsQuery, TServqualResult } from './api.ts';
import { isNotEnoughData, useStudyResults, useStudySurvey } from './api.ts';
import { betterWorseOption, gapOption } from './charts.ts';
import {
  KANO_CATEGORY_ORDER,
  kanoCategoryColour,
  kanoCategoryLabel,
  servqualDimensionLabel,
  studyKindLabel,
} from './labels.ts';

type TTable = NonNullable<TResultsQuery['table']>;
type TRule = NonNullable<TResultsQuery['rule']>;

const interval = (m: TMeanInterval) =>
  m.lower === null || m.upper === null ? '–' : `${formatNumber(m.lower, 2)} – ${formatNumber(m.upper, 2)}`;

/** The perception statements of a SERVQUAL questionnaire by item number, in the current language. */
function statementsOf(definition: unknown, language: string): Map<number, string> {
  const statements = new Map<number, string>();
  const pages = (definition as { pages?: Array<{ elements?: Array<{ rows?: unknown[] }> }> } | undefined)
    ?.pages;
  for (const page of pages ?? []) {
    for (const q of page.elements ?? []) {
      for (const row of q.rows ?? []) {
        const { value, text } = (row ?? {}) as { value?: unknown; text?: unknown };
        const item = /^p(\d+)$/.exec(String(value ?? ''))?.[1];
        if (!item) continue;
        const words =
          typeof text === 'string'
            ? text
            : ((text as Record<string, string> | undefined)?.[language === 'zh-CN' ? 'zh-cn' : 'default'] ??
              '');
        statements.set(Number(item), words);
      }
    }
  }
  return statements;
}

/** The KANO class table and the Better / Worse chart. */
function KanoResults({ result, t, token }: { result: TKanoResult; t: TFunction; token: GlobalToken }) {
  const { i18n } = useTranslation();
  const nameOf = (f: TKanoFeature) => (i18n.language === 'zh-CN' ? f.names['zh-CN'] : f.names.en);
  return (
    <Flex vertical gap={token.marginLG}>
      <Card title={t('Better / Worse')}>
        <Chart
          option={betterWorseOption(result.features, nameOf, t, token)}
          height={440}
          label={t('Better / Worse chart of {{count}} features', { count: result.features.length })}
        />
      </Card>
      <Card title={t('Classes')}>
        <Table<TKanoFeature>
          rowKey="key"
          size="middle"
          pagination={false}
          dataSource={result.features}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('Feature'), key: 'feature', fixed: 'left', render: (_, f) => nameOf(f) },
            {
              title: t('Class'),
              key: 'class',
              render: (_, f) => (
                <Tag
                  variant="outlined"
                  style={{
                    color: token.colorText,
                    borderColor: kanoCategoryColour(f.category, token),
                    background: token.colorBgContainer,
                  }}
                >
                  <span
                    aria-hidden
                    style={{ color: kanoCategoryColour(f.category, token), marginInlineEnd: 4 }}
                  >
                    ●
                  </span>
                  {kanoCategoryLabel(f.category, t)}
                </Tag>
              ),
            },
            ...KANO_CATEGORY_ORDER.map((c) => ({
              title: <abbr title={kanoCategoryLabel(c, t)}>{c}</abbr>,
              key: c,
              align: 'right' as const,
              render: (_: unknown, f: TKanoFeature) => f.counts[c],
            })),
            { title: t('Answered'), key: 'n', align: 'right', render: (_, f) => f.n },
            {
              title: t('Better'),
              key: 'better',
              align: 'right',
              render: (_, f) => formatNumber(f.better, 3),
            },
            { title: t('Worse'), key: 'worse', align: 'right', render: (_, f) => formatNumber(f.worse, 3) },
            {
              title: t('Total strength'),
              key: 'total',
              align: 'right',
              render: (_, f) => formatPercent(f.totalStrength, 0),
            },
            {
              title: t('Category strength'),
              key: 'strength',
              align: 'right',
              render: (_, f) => formatPercent(f.categoryStrength, 0),
            },
            {
              title: t('Fong’s test'),
              key: 'fong',
              render: (_, f) =>
                `${formatNumber(f.fong.statistic, 0)} ${f.fong.significant ? '≥' : '<'} ${formatNumber(f.fong.critical, 1)} ${
                  f.fong.significant ? t('(a clear class)') : t('(too close to call)')
                }`,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

/** SERVQUAL's gaps: the overall scores, the gap bars per dimension and the item table. */
function ServqualResults({
  result,
  statements,
  t,
  token,
}: {
  result: TServqualResult;
  statements: Map<number, string>;
  t: TFunction;
  token: GlobalToken;
}) {
  const dimensionName = (d: string) => servqualDimensionLabel(d, t);
  type TItem = TServqualResult['items'][number];
  type TDimension = TServqualResult['dimensions'][number];
  return (
    <Flex vertical gap={token.marginLG}>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'n', label: t('Respondents'), children: result.respondents },
            {
              key: 'unweighted',
              label: t('Overall gap'),
              children: `${formatNumber(result.unweighted.mean, 2)} (${interval(result.unweighted)})`,
            },
            {
              key: 'weighted',
              label: t('Weighted by importance'),
              children: result.weighted
                ? `${formatNumber(result.weighted.mean, 2)} (${interval(result.weighted)})`
                : t('Nobody gave the importance points'),
            },
          ]}
        />
      </Card>
      <Card title={t('Gap per dimension')}>
        <Chart
          option={gapOption(result.dimensions, dimensionName, t, token)}
          height={300}
          label={t('Gap per dimension with its 95% interval')}
        />
        <Table<TDimension>
          rowKey="dimension"
          size="small"
          pagination={false}
          dataSource={[...result.dimensions]}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('Dimension'), key: 'dimension', render: (_, d) => dimensionName(d.dimension) },
            {
              title: t('Expectation'),
              key: 'e',
              align: 'right',
              render: (_, d) => formatNumber(d.expectation.mean, 2),
            },
            {
              title: t('Perception'),
              key: 'p',
              align: 'right',
              render: (_, d) => formatNumber(d.perception.mean, 2),
            },
            { title: t('Gap'), key: 'gap', align: 'right', render: (_, d) => formatNumber(d.gap.mean, 2) },
            { title: t('95% interval'), key: 'interval', render: (_, d) => interval(d.gap) },
            {
              title: t('Weight'),
              key: 'weight',
              align: 'right',
              render: (_, d) => formatPercent(d.weight, 0),
            },
            {
              title: t('Weighted part'),
              key: 'weighted',
              align: 'right',
              render: (_, d) => formatNumber(d.weightedGap, 2),
            },
          ]}
        />
      </Card>
      <Card title={t('Statements')}>
        <Table<TItem>
          rowKey="item"
          size="small"
          pagination={false}
          dataSource={[...result.items]}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '#', key: 'item', align: 'right', render: (_, i) => i.item },
            { title: t('Statement'), key: 'statement', render: (_, i) => statements.get(i.item) ?? '–' },
            { title: t('Dimension'), key: 'dimension', render: (_, i) => dimensionName(i.dimension) },
            {
              title: t('Expectation'),
              key: 'e',
              align: 'right',
              render: (_, i) => formatNumber(i.expectation.mean, 2),
            },
            {
              title: t('Perception'),
              key: 'p',
              align: 'right',
              render: (_, i) => formatNumber(i.perception.mean, 2),
            },
            { title: t('Gap'), key: 'gap', align: 'right', render: (_, i) => formatNumber(i.gap.mean, 2) },
            { title: t('95% interval'), key: 'interval', render: (_, i) => interval(i.gap) },
            { title: t('Answered'), key: 'n', align: 'right', render: (_, i) => i.gap.n },
          ]}
        />
      </Card>
    </Flex>
  );
}

/**
 * A study's results, computed by the server from the stored answers: for KANO the Better / Worse chart and
 * the class table (with the evaluation table and class rule to choose), for SERVQUAL the gaps per dimension
 * with their intervals and the statements; filtered by period and language.
 */
export default function StudyResultsPage() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const key = useParams().study ?? '';
  const [period, setPeriod] = useState<TPeriod | 'all'>('all');
  const [language, setLanguage] = useState<'en' | 'zh-CN' | 'all'>('all');
  const [table, setTable] = useState<TTable>('berger');
  const [rule, setRule] = useState<TRule>('most-frequent');
  const query = useMemo<TResultsQuery>(
    () => ({
      ...(period === 'all' ? {} : periodRange(period)),
      ...(language === 'all' ? {} : { language }),
      table,
      rule,
    }),
    [period, language, table, rule],
  );
  const results = useStudyResults(key, query);
  const kind = results.data?.study.kind;
  const survey = useStudySurvey(key, kind === 'servqual');
  const statements = useMemo(
    () => statementsOf(survey.data?.definition, i18n.language),
    [survey.data, i18n.language],
  );
  const periodLabel = (p: TPeriod | 'all') =>
    ({
      all: t('All answers'),
      '7d': t('Last 7 days'),
      '30d': t('Last 30 days'),
      '90d': t('Last 90 days'),
      '365d': t('Last 12 months'),
    })[p];
  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Link to="..">
          <ArrowLeftOutlined /> {t('Studies')}
        </Link>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {results.data ? results.data.study.name : key}{' '}
          {kind && <Tag style={{ verticalAlign: 'middle' }}>{studyKindLabel(kind, t)}</Tag>}
        </Typography.Title>
      </div>
      <Flex wrap gap={token.margin} align="center">
        <Select<TPeriod | 'all'>
          aria-label={t('Period')}
          value={period}
          onChange={setPeriod}
          style={{ width: 160 }}
          options={(['all', ...PERIODS] as const).map((p) => ({ value: p, label: periodLabel(p) }))}
        />
        <Select<'en' | 'zh-CN' | 'all'>
          aria-label={t('Language of the answers')}
          value={language}
          onChange={setLanguage}
          style={{ width: 160 }}
          options={[
            { value: 'all', label: t('Every language') },
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
        {kind !== 'servqual' && (
          <>
            <Segmented<TTable>
              aria-label={t('Evaluation table')}
              value={table}
              onChange={setTable}
              options={[
                { value: 'berger', label: t('Berger et al. (1993)') },
                { value: 'pouliot', label: t('Pouliot (modified)') },
              ]}
            />
            <Segmented<TRule>
              aria-label={t('Class rule')}
              value={rule}
              onChange={setRule}
              options={[
                { value: 'most-frequent', label: t('Most frequent (M > O > A > I)') },
                { value: 'aom-vs-irq', label: t('A+O+M against I+R+Q first') },
              ]}
            />
          </>
        )}
      </Flex>
      {results.isError && isNotEnoughData(results.error) ? (
        <Card>
          <Empty description={t('Not enough answers yet: the results need at least two.')} />
        </Card>
      ) : (
        <QueryState query={results} rows={8}>
          {(data) =>
            data.kano ? (
              <KanoResults result={data.kano} t={t} token={token} />
            ) : data.servqual ? (
              survey.isPending ? (
                <Skeleton active />
              ) : (
                <ServqualResults result={data.servqual} statements={statements} t={t} token={token} />
              )
            ) : null
          }
        </QueryState>
      )}
    </Flex>
  );
}
