import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { TChannelDelivery } from './api.ts';
import { useChannelDeliveries } from './api.ts';
import { kindLabel, statusLabel, statusTone } from './labels.ts';

/** The delivery log: every invitation and test message sent, what the receiver answered and how fast. */
export function DeliveryTable() {
  const { t } = useTranslation();
  const [pages, setPages] = useState<number[]>([]);
  const deliveries = useChannelDeliveries(pages.at(-1));
  return (
    <QueryState query={deliveries} rows={5}>
      {(page) => (
        <Flex vertical gap={12}>
          <Table<TChannelDelivery>
            rowKey="id"
            size="small"
            data-testid="survey-channel-deliveries"
            dataSource={page.deliveries}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: <Typography.Text type="secondary">{t('Nothing sent yet.')}</Typography.Text>,
            }}
            columns={[
              { title: t('At'), key: 'at', render: (_, d) => formatDateTime(d.at) },
              {
                title: t('Channel'),
                key: 'kind',
                render: (_, d) => (
                  <Flex gap={4} wrap>
                    {kindLabel(d.kind, t)}
                    {d.test && <Tag>{t('Test')}</Tag>}
                  </Flex>
                ),
              },
              { title: t('Customer'), key: 'customer', render: (_, d) => d.customer ?? '—' },
              { title: t('Address'), key: 'address', render: (_, d) => d.address ?? '—' },
              {
                title: t('State'),
                key: 'status',
                render: (_, d) => <ToneTag tone={statusTone(d)}>{statusLabel(d, t)}</ToneTag>,
              },
              { title: t('HTTP status'), key: 'http', render: (_, d) => d.httpStatus ?? '—' },
              {
                title: t('Duration'),
                key: 'duration',
                render: (_, d) => (d.durationMs === null ? '—' : `${d.durationMs} ms`),
              },
              {
                title: t('Detail'),
                key: 'detail',
                render: (_, d) => (
                  <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                    {d.detail}
                  </Typography.Text>
                ),
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
  );
}
