import { Button, Drawer, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { TChannel, TDelivery } from './api.ts';
import { useDeliveries } from './api.ts';
import { attemptLabel, deliveryStateLabel, deliveryStateTone, eventLabel } from './labels.ts';

/** A channel's delivery log: each message, its state and every attempt (HTTP code, duration, error). */
export function DeliveryLog({ channel, onClose }: { channel: TChannel | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1);
  const deliveries = useDeliveries(channel?.id ?? null, before);
  const close = () => {
    setPages([]);
    onClose();
  };
  return (
    <Drawer
      open={channel !== null}
      size={900}
      title={t('Delivery log: {{name}}', { name: channel?.name ?? '' })}
      onClose={close}
      destroyOnHidden
    >
      <QueryState query={deliveries} rows={6}>
        {(page) => (
          <Flex vertical gap={12}>
            <Table<TDelivery>
              rowKey="id"
              size="small"
              dataSource={page.deliveries}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{
                emptyText: <Typography.Text type="secondary">{t('Nothing sent yet.')}</Typography.Text>,
              }}
              expandable={{
                rowExpandable: (d) => d.attempts.length > 0,
                expandedRowRender: (d) => (
                  <Table
                    rowKey={(a) => `${d.id}-${a.attempt}-${a.at}`}
                    size="small"
                    pagination={false}
                    dataSource={d.attempts}
                    columns={[
                      { title: t('Attempt'), dataIndex: 'attempt', key: 'attempt' },
                      { title: t('At'), key: 'at', render: (_, a) => formatDateTime(a.at) },
                      {
                        title: t('Attempt result'),
                        key: 'status',
                        render: (_, a) => attemptLabel(a.status, t),
                      },
                      { title: t('HTTP status'), key: 'http', render: (_, a) => a.httpStatus ?? '—' },
                      {
                        title: t('Duration'),
                        key: 'duration',
                        render: (_, a) => (a.durationMs === null ? '—' : `${a.durationMs} ms`),
                      },
                      {
                        title: t('Error'),
                        key: 'error',
                        render: (_, a) => (
                          <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                            {a.error ?? ''}
                          </Typography.Text>
                        ),
                      },
                    ]}
                  />
                ),
              }}
              columns={[
                { title: t('Created'), key: 'created', render: (_, d) => formatDateTime(d.createdAt) },
                { title: t('Event'), key: 'event', render: (_, d) => eventLabel(d.event, t) },
                { title: t('Message'), key: 'title', render: (_, d) => d.title ?? d.key },
                {
                  title: t('State'),
                  key: 'state',
                  render: (_, d) => (
                    <ToneTag tone={deliveryStateTone(d.state)}>{deliveryStateLabel(d.state, t)}</ToneTag>
                  ),
                },
                { title: t('Attempts'), key: 'attempts', render: (_, d) => d.attempts.length },
                {
                  title: t('HTTP status'),
                  key: 'http',
                  render: (_, d) => d.attempts.at(-1)?.httpStatus ?? '—',
                },
                {
                  title: t('Duration'),
                  key: 'duration',
                  render: (_, d) => {
                    const ms = d.attempts.at(-1)?.durationMs;
                    return ms === null || ms === undefined ? '—' : `${ms} ms`;
                  },
                },
              ]}
            />
            <Flex justify="end" gap={8}>
              <Button disabled={pages.length === 0} onClick={() => setPages(pages.slice(0, -1))}>
                {t('Newer')}
              </Button>
              <Button
                disabled={page.next === null}
                onClick={() => page.next !== null && setPages([...pages, page.next])}
              >
                {t('Older')}
              </Button>
            </Flex>
          </Flex>
        )}
      </QueryState>
    </Drawer>
  );
}
