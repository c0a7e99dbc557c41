import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Popconfirm, Select, Table, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../lib/session/session.ts';
import { AddMemberDialog } from './AddMemberDialog.tsx';
import type { TMember } from './api.ts';
import { useMembers, useRemoveMember, useUpdateMember } from './api.ts';
import { MutationError } from './MutationError.tsx';
import { MEMBER_ROLES, roleName, roleOptions } from './roles.ts';

/** The workspace's members: change a role in place, remove one (confirmed), add one by e-mail. */
export function MembersPanel() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const members = useMembers();
  const update = useUpdateMember();
  const remove = useRemoveMember();
  const me = useSession().data?.user.id;
  const [adding, setAdding] = useState(false);
  return (
    <Flex vertical gap={token.margin}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <Typography.Text type="secondary">
          {t('People who work in this workspace and what their role lets them do.')}
        </Typography.Text>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
          {t('Add member')}
        </Button>
      </Flex>
      <MutationError mutation={update.isError ? update : remove} />
      <QueryState query={members}>
        {(list) => (
          <Table<TMember>
            rowKey="userId"
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('Name'),
                key: 'name',
                render: (_, m) => (
                  <>
                    <div>
                      {m.name} {m.userId === me && <Tag>{t('you')}</Tag>}
                      {m.disabled && <Tag color="default">{t('disabled')}</Tag>}
                    </div>
                    <Typography.Text type="secondary">{m.email}</Typography.Text>
                  </>
                ),
              },
              {
                title: t('Role'),
                key: 'role',
                render: (_, m) =>
                  m.role === 'ingest' ? (
                    roleName(t, m.role)
                  ) : (
                    <Select
                      aria-label={t('Role of {{name}}', { name: m.name })}
                      value={m.role}
                      style={{ minWidth: 160 }}
                      disabled={update.isPending}
                      onChange={(role) => update.mutate({ userId: m.userId, role })}
                      options={roleOptions(t, MEMBER_ROLES)}
                    />
                  ),
              },
              { title: t('Department'), key: 'department', render: (_, m) => m.department ?? '–' },
              {
                title: t('Two-factor'),
                key: '2fa',
                render: (_, m) => (m.twoFactorEnabled ? <Badge status="success" text={t('on')} /> : t('off')),
              },
              { title: t('Joined'), key: 'joined', render: (_, m) => formatDateTime(m.joinedAt) },
              {
                title: t('Actions'),
                key: 'actions',
                render: (_, m) => (
                  <Popconfirm
                    title={t('Remove {{name}} from this workspace?', { name: m.name })}
                    description={t('They lose access at once; their user account stays.')}
                    okText={t('Remove')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('Cancel')}
                    onConfirm={() => remove.mutate(m.userId)}
                  >
                    <Button icon={<DeleteOutlined />} aria-label={t('Remove {{name}}', { name: m.name })}>
                      {t('Remove')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <AddMemberDialog open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
