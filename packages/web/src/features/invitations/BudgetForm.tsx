import { Button, Flex, Form, InputNumber, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { useBudget, useSaveBudget } from './api.ts';
import type { TBudget } from './api.ts';

/** The one fatigue budget per customer, across every survey and channel. */
export function BudgetForm() {
  const { t } = useTranslation();
  const budget = useBudget();
  const save = useSaveBudget();
  return (
    <QueryState query={budget} rows={2}>
      {(data) => (
        <Form<TBudget>
          layout="vertical"
          initialValues={data}
          onFinish={(values) =>
            save.mutate(values, {
              onSuccess: () => void message.success(t('Budget saved')),
              onError: (error) => void message.error(error.message),
            })
          }
        >
          <Typography.Paragraph type="secondary">
            {t(
              'Each customer gets at most this many invitations in any rolling window, a minimum number of days apart, whatever the survey and channel. Reminders are not counted.',
            )}
          </Typography.Paragraph>
          <Flex gap="middle" wrap align="end">
            <Form.Item name="maxInvitations" label={t('At most (invitations)')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100} />
            </Form.Item>
            <Form.Item name="windowDays" label={t('In any window of (days)')} rules={[{ required: true }]}>
              <InputNumber min={1} max={365} />
            </Form.Item>
            <Form.Item name="minDaysApart" label={t('At least (days apart)')} rules={[{ required: true }]}>
              <InputNumber min={0} max={365} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('Save')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
    </QueryState>
  );
}
