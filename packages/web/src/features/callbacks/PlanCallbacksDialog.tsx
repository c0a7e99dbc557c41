import { Alert, Form, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { periodRange, PERIODS } from '../../lib/period.ts';
import type { TPeriod } from '../../lib/period.ts';
import { usePlanCallbacks } from './api.ts';

type TValues = { journey: string; period: TPeriod; customers: 'breached' | 'all'; sample: number };

/** Plans a routine callback list (回访清单): a sample of a journey's customers in a period, without cases. */
export function PlanCallbacksDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const journeys = useJourneyList();
  const plan = usePlanCallbacks();
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | undefined>();
  const submit = (v: TValues) => {
    plan.mutate(
      { journey: v.journey, customers: v.customers, sample: v.sample, ...periodRange(v.period) },
      {
        onSuccess: (r) =>
          setMessage({ type: 'success', text: t('{{count}} callbacks planned', { count: r.planned }) }),
        onError: (e) =>
          setMessage({
            type: 'error',
            text: e instanceof ApiError ? e.message : t('This could not be saved.'),
          }),
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('Plan a callback list')}
      okText={t('Plan')}
      onOk={() => form.submit()}
      confirmLoading={plan.isPending}
      onCancel={() => {
        setMessage(undefined);
        onClose();
      }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ period: '30d', customers: 'breached', sample: 20 }}
      >
        <Form.Item
          name="journey"
          label={t('Journey')}
          rules={[{ required: true, message: t('Pick a journey') }]}
        >
          <Select
            loading={journeys.isPending}
            options={(journeys.data ?? []).map((j) => ({ value: j.key, label: localName(j) }))}
          />
        </Form.Item>
        <Form.Item name="period" label={t('Period')}>
          <Select
            options={PERIODS.map((p) => ({
              value: p,
              label: t('Last {{days}} days', { days: p.slice(0, -1) }),
            }))}
          />
        </Form.Item>
        <Form.Item name="customers" label={t('Customers')}>
          <Radio.Group
            options={[
              { value: 'breached', label: t('Who hit a tolerance floor') },
              { value: 'all', label: t('Everyone') },
            ]}
          />
        </Form.Item>
        <Form.Item name="sample" label={t('At most')}>
          <InputNumber min={1} max={200} />
        </Form.Item>
      </Form>
      {message && <Alert type={message.type} showIcon title={message.text} />}
    </Modal>
  );
}
