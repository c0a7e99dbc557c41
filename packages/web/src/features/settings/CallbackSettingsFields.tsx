import { Checkbox, Divider, Flex, Form, InputNumber, Select, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWeekday } from '../../lib/format.ts';

/** Local times on the half hour, for the calling window. */
const CLOCK_TIMES = Array.from({ length: 48 }, (_, i) => {
  const hours = String(Math.floor(i / 2)).padStart(2, '0');
  return `${hours}:${i % 2 === 0 ? '00' : '30'}`;
});

/** Monday first, as Chinese and most European calendars show the week (0 = Sunday). */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/**
 * The callback (回访) fields of the workspace settings form: when customers may be called (a local window
 * and weekdays; the time zone and holidays are the default business calendar's), how many attempts a
 * callback gets and how long to wait before each. The server validates them (core's ZCallbackSettings).
 */
export function CallbackSettingsFields() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const times = useMemo(() => CLOCK_TIMES.map((time) => ({ value: time, label: time })), []);
  // Read at each render, so the names follow the language.
  const days = WEEK.map((day) => ({ value: day, label: formatWeekday(day) }));
  const minutes = t('minutes');
  return (
    <>
      <Divider titlePlacement="start">{t('Callbacks')}</Divider>
      <Flex gap={token.margin} wrap>
        <Form.Item
          name={['callbacks', 'callingStart']}
          label={t('Call customers from')}
          rules={[{ required: true }]}
        >
          <Select options={times} showSearch style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name={['callbacks', 'callingEnd']} label={t('until')} rules={[{ required: true }]}>
          <Select options={times} showSearch style={{ width: 120 }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name={['callbacks', 'callingDays']}
        label={t('On')}
        extra={t('In the time zone of the default business calendar, never on its holidays.')}
        // A validator rather than `required`: antd would put aria-required on the checkbox group's plain
        // div, where it is not allowed (axe: aria-allowed-attr).
        rules={[
          {
            validator: (_, days: number[] | undefined) =>
              days && days.length > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('Choose at least one day.'))),
          },
        ]}
      >
        <Checkbox.Group options={days} />
      </Form.Item>
      <Flex gap={token.margin} wrap>
        <Form.Item
          name={['callbacks', 'maxAttempts']}
          label={t('Attempts before a callback fails')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={10} precision={0} />
        </Form.Item>
        <Form.Item
          name={['callbacks', 'firstDelayMinutes']}
          label={t('First call after the resolution')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={20160} precision={0} suffix={minutes} style={{ width: 160 }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name={['callbacks', 'retryDelaysMinutes']}
        label={t('Wait before each retry (minutes)')}
        extra={t('One value per retry; the last repeats. For example 120 and 1440: two hours, then a day.')}
        normalize={(values: Array<string | number>) =>
          values.map(Number).filter((n) => Number.isInteger(n) && n > 0)
        }
        rules={[{ required: true, type: 'array', min: 1 }]}
      >
        <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
      </Form.Item>
    </>
  );
}
