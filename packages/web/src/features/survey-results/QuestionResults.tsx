import { Card, Col, Empty, Row, Table, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart/Chart.tsx';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { TSurveyResults } from './api.ts';
import { distributionOption, formatScore } from './charts.ts';

type TQuestion = TSurveyResults['questions'][number];

/** A question's score line: its estimate, interval and n. */
function ScoreLine({ question }: { question: TQuestion }) {
  const { t } = useTranslation();
  const s = question.score;
  if (!s) return <Typography.Text type="secondary">{t('{{n}} answers', { n: question.n })}</Typography.Text>;
  return (
    <Typography.Text type="secondary">
      {t('Score {{value}} (95% interval {{lower}} to {{upper}}), n = {{n}}', {
        value: formatScore(s.kind, s.estimate),
        lower: formatScore(s.kind, s.lower),
        upper: formatScore(s.kind, s.upper),
        n: s.n,
      })}
    </Typography.Text>
  );
}

/** A matrix: per row its answers, each column's share and (numeric columns) its mean. */
function MatrixTable({ question }: { question: TQuestion }) {
  const { t } = useTranslation();
  const columns = question.rows[0]?.distribution ?? [];
  return (
    <Table
      size="small"
      rowKey={(r) => String(r.value)}
      pagination={false}
      dataSource={question.rows}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('Row'), key: 'row', render: (_, r) => r.label },
        { title: t('Answers'), key: 'n', align: 'right', render: (_, r) => r.n },
        ...columns.map((c, i) => ({
          title: c.label,
          key: `c${i}`,
          align: 'right' as const,
          render: (_: unknown, r: TQuestion['rows'][number]) => formatPercent(r.distribution[i]?.share),
        })),
        {
          title: t('Mean (95% interval)'),
          key: 'mean',
          align: 'right',
          render: (_, r) =>
            r.score
              ? `${formatNumber(r.score.estimate, 2)} (${formatNumber(r.score.lower, 2)}–${formatNumber(r.score.upper, 2)})`
              : '–',
        },
      ]}
    />
  );
}

/** Every choice, rating and matrix question with its distribution. */
export function QuestionResults({ questions }: { questions: TSurveyResults['questions'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const shown = questions.filter((q) => q.distribution.length > 0 || q.rows.length > 0);
  if (shown.length === 0) return <Empty description={t('No choice or rating question in this survey.')} />;
  return (
    <Row gutter={[token.margin, token.margin]}>
      {shown.map((q) => (
        <Col key={q.name} xs={24} lg={12}>
          <Card
            size="small"
            title={
              <Typography.Title level={3} style={{ margin: 0, fontSize: token.fontSize }} ellipsis>
                {q.title}
              </Typography.Title>
            }
            style={{ height: '100%' }}
          >
            <ScoreLine question={q} />
            {q.rows.length > 0 ? (
              <MatrixTable question={q} />
            ) : (
              <Chart
                option={distributionOption(q.distribution, t, token)}
                height={Math.max(120, 28 * q.distribution.length + 24)}
                label={t('Distribution of the answers to {{question}}', { question: q.title })}
              />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
