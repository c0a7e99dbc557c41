import { Alert, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { useAssignCases, useAssignees } from './api.ts';
import { useDepartmentName } from '../../lib/departments.ts';

/** Assigns one or several cases to a member, all or none (the server refuses the lot if one cannot be). */
export function AssignDialog({
  ids,
  open,
  onClose,
}: {
  ids: number[];
  open: boolean;
  onClose: (assigned: boolean) => void;
}) {
  const { t } = useTranslation();
  const departmentName = useDepartmentName();
  const [form] = Form.useForm<{ assignee: string }>();
  const { assignees, loading } = useAssignees();
  const assign = useAssignCases();
  const close = (assigned: boolean) => {
    form.resetFields();
    assign.reset();
    onClose(assigned);
  };
  return (
    <Modal
      open={open}
      title={
        ids.length === 1
          ? t('Assign case {{id}}', { id: ids[0] })
          : t('Assign {{count}} cases', { count: ids.length })
      }
      okText={t('Assign')}
      onOk={() => form.submit()}
      onCancel={() => close(false)}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={({ assignee }) => assign.mutate({ ids, assignee }, { onSuccess: () => close(true) })}
      >
        <Form.Item
          name="assignee"
          label={t('Assign to')}
          rules={[{ required: true, message: t('Choose a member.') }]}
        >
          <Select
            loading={loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={assignees.map((a) => ({
              value: a.userId,
              label: a.department ? `${a.name} · ${departmentName(a.department)}` : a.name,
            }))}
          />
        </Form.Item>
      </Form>
      {assign.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The cases were not assigned.')}
          description={
            assign.error instanceof ApiError ? assign.error.message : t('The server cannot be reached')
          }
        />
      )}
    </Modal>
  );
}
