import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import type { TCaseDetail } from './api.ts';
import { useResolveCase } from './api.ts';

type TValues = { resolution: string; rootCause?: string };

/**
 * Resolves a case: what was done for the customer and the root-cause category (the touchpoint's themes);
 * the case then awaits its callback (回访), which confirms the fix or reopens the case.
 */
export function ResolveDialog({
  detail,
  open,
  onClose,
}: {
  detail: TCaseDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const resolve = useResolveCase(detail.case.id);
  const close = () => {
    form.resetFields();
    resolve.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('Resolve case {{id}}', { id: detail.case.id })}
      okText={t('Resolve')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={resolve.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('The customer is called back to confirm the fix: solved closes the case, not solved reopens it.')}
      </Typography.Paragraph>
      <Form<TValues>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          resolve.mutate(
            { resolution: v.resolution.trim(), rootCause: v.rootCause ?? null },
            { onSuccess: close },
          )
        }
      >
        <Form.Item
          name="resolution"
          label={t('What was done')}
          rules={[
            { required: true, whitespace: true, message: t('Say what was done for the customer.') },
            { max: 5000 },
          ]}
        >
          <Input.TextArea rows={4} placeholder={t('What was done for the customer')} />
        </Form.Item>
        <Form.Item name="rootCause" label={t('Root cause')}>
          <Select
            allowClear
            placeholder={t('Choose a category')}
            options={detail.rootCauses.map((r) => ({ value: r.key, label: localName({ names: r.names }) }))}
          />
        </Form.Item>
      </Form>
      {resolve.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The case was not resolved.')}
          description={
            resolve.error instanceof ApiError ? resolve.error.message : t('The server cannot be reached')
          }
        />
      )}
    </Modal>
  );
}
