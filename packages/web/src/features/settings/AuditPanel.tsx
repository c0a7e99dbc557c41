import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import type { TAuditEntry } from './api.ts';
import { useAuditLog } from './api.ts';

const PAGE_SIZE = 25;

/** A summary's fields as `key: value` pairs, values as JSON. */
function describeSummary(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

/** The audit log, newest first, read-only, paged on the server. */
export function AuditPanel() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // The `before` of each page walked so far; the first page has none.
  const [pages, setPages] = useState<number[]>([]);
  const log = useAuditLog(PAGE_SIZE, pages.at(-1));
  return (
    <Flex vertical gap={token.margin}>
      <Typography.Text type="secondary">
        {t('Who changed what, and when. Entries cannot be changed or deleted.')}
      </Typography.Text>
      <QueryState query={log} rows={8}>
        {(page) => (
          <>
            <Table<TAuditEntry>
              rowKey="id"
              size="small"
              loading={log.isFetching}
              dataSource={page.entries}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('Nothing recorded yet.') }}
              columns={[
                { title: t('Time'), key: 'at', render: (_, e) => formatDateTime(e.at) },
                {
                  title: t('By'),
                  key: 'actor',
                  render: (_, e) => (
                    <>
                      <Tag>{e.actor.kind}</Tag>
                      {e.actor.id ?? '–'}
                    </>
                  ),
                },
                {
                  title: t('Action'),
                  key: 'action',
                  render: (_, e) => <Typography.Text code>{e.action}</Typography.Text>,
                },
                {
                  title: t('Object'),
                  key: 'entity',
                  render: (_, e) => (e.entityId ? `${e.entityType} ${e.entityId}` : e.entityType),
                },
                {
                  title: t('Details'),
                  key: 'summary',
                  render: (_, e) => (
                    <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ maxWidth: 420 }}>
                      {describeSummary(e.summary)}
                    </Typography.Text>
                  ),
                },
              ]}
            />
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary">
                {t('Page {{page}}', { page: formatNumber(pages.length + 1, 0) })}
              </Typography.Text>
              <Flex gap={token.marginXS}>
                <Button
                  icon={<LeftOutlined />}
                  disabled={pages.length === 0}
                  onClick={() => setPages(pages.slice(0, -1))}
                >
                  {t('Newer')}
                </Button>
                <Button
                  icon={<RightOutlined />}
                  iconPlacement="end"
                  disabled={page.nextBefore === null || log.isPlaceholderData}
                  onClick={() => page.nextBefore !== null && setPages([...pages, page.nextBefore])}
                >
                  {t('Older')}
                </Button>
              </Flex>
            </Flex>
          </>
        )}
      </QueryState>
    </Flex>
  );
}
