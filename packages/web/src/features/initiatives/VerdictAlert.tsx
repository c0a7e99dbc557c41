import { Alert, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TEvaluationOut, TInitiative } from './api.ts';
import { expectedSize, formatSize, metricLabel, verdictHeadline, verdictSentence } from './labels.ts';

/** The verdict in a sentence, and how it compares with the effect that was expected. */
export function VerdictAlert({ result, initiative }: { result: TEvaluationOut; initiative: TInitiative }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { verdict, kind } = result.evaluation;
  const headline = verdictHeadline(verdict.code, t);
  const expected = initiative.expectedEffect;
  const expectedLine =
    expected && expected.metric === result.metric && expected.size !== null && verdict.estimate !== null
      ? t('Expected: {{direction}} by {{size}}; measured: {{measured}}.', {
          direction: expected.direction === 'decrease' ? t('down') : t('up'),
          size: expectedSize(expected, t),
          measured: `${verdict.estimate < 0 ? '−' : '+'}${formatSize(verdict.estimate, kind, t)}`,
        })
      : null;
  return (
    <Alert
      type={headline.type}
      showIcon
      title={
        <Flex gap={token.marginXS} wrap>
          <Typography.Text strong>{headline.title}</Typography.Text>
          {result.placebo && <Typography.Text type="secondary">{t('(placebo)')}</Typography.Text>}
        </Flex>
      }
      description={
        <Flex vertical gap={token.marginXXS}>
          <Typography.Text data-testid="verdict">{verdictSentence(result, t)}</Typography.Text>
          {expectedLine && <Typography.Text type="secondary">{expectedLine}</Typography.Text>}
          {verdict.p !== null && (
            <Typography.Text type="secondary">
              {t('{{metric}}, p = {{p}}', {
                metric: metricLabel(result.metric, t),
                p: verdict.p < 0.001 ? '< 0.001' : verdict.p.toFixed(3),
              })}
            </Typography.Text>
          )}
        </Flex>
      }
    />
  );
}
