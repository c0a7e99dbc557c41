import { KeyOutlined, StopOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Popconfirm, Table, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { TApiKey } from './api.ts';
import { useApiKeys, useRevokeApiKey } from './api.ts';
import { CreateKeyDialog } from './CreateKeyDialog.tsx';
import { MutationError } from './MutationError.tsx';
import { roleName } from './roles.ts';

/** Whether a key still works: not revoked and not past its expiry. */
function isActive(key: TApiKey, now = Date.now()): boolean {
  return !key.revokedAt && (!key.expiresAt || Date.parse(key.expiresAt) > now);
}

/** The workspace's API keys with when each was last used; create one, revoke one (confirmed). */
export function ApiKeysPanel() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const apiKeys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={token.margin}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <Typography.Text type="secondary">
          {t('Keys let other systems (CRM, call centre, surveys) send moments and outcomes.')}
        </Typography.Text>
        <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)}>
          {t('Create API key')}
        </Button>
      </Flex>
      <MutationError mutation={revoke} />
      <QueryState query={apiKeys}>
        {(list) => (
          <Table<TApiKey>
            rowKey="id"
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('No API key yet.') }}
            columns={[
              {
                title: t('Name'),
                key: 'name',
                render: (_, key) => (
                  <>
                    <div>{key.name}</div>
                    <Typography.Text type="secondary" code>
                      …{key.last4}
                    </Typography.Text>
                  </>
                ),
              },
              { title: t('Role'), key: 'role', render: (_, key) => roleName(t, key.role) },
              {
                title: t('Status'),
                key: 'status',
                render: (_, key) =>
                  key.revokedAt ? (
                    <Badge status="error" text={t('revoked')} />
                  ) : isActive(key) ? (
                    <Badge status="success" text={t('active')} />
                  ) : (
                    <Badge status="warning" text={t('expired')} />
                  ),
              },
              { title: t('Created'), key: 'created', render: (_, key) => formatDateTime(key.createdAt) },
              {
                title: t('Expires'),
                key: 'expires',
                render: (_, key) => (key.expiresAt ? formatDateTime(key.expiresAt) : t('never')),
              },
              {
                title: t('Last used'),
                key: 'used',
                render: (_, key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('never')),
              },
              {
                title: t('Actions'),
                key: 'actions',
                render: (_, key) =>
                  key.revokedAt ? null : (
                    <Popconfirm
                      title={t('Revoke the key “{{name}}”?', { name: key.name })}
                      description={t(
                        'Systems using it are refused from their next request. This cannot be undone.',
                      )}
                      okText={t('Revoke')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('Cancel')}
                      onConfirm={() => revoke.mutate(key.id)}
                    >
                      <Button
                        icon={<StopOutlined />}
                        aria-label={t('Revoke the key {{name}}', { name: key.name })}
                      >
                        {t('Revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <CreateKeyDialog open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
