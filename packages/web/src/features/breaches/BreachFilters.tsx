import { Flex, Select, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TBreachFilters } from './filters.ts';
import { measuresOf, touchpointsOf } from './filters.ts';
import { PeriodSelector } from '../../components/PeriodSelector.tsx';

/** The feed's filters: journey, touchpoint (of the chosen journey), measure (of the chosen touchpoint), period. */
export function BreachFilters({
  journeys,
  filters,
  onChange,
}: {
  journeys: TJourneyDoc[];
  filters: TBreachFilters;
  onChange: (next: TBreachFilters) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const touchpoints = touchpointsOf(journeys, filters.journey);
  const measures = measuresOf(touchpoints, filters.touchpoint);
  const touchpointOptions = [...new Map(touchpoints.map((e) => [e.touchpoint.key, e])).values()];
  return (
    <Flex wrap gap={token.marginSM} align="center">
      <Select
        aria-label={t('Journey')}
        placeholder={t('All journeys')}
        allowClear
        style={{ minWidth: 200 }}
        value={filters.journey}
        onChange={(journey?: string) =>
          onChange({ ...filters, journey, touchpoint: undefined, measure: undefined })
        }
        options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
      />
      <Select
        aria-label={t('Touchpoint')}
        placeholder={t('All touchpoints')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 220 }}
        value={filters.touchpoint}
        onChange={(touchpoint?: string) => onChange({ ...filters, touchpoint, measure: undefined })}
        options={touchpointOptions.map((e) => ({ value: e.touchpoint.key, label: localName(e.touchpoint) }))}
      />
      <Select
        aria-label={t('Measure')}
        placeholder={t('All measures')}
        allowClear
        style={{ minWidth: 200 }}
        value={filters.measure}
        onChange={(measure?: string) => onChange({ ...filters, measure })}
        options={measures.map((m) => ({ value: m.key, label: localName(m) }))}
      />
      <PeriodSelector value={filters.period} onChange={(period) => onChange({ ...filters, period })} />
    </Flex>
  );
}
