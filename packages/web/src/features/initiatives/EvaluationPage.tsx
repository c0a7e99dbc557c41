import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex, Skeleton, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { formatCalendarDate, formatDateTime } from '../../lib/format.ts';
import type { TEvaluationQuery, TInitiative } from './api.ts';
import { useEvaluation, useInitiative } from './api.ts';
import { BeforeAfterCard } from './BeforeAfterCard.tsx';
import { ChecksCard } from './ChecksCard.tsx';
import { ComparisonCard } from './ComparisonCard.tsx';
import { EvaluationControls } from './EvaluationControls.tsx';
import type { TEvaluationSettings } from './EvaluationControls.tsx';
import { EventStudyCard } from './EventStudyCard.tsx';
import { kindLabel, metricLabel } from './labels.ts';
import { VerdictAlert } from './VerdictAlert.tsx';

/** The API query of the page's settings. */
function queryOf(s: TEvaluationSettings): TEvaluationQuery {
  return {
    metric: s.metric,
    weeksBefore: s.weeksBefore,
    weeksAfter: s.weeksAfter,
    placebo: s.placebo ? 'true' : 'false',
    ...(s.comparison === 'initiative' ? {} : { comparison: s.comparison }),
  };
}

/**
 * Did the initiative work? For a chosen measure: the verdict in a sentence, before/after of its touchpoints,
 * the difference-in-differences against the comparison, the event study by week, the parallel-trend check
 * and the cautions; and, on request, the same for a placebo start inside the pre-period.
 */
export default function EvaluationPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { initiative: id = '' } = useParams();
  const initiative = useInitiative(id);
  return (
    <Flex vertical gap={token.marginLG}>
      <Link to="..">
        <ArrowLeftOutlined /> {t('Initiatives')}
      </Link>
      <QueryState query={initiative} rows={3}>
        {(it) => <Evaluation initiative={it} />}
      </QueryState>
    </Flex>
  );
}

function Evaluation({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [settings, setSettings] = useState<TEvaluationSettings>({
    metric: initiative.expectedEffect?.metric ?? 'breach_rate',
    weeksBefore: 8,
    weeksAfter: 8,
    comparison: 'initiative',
    placebo: false,
  });
  const evaluation = useEvaluation(initiative.id, queryOf(settings));
  const notEnough =
    evaluation.error instanceof ApiError && evaluation.error.code === 'not_enough_data'
      ? evaluation.error
      : null;
  return (
    <>
      <div>
        <Flex gap={token.marginXS} align="center" wrap>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {initiative.name}
          </Typography.Title>
          <Tag>{kindLabel(initiative.kind, t)}</Tag>
        </Flex>
        <Typography.Text type="secondary">
          {initiative.endDate
            ? t('{{start}} to {{end}}', {
                start: formatCalendarDate(initiative.startDate),
                end: formatCalendarDate(initiative.endDate),
              })
            : t('From {{start}}', { start: formatCalendarDate(initiative.startDate) })}
          {initiative.ownerDisplay ? ` · ${initiative.ownerDisplay}` : ''}
        </Typography.Text>
        {initiative.description && <Typography.Paragraph>{initiative.description}</Typography.Paragraph>}
      </div>
      <EvaluationControls value={settings} onChange={setSettings} />
      {settings.placebo && (
        <Alert
          type="info"
          showIcon
          title={t('Placebo: a pretend start inside the period before the initiative')}
          description={t(
            'The same analysis for weeks when nothing was changed. A placebo that finds an effect means the method sees effects where there are none: trust the real result less.',
          )}
        />
      )}
      {notEnough ? (
        <Alert
          type="warning"
          showIcon
          title={t('Not enough data to evaluate')}
          description={
            notEnough.path[0] === 'touchpoints'
              ? t('A touchpoint of the initiative is no longer in its journey: edit the initiative.')
              : t('No observation of {{metric}} at the initiative’s touchpoints in this window.', {
                  metric: metricLabel(settings.metric, t),
                })
          }
        />
      ) : (
        <QueryState query={evaluation} rows={10}>
          {(result) => (
            <Flex vertical gap={token.margin} style={{ opacity: evaluation.isPlaceholderData ? 0.6 : 1 }}>
              {evaluation.isFetching && <Skeleton.Button active size="small" block style={{ height: 4 }} />}
              <VerdictAlert result={result} initiative={initiative} />
              <Flex gap={token.margin} wrap>
                <BeforeAfterCard
                  evaluation={result.evaluation}
                  title={t('{{metric}} at the initiative’s touchpoints', {
                    metric: metricLabel(result.metric, t),
                  })}
                />
                <ComparisonCard result={result} />
              </Flex>
              <EventStudyCard result={result} />
              <ChecksCard evaluation={result.evaluation} />
              <Typography.Text type="secondary">
                {t('Week 0 starts {{start}}; data from {{from}} to {{to}}.', {
                  start: formatDateTime(result.window.placeboStart ?? result.window.start),
                  from: formatDateTime(result.window.from),
                  to: formatDateTime(result.window.to),
                })}
              </Typography.Text>
            </Flex>
          )}
        </QueryState>
      )}
    </>
  );
}
