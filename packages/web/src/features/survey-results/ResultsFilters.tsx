import { Button, Flex, Input, Select, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodSelector } from '../../components/PeriodSelector.tsx';
import { CHANNELS, LANGUAGES } from './filters.ts';
import type { TResultsFilters } from './filters.ts';
import { channelLabel, languageLabel } from './labels.ts';

/**
 * The results' filters: period, answer language, channel and one attribute with its value (the segment: on
 * the customer, the survey link or a moment of the answer's episode; the server's rule).
 */
export function ResultsFilters({
  value,
  onChange,
}: {
  value: TResultsFilters;
  onChange: (filters: TResultsFilters) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [attribute, setAttribute] = useState(value.segment?.attribute ?? '');
  const [segmentValue, setSegmentValue] = useState(value.segment?.value ?? '');
  const applySegment = () =>
    onChange({
      ...value,
      segment: attribute.trim() && segmentValue.trim() ? { attribute, value: segmentValue } : undefined,
    });
  return (
    <Flex wrap gap={token.margin} align="center">
      <PeriodSelector value={value.period} onChange={(period) => onChange({ ...value, period })} />
      <Select<string>
        aria-label={t('Language')}
        style={{ minWidth: 140 }}
        value={value.language ?? 'all'}
        onChange={(language: string) =>
          onChange({ ...value, language: LANGUAGES.find((l) => l === language) })
        }
        options={[
          { value: 'all', label: t('All languages') },
          ...LANGUAGES.map((l) => ({ value: l, label: languageLabel(l, t) })),
        ]}
      />
      <Select<string>
        aria-label={t('Channel')}
        style={{ minWidth: 160 }}
        value={value.channel ?? 'all'}
        onChange={(channel: string) => onChange({ ...value, channel: CHANNELS.find((c) => c === channel) })}
        options={[
          { value: 'all', label: t('All channels') },
          ...CHANNELS.map((c) => ({ value: c, label: channelLabel(c, t) })),
        ]}
      />
      <Flex gap={token.marginXS}>
        <Input
          aria-label={t('Segment attribute')}
          title={t(
            'An attribute of the customer, of the survey link (a QR code’s store) or of a moment of the episode',
          )}
          placeholder={t('Attribute, e.g. region')}
          style={{ width: 170 }}
          value={attribute}
          onChange={(e) => setAttribute(e.target.value)}
          onPressEnter={applySegment}
        />
        <Input
          aria-label={t('Attribute value')}
          placeholder={t('Value, e.g. East China')}
          style={{ width: 180 }}
          value={segmentValue}
          onChange={(e) => setSegmentValue(e.target.value)}
          onPressEnter={applySegment}
        />
        <Button onClick={applySegment}>{t('Apply segment')}</Button>
      </Flex>
    </Flex>
  );
}
