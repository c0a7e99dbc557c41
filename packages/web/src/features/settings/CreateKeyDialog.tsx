import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateApiKey } from './api.ts';
import type { TRole } from './api.ts';
import { MutationError } from './MutationError.tsx';
import { KEY_ROLES, roleOptions } from './roles.ts';

type TValues = { name: string; role: TRole; expiresAt?: Dayjs | null };

/**
 * Creates an API key for a system (name, role, expiry). The secret comes back once: it is shown here with a
 * copy button and a warning, and closing the dialog forgets it.
 */
export function CreateKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const create = useCreateApiKey();
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    form.resetFields();
    create.reset();
    setSecret(null);
    onClose();
  };
  const submit = (values: TValues) =>
    create.mutate(
      {
        name: values.name.trim(),
        role: values.role,
        expiresAt: values.expiresAt ? values.expiresAt.endOf('day').toISOString() : null,
      },
      { onSuccess: (answer) => setSecret(answer.secret) },
    );
  if (secret)
    return (
      <Modal
        open={open}
        title={t('API key created')}
        onOk={close}
        onCancel={close}
        okText={t('I have copied the secret')}
        cancelButtonProps={{ hidden: true }}
        maskClosable={false}
      >
        <Alert
          type="warning"
          showIcon
          title={t('Copy the secret now: it is shown only this once.')}
          description={t('mot stores only a hash of it. If it is lost, revoke the key and create a new one.')}
        />
        <Typography.Paragraph
          copyable={{ text: secret, tooltips: [t('Copy'), t('Copied')] }}
          code
          data-testid="api-key-secret"
          style={{ marginTop: 16, wordBreak: 'break-all' }}
        >
          {secret}
        </Typography.Paragraph>
      </Modal>
    );
  return (
    <Modal
      open={open}
      title={t('Create an API key')}
      okText={t('Create key')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<TValues> form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'ingest' }}>
        <Form.Item
          name="name"
          label={t('Name')}
          rules={[{ required: true, whitespace: true, message: t('Name the system that uses the key.') }]}
        >
          <Input placeholder={t('e.g. CRM export')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('Role')} rules={[{ required: true }]}>
          <Select options={roleOptions(t, KEY_ROLES)} />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={t('Expires')}
          extra={t('Leave empty for a key that does not expire.')}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(dayjs().add(1, 'day').startOf('day'))}
          />
        </Form.Item>
      </Form>
      <MutationError mutation={create} />
    </Modal>
  );
}
