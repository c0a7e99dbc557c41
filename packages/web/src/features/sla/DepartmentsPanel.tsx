import { Alert, Flex, Select, Table, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TDepartmentOut } from './api.ts';
import { useDepartments, useMembers, useSaveContacts } from './api.ts';
import { departmentName } from '../../lib/departments.ts';

/** Each department (a touchpoint owner) with who a missed target escalates to. */
export function DepartmentsPanel() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const departments = useDepartments();
  const members = useMembers(can('members:manage'));
  const save = useSaveContacts();
  const options = (members.data ?? []).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }));
  const pick = (d: TDepartmentOut, field: 'teamLead' | 'head') => {
    const current = d[field];
    const known = current && !options.some((o) => o.value === current.userId);
    return (
      <Select
        style={{ minWidth: 240 }}
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('Nobody')}
        aria-label={
          field === 'teamLead'
            ? t('Team lead of {{department}}', { department: departmentName(d.name, departments.data) })
            : t('Head of {{department}}', { department: departmentName(d.name, departments.data) })
        }
        value={current?.userId ?? null}
        options={
          known
            ? [...options, { value: current.userId, label: `${current.name} (${current.email})` }]
            : options
        }
        onChange={(value: string | null | undefined) =>
          save.mutate({
            department: d.name,
            teamLeadUserId: field === 'teamLead' ? (value ?? null) : (d.teamLead?.userId ?? null),
            headUserId: field === 'head' ? (value ?? null) : (d.head?.userId ?? null),
          })
        }
      />
    );
  };
  return (
    <Flex vertical gap={token.margin}>
      <Typography.Text type="secondary">
        {t(
          'A first response overdue goes to the team lead (assigned when nobody is); a resolution overdue to the department head.',
        )}
      </Typography.Text>
      {save.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The contacts were not saved.')}
          description={
            save.error instanceof ApiError ? save.error.message : t('The server cannot be reached')
          }
        />
      )}
      <QueryState query={departments} rows={4}>
        {(data) => (
          <Table<TDepartmentOut>
            rowKey="name"
            size="middle"
            dataSource={data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: t('No department yet: departments are the owners of the journeys’ touchpoints.'),
            }}
            columns={[
              {
                title: t('Department'),
                key: 'name',
                render: (_, d) => (
                  <Typography.Text strong>{departmentName(d.name, departments.data)}</Typography.Text>
                ),
              },
              { title: t('Touchpoints'), key: 'touchpoints', render: (_, d) => d.touchpoints },
              { title: t('Team lead'), key: 'lead', render: (_, d) => pick(d, 'teamLead') },
              { title: t('Department head'), key: 'head', render: (_, d) => pick(d, 'head') },
            ]}
          />
        )}
      </QueryState>
    </Flex>
  );
}
