import { DeleteOutlined, EditOutlined, HistoryOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Modal, Popconfirm, Switch, Table, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { useJourneyList } from '../../lib/journeys.ts';
import type { TChannel } from './api.ts';
import { useChannels, useDeleteChannel, useSendTest, useUpdateChannel } from './api.ts';
import { ChannelDrawer } from './ChannelDrawer.tsx';
import { DeliveryLog } from './DeliveryLog.tsx';
import { destinationOf, eventLabel, kindLabel } from './labels.ts';

/**
 * Notification channels: where staff hear of new, escalated and overdue cases and systemic alerts (a WeCom
 * or DingTalk group robot, a signed webhook, Slack, e-mail), what each receives, "send test", and the log of
 * every delivery.
 */
export default function NotificationChannelsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const channels = useChannels();
  const journeys = useJourneyList();
  const update = useUpdateChannel();
  const remove = useDeleteChannel();
  const sendTest = useSendTest();
  const [editing, setEditing] = useState<TChannel | null | undefined>(undefined);
  const [log, setLog] = useState<TChannel | null>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="end" wrap gap={token.margin}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Notification channels')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('Where staff are told of new, escalated and overdue cases and of systemic alerts.')}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('New channel')}
        </Button>
      </Flex>
      {sendTest.isError && <Alert type="error" showIcon title={t('The test message was not queued.')} />}
      <Card>
        <QueryState query={channels} rows={5}>
          {(data) => (
            <Table<TChannel>
              rowKey="id"
              size="middle"
              dataSource={data}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{
                emptyText: <Typography.Text type="secondary">{t('No channel yet.')}</Typography.Text>,
              }}
              columns={[
                {
                  title: t('Channel'),
                  key: 'name',
                  render: (_, c) => (
                    <Flex vertical>
                      <Typography.Text strong>{c.name}</Typography.Text>
                      <Typography.Text type="secondary">{kindLabel(c.kind, t)}</Typography.Text>
                    </Flex>
                  ),
                },
                {
                  title: t('Sends to'),
                  key: 'destination',
                  render: (_, c) => (
                    <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                      {destinationOf(c)}
                    </Typography.Text>
                  ),
                },
                {
                  title: t('Events'),
                  key: 'events',
                  render: (_, c) => (
                    <Flex wrap gap={token.marginXXS}>
                      {c.subscription.events.map((e) => (
                        <Tag key={e}>{eventLabel(e, t)}</Tag>
                      ))}
                    </Flex>
                  ),
                },
                {
                  title: t('Enabled'),
                  key: 'enabled',
                  render: (_, c) => (
                    <Switch
                      checked={c.enabled}
                      aria-label={t('Enable {{channel}}', { channel: c.name })}
                      loading={update.isPending && update.variables?.channel === c.id}
                      onChange={(enabled) => update.mutate({ channel: c.id, body: { enabled } })}
                    />
                  ),
                },
                {
                  title: t('Actions'),
                  key: 'actions',
                  render: (_, c) => (
                    <Flex gap={token.marginXS}>
                      <Button
                        icon={<SendOutlined />}
                        loading={sendTest.isPending && sendTest.variables === c.id}
                        onClick={() => sendTest.mutate(c.id, { onSuccess: () => setLog(c) })}
                      >
                        {t('Send test')}
                      </Button>
                      <Button icon={<HistoryOutlined />} onClick={() => setLog(c)}>
                        {t('Delivery log')}
                      </Button>
                      <Button
                        icon={<EditOutlined />}
                        aria-label={t('Edit {{channel}}', { channel: c.name })}
                        onClick={() => setEditing(c)}
                      />
                      <Popconfirm
                        title={t('Delete this channel and its delivery log?')}
                        okText={t('Delete')}
                        cancelText={t('Cancel')}
                        onConfirm={() => remove.mutate(c.id)}
                      >
                        <Button
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('Delete {{channel}}', { channel: c.name })}
                        />
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <ChannelDrawer
        key={editing?.id ?? 'new'}
        channel={editing ?? null}
        open={editing !== undefined}
        journeys={journeys.data ?? []}
        onClose={() => setEditing(undefined)}
        onCreated={(created) => created.secret && setSecret({ name: created.name, secret: created.secret })}
      />
      <DeliveryLog channel={log} onClose={() => setLog(null)} />
      <Modal
        open={secret !== null}
        title={t('Webhook created: {{name}}', { name: secret?.name ?? '' })}
        onOk={() => setSecret(null)}
        onCancel={() => setSecret(null)}
        okText={t('I have copied the secret')}
        cancelButtonProps={{ hidden: true }}
        maskClosable={false}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          title={t('Copy the signing secret now: it is shown only this once.')}
          description={t(
            'The receiver verifies each request with it (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature).',
          )}
        />
        <Typography.Paragraph
          copyable={{ text: secret?.secret ?? '', tooltips: [t('Copy'), t('Copied')] }}
          code
          data-testid="webhook-secret"
          style={{ marginTop: 16, wordBreak: 'break-all' }}
        >
          {secret?.secret}
        </Typography.Paragraph>
      </Modal>
    </Flex>
  );
}
