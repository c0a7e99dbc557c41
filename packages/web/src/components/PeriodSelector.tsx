import { Segmented } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PERIODS } from '../lib/period.ts';
import type { TPeriod } from '../lib/period.ts';

/** A period's name, in the current language. */
function periodLabel(period: TPeriod, t: TFunction): string {
  switch (period) {
    case '7d':
      return t('Last 7 days');
    case '30d':
      return t('Last 30 days');
    case '90d':
      return t('Last 90 days');
    case '365d':
      return t('Last 12 months');
  }
}

/** The period selector every page with a period shows: the last 7, 30 or 90 days or 12 months. */
export function PeriodSelector({ value, onChange }: { value: TPeriod; onChange: (period: TPeriod) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented<TPeriod>
      aria-label={t('Period')}
      value={value}
      onChange={onChange}
      options={PERIODS.map((period) => ({ value: period, label: periodLabel(period, t) }))}
    />
  );
}
