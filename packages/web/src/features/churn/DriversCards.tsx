import { Alert, Button, Card, Col, Empty, Flex, Popconfirm, Row, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart/Chart.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TChurnDrivers } from './api.ts';
import { useChurnDrivers, usePlanCallbacksAt } from './api.ts';
import { ChurnAnalysisState } from './ChurnAnalysisState.tsx';
import { avoidedOption, forestOption } from './charts.ts';
import { covariateLabel } from './labels.ts';
import { formatP } from './SurvivalCard.tsx';

const cardTitle = (text: string, size: number | string) => (
  <Typography.Title level={2} style={{ margin: 0, fontSize: size }}>
    {text}
  </Typography.Title>
);

/** Plans a routine callback list of the customers who hit the floor at the touchpoint avoiding most churn. */
function PlanCallbacks({ journey, touchpoint, name }: { journey: string; touchpoint: string; name: string }) {
  const { t } = useTranslation();
  const plan = usePlanCallbacksAt();
  const [planned, setPlanned] = useState<number | null>(null);
  return (
    <Flex vertical gap={8}>
      <Popconfirm
        title={t(
          'Plan callbacks to up to 50 customers who hit a floor at {{touchpoint}} in the last 90 days?',
          {
            touchpoint: name,
          },
        )}
        okText={t('Plan')}
        cancelText={t('Cancel')}
        onConfirm={() => plan.mutate({ journey, touchpoint }, { onSuccess: (r) => setPlanned(r.planned) })}
      >
        <Button loading={plan.isPending}>
          {t('Plan callbacks at {{touchpoint}}', { touchpoint: name })}
        </Button>
      </Popconfirm>
      {planned !== null && (
        <Alert type="success" showIcon title={t('{{count}} callbacks planned', { count: planned })} />
      )}
      {plan.isError && <Alert type="error" showIcon title={t('This could not be saved.')} />}
    </Flex>
  );
}

function Drivers({ result, nameOf }: { result: TChurnDrivers; nameOf: (touchpoint: string) => string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const label = useMemo(() => (key: string) => covariateLabel(key, nameOf, t), [nameOf, t]);
  const shown = result.cox.covariates.filter((c) => !c.possiblyInfinite);
  const forest = useMemo(() => forestOption(shown, label, t, token), [shown, label, t, token]);
  const avoided = useMemo(() => avoidedOption(result.avoided, nameOf, t, token), [result, nameOf, t, token]);
  const most = [...result.avoided].sort((a, b) => b.avoided.estimate - a.avoided.estimate)[0];
  const heading = token.fontSizeHeading5;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={cardTitle(t('Hazard ratios of churn'), heading)}>
          <Flex vertical gap={token.marginSM}>
            <Chart
              option={forest}
              height={Math.max(200, shown.length * 36 + 60)}
              label={t('Hazard ratios of {{count}} factors with their intervals', { count: shown.length })}
            />
            <Typography.Text type="secondary">
              {t(
                'Cox model of {{n}} customers, {{events}} churned; concordance {{c}}; likelihood-ratio p {{p}}. Above 1 a factor hastens churn.',
                {
                  n: formatNumber(result.cox.n, 0),
                  events: formatNumber(result.cox.events, 0),
                  c: formatNumber(result.cox.concordance, 2),
                  p: formatP(result.cox.likelihoodRatio.p),
                },
              )}
            </Typography.Text>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={cardTitle(t('Churn avoided if the touchpoint met its standard'), heading)}>
          {result.avoided.length > 0 ? (
            <Flex vertical gap={token.marginSM}>
              <Chart
                option={avoided}
                height={Math.max(200, result.avoided.length * 36 + 60)}
                label={t('Churners avoided over {{days}} days at {{count}} touchpoints', {
                  days: result.horizonDays,
                  count: result.avoided.length,
                })}
              />
              <Typography.Text type="secondary">
                {t(
                  'Expected churners over {{days}} days among the customers who hit a floor, as things are and had they not hit it.',
                  { days: result.horizonDays },
                )}
              </Typography.Text>
              {most && can('callbacks:work') && (
                <PlanCallbacks
                  journey={result.journey}
                  touchpoint={most.touchpoint}
                  name={nameOf(most.touchpoint)}
                />
              )}
            </Flex>
          ) : (
            <Empty description={t('No touchpoint has breaches to weigh.')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}

/** The Cox model's hazard ratios and the churn each touchpoint would avoid by meeting its standard. */
export function DriversCards({
  journey,
  nameOf,
}: {
  journey: string;
  nameOf: (touchpoint: string) => string;
}) {
  const drivers = useChurnDrivers(journey);
  return (
    <ChurnAnalysisState query={drivers}>
      {(result) => <Drivers result={result} nameOf={nameOf} />}
    </ChurnAnalysisState>
  );
}
