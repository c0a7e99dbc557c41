import { ExperimentOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Segmented, Select, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TMetric } from './api.ts';
import { METRICS, metricLabel } from './labels.ts';

/** What the evaluation page asks for. */
export type TEvaluationSettings = {
  metric: TMetric;
  weeksBefore: number;
  weeksAfter: number;
  /** `initiative` (its own choice), `suggested` or `none`. */
  comparison: 'initiative' | 'suggested' | 'none';
  placebo: boolean;
};

/** The measure, the window, the comparison and the placebo switch of an evaluation. */
export function EvaluationControls({
  value,
  onChange,
}: {
  value: TEvaluationSettings;
  onChange: (value: TEvaluationSettings) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const set = (change: Partial<TEvaluationSettings>) => onChange({ ...value, ...change });
  return (
    <Flex vertical gap={token.marginSM}>
      <Segmented<TMetric>
        value={value.metric}
        onChange={(metric) => set({ metric })}
        options={METRICS.map((m) => ({ value: m, label: metricLabel(m, t) }))}
        aria-label={t('Measure')}
        style={{ alignSelf: 'start', maxWidth: '100%', overflowX: 'auto' }}
      />
      <Flex gap={token.margin} wrap align="center">
        <Flex gap={token.marginXS} align="center">
          <Typography.Text>{t('Weeks before')}</Typography.Text>
          <InputNumber
            min={2}
            max={52}
            value={value.weeksBefore}
            aria-label={t('Weeks before')}
            onChange={(weeksBefore) => weeksBefore && set({ weeksBefore })}
            style={{ width: 72 }}
          />
        </Flex>
        <Flex gap={token.marginXS} align="center">
          <Typography.Text>{t('Weeks after')}</Typography.Text>
          <InputNumber
            min={1}
            max={52}
            value={value.weeksAfter}
            aria-label={t('Weeks after')}
            onChange={(weeksAfter) => weeksAfter && set({ weeksAfter })}
            style={{ width: 72 }}
          />
        </Flex>
        <Select<TEvaluationSettings['comparison']>
          value={value.comparison}
          onChange={(comparison) => set({ comparison })}
          aria-label={t('Compare with')}
          style={{ minWidth: 220 }}
          options={[
            { value: 'initiative', label: t('The initiative’s comparison') },
            { value: 'suggested', label: t('Touchpoints the product suggests') },
            { value: 'none', label: t('No comparison (before/after only)') },
          ]}
        />
        {value.placebo ? (
          <Button icon={<RollbackOutlined />} onClick={() => set({ placebo: false })}>
            {t('Back to the real start')}
          </Button>
        ) : (
          <Button
            icon={<ExperimentOutlined />}
            onClick={() => set({ placebo: true })}
            disabled={value.weeksBefore < 3}
          >
            {t('Run a placebo')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
