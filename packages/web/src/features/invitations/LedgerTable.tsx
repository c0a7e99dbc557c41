import { Button, Flex, Input, Select, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useLedger } from './api.ts';
import type { TInvitation, TLedgerFilters } from './api.ts';
import { REASONS, STATUSES, channelLabel, reasonLabel, statusLabel, statusTone } from './labels.ts';

/** The invitation ledger: every decision, newest first, with why a skipped one was not sent. */
export function LedgerTable() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<TLedgerFilters>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const ledger = useLedger(filters, cursors.at(-1) ?? null);
  const filter = (change: TLedgerFilters) => {
    setCursors([]);
    setFilters((f) => ({ ...f, ...change }));
  };
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap>
        <Input.Search
          allowClear
          placeholder={t('Customer')}
          aria-label={t('Customer')}
          style={{ width: 200 }}
          onSearch={(value) => filter({ customer: value || undefined })}
        />
        <Select
          allowClear
          placeholder={t('Status')}
          aria-label={t('Status')}
          style={{ width: 160 }}
          options={STATUSES.map((s) => ({ value: s, label: statusLabel(s, t) }))}
          onChange={(status?: TInvitation['status']) => filter({ status })}
        />
        <Select
          allowClear
          placeholder={t('Reason')}
          aria-label={t('Reason')}
          style={{ width: 260 }}
          options={REASONS.map((r) => ({ value: r, label: reasonLabel(r, t) }))}
          onChange={(reason?: NonNullable<TInvitation['reason']>) => filter({ reason })}
        />
      </Flex>
      <Table<TInvitation>
        rowKey="id"
        size="small"
        loading={ledger.isFetching}
        dataSource={ledger.data?.invitations ?? []}
        pagination={false}
        columns={[
          { title: t('Customer'), dataIndex: 'customer' },
          { title: t('Rule'), dataIndex: 'rule' },
          { title: t('Survey'), dataIndex: 'survey' },
          { title: t('Channel'), dataIndex: 'channel', render: (c: string) => channelLabel(c, t) },
          {
            title: t('Status'),
            dataIndex: 'status',
            render: (s: TInvitation['status']) => <ToneTag tone={statusTone(s)}>{statusLabel(s, t)}</ToneTag>,
          },
          {
            title: t('Why not sent'),
            dataIndex: 'reason',
            render: (reason: string | null, row) =>
              reason ? (
                <Tooltip
                  title={Object.entries(row.detail)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join(', ')}
                >
                  <span>{reasonLabel(reason, t)}</span>
                </Tooltip>
              ) : null,
          },
          { title: t('Send time'), dataIndex: 'sendAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
      <Flex gap="small">
        <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('Newer')}
        </Button>
        <Button
          disabled={!ledger.data?.next}
          onClick={() => {
            const next = ledger.data?.next;
            if (next) setCursors((c) => [...c, next]);
          }}
        >
          {t('Older')}
        </Button>
      </Flex>
    </Flex>
  );
}
