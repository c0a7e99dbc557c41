import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddMember } from './api.ts';
import type { TRole } from './api.ts';
import { MutationError } from './MutationError.tsx';
import { MEMBER_ROLES, roleOptions } from './roles.ts';

type TValues = { email: string; role: TRole; department?: string };

/**
 * Adds a member by e-mail with a role and department. A new user is created without a password: the answer
 * then holds a one-time sign-in link, shown here to copy and hand over.
 */
export function AddMemberDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const add = useAddMember();
  const [link, setLink] = useState<string | null>(null);
  const close = () => {
    form.resetFields();
    add.reset();
    setLink(null);
    onClose();
  };
  const submit = (values: TValues) =>
    add.mutate(
      { email: values.email.trim(), role: values.role, department: values.department?.trim() || null },
      {
        onSuccess: (answer) => {
          const signInLink = 'signInLink' in answer ? answer.signInLink : null;
          if (signInLink) setLink(signInLink);
          else close();
        },
      },
    );
  if (link)
    return (
      <Modal
        open={open}
        title={t('Member added')}
        onOk={close}
        onCancel={close}
        cancelButtonProps={{ hidden: true }}
        okText={t('Done')}
      >
        <Alert
          type="warning"
          showIcon
          title={t('Copy this sign-in link now and hand it over to the new member.')}
          description={t(
            'It works once and is not shown again. The member sets a password after signing in.',
          )}
        />
        <Typography.Paragraph
          copyable={{ text: link, tooltips: [t('Copy'), t('Copied')] }}
          code
          style={{ marginTop: 16, wordBreak: 'break-all' }}
        >
          {link}
        </Typography.Paragraph>
      </Modal>
    );
  return (
    <Modal
      open={open}
      title={t('Add a member')}
      okText={t('Add member')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form<TValues> form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'viewer' }}>
        <Form.Item
          name="email"
          label={t('E-mail')}
          rules={[{ required: true, type: 'email', message: t('Enter an e-mail address.') }]}
          extra={t('A new address creates the user, with a one-time sign-in link to hand over.')}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('Role')} rules={[{ required: true }]}>
          <Select options={roleOptions(t, MEMBER_ROLES)} optionRender={(o) => <RoleOption {...o.data} />} />
        </Form.Item>
        <Form.Item name="department" label={t('Department')}>
          <Input placeholder={t('e.g. contact_center')} />
        </Form.Item>
      </Form>
      <MutationError mutation={add} />
    </Modal>
  );
}

/** A role in the picker, with what it may do. */
function RoleOption({ label, title }: { label: string; title: string }) {
  return (
    <div>
      <div>{label}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
    </div>
  );
}
