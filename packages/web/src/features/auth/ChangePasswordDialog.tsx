import { Alert, Form, Input, message, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../lib/session/sign-in.ts';
import { describeAuthError } from './sign-in-error.ts';

type TValues = { currentPassword: string; newPassword: string; repeat: string };

/** Changes the signed-in user's password; their other sessions are signed out. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  const [form] = Form.useForm<TValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: TValues) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      void toast.success(t('Password changed. Your other sessions were signed out.'));
      form.resetFields();
      onClose();
    } catch (failure) {
      setError(describeAuthError(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('Change password')}
      okText={t('Change password')}
      cancelText={t('Cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {toastHolder}
      {error && <Alert type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
        <Form.Item
          label={t('Current password')}
          name="currentPassword"
          rules={[{ required: true, message: t('Enter your password') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('New password')}
          name="newPassword"
          rules={[{ required: true, min: 10, message: t('At least 10 characters') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('Repeat the new password')}
          name="repeat"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('Repeat the new password') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('The two passwords differ'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
