import { Card, Col, Row, Statistic, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TSurveyResults } from './api.ts';
import { formatScore } from './charts.ts';
import type { THeadlineKey } from './charts.ts';

/** The headline's names, one per score. */
export function useHeadlineNames(): Record<THeadlineKey, string> {
  const { t } = useTranslation();
  return { nps: t('NPS'), csat: t('CSAT (top-2 box)'), ces: t('CES (mean effort)') };
}

/** NPS, CSAT and CES cards: the score, its 95% interval and its number of answers. */
export function HeadlineCards({ headline }: { headline: TSurveyResults['headline'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const names = useHeadlineNames();
  const keys = (['nps', 'csat', 'ces'] as const).filter((k) => headline[k] !== null);
  return (
    <Row gutter={[token.margin, token.margin]}>
      {keys.map((key) => {
        const head = headline[key];
        const score = head?.score ?? null;
        return (
          <Col key={key} xs={24} md={8}>
            <Card aria-label={names[key]} style={{ height: '100%' }}>
              <Statistic
                title={names[key]}
                value={score ? formatScore(key, score.estimate) : '–'}
                valueStyle={{ fontSize: token.fontSizeHeading2 }}
              />
              <Typography.Text type="secondary">
                {score && score.lower !== null
                  ? t('95% interval {{lower}} to {{upper}} · n = {{n}}', {
                      lower: formatScore(key, score.lower),
                      upper: formatScore(key, score.upper),
                      n: score.n,
                    })
                  : score
                    ? t('n = {{n}}: too few answers for an interval', { n: score.n })
                    : t('No answer yet')}
              </Typography.Text>
              {/* The question in full: an English one takes two lines where a Chinese one takes one. */}
              <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: token.fontSizeSM }}>
                {head?.title}
              </Typography.Paragraph>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
