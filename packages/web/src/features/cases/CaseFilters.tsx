import { CASE_STATES, SEVERITIES } from '@mot/core/loop/types';
import { Flex, Select, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { severityLabel, stateLabel } from '../../lib/loop-labels.ts';
import type { TInboxFilters } from './filters.ts';
import { PeriodSelector } from '../../components/PeriodSelector.tsx';

/** The inbox's filters: state, severity, journey, touchpoint (of the chosen journey) and the period opened in. */
export function CaseFilters({
  journeys,
  filters,
  onChange,
}: {
  journeys: TJourneyDoc[];
  filters: TInboxFilters;
  onChange: (next: TInboxFilters) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const touchpoints = [
    ...new Map(
      journeys
        .filter((j) => !filters.journey || j.key === filters.journey)
        .flatMap((j) => j.touchpoints)
        .map((tp) => [tp.key, tp]),
    ).values(),
  ];
  return (
    <Flex wrap gap={token.marginSM} align="center">
      <Select
        aria-label={t('State')}
        placeholder={t('Open cases')}
        allowClear
        style={{ minWidth: 170 }}
        value={filters.state}
        onChange={(state) => onChange({ ...filters, state })}
        options={CASE_STATES.map((s) => ({ value: s, label: stateLabel(s, t) }))}
      />
      <Select
        aria-label={t('Severity')}
        placeholder={t('All severities')}
        allowClear
        style={{ minWidth: 150 }}
        value={filters.severity}
        onChange={(severity) => onChange({ ...filters, severity })}
        options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, t) }))}
      />
      <Select
        aria-label={t('Journey')}
        placeholder={t('All journeys')}
        allowClear
        style={{ minWidth: 180 }}
        value={filters.journey}
        onChange={(journey?: string) => onChange({ ...filters, journey, touchpoint: undefined })}
        options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
      />
      <Select
        aria-label={t('Touchpoint')}
        placeholder={t('All touchpoints')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 200 }}
        value={filters.touchpoint}
        onChange={(touchpoint?: string) => onChange({ ...filters, touchpoint })}
        options={touchpoints.map((tp) => ({ value: tp.key, label: localName(tp) }))}
      />
      <PeriodSelector value={filters.period} onChange={(period) => onChange({ ...filters, period })} />
    </Flex>
  );
}
