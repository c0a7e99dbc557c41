import { Button, Flex, Input, Segmented, Select, Space, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TPeriod } from '../../lib/period.ts';
import type { TOutcome } from './api.ts';
import { outcomeLabel } from './labels.ts';

/** What the page looks at; kept in the URL so a link shows the same analysis. */
export type TKeyMomentView = {
  journey: string;
  outcome: TOutcome;
  period: TPeriod;
  segment: { attribute: string; value: string } | null;
};

/** Journey, outcome, period and segment filters of the analysis. */
export function Filters({
  journeys,
  view,
  onChange,
}: {
  journeys: readonly TJourneyDoc[];
  view: TKeyMomentView;
  onChange: (next: TKeyMomentView) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [attribute, setAttribute] = useState(view.segment?.attribute ?? '');
  const [value, setValue] = useState(view.segment?.value ?? '');
  return (
    <Flex gap={token.marginSM} wrap align="center">
      <Select
        aria-label={t('Journey')}
        style={{ minWidth: 180 }}
        value={view.journey}
        onChange={(journey) => onChange({ ...view, journey })}
        options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
      />
      <Segmented<TOutcome>
        aria-label={t('Outcome')}
        value={view.outcome}
        onChange={(outcome) => onChange({ ...view, outcome })}
        options={(['overall', 'nps', 'churn'] as const).map((o) => ({ value: o, label: outcomeLabel(o, t) }))}
      />
      <Segmented<TPeriod>
        aria-label={t('Period')}
        value={view.period}
        onChange={(period) => onChange({ ...view, period })}
        options={[
          { value: '30d', label: t('Last 30 days') },
          { value: '90d', label: t('Last 90 days') },
          { value: '365d', label: t('Last 12 months') },
        ]}
      />
      <Space.Compact>
        <Input
          aria-label={t('Segment attribute')}
          placeholder={t('Attribute, e.g. region')}
          style={{ width: 150 }}
          value={attribute}
          onChange={(e) => setAttribute(e.target.value)}
        />
        <Input
          aria-label={t('Segment value')}
          placeholder={t('Value, e.g. north')}
          style={{ width: 130 }}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <Button
          onClick={() =>
            onChange({
              ...view,
              segment:
                attribute.trim() && value.trim()
                  ? { attribute: attribute.trim(), value: value.trim() }
                  : null,
            })
          }
        >
          {t('Apply segment')}
        </Button>
      </Space.Compact>
    </Flex>
  );
}
