import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import type { TRecoveryFigures } from './api.ts';
import { ShareCell } from './ShareCell.tsx';

/** A row of a recovery table: what it is about and its figures. */
export type TRecoveryRow = { key: string; label: string; figures: TRecoveryFigures };

/** Recovery figures per touchpoint or per department: every share with its 95% Wilson interval. */
export function RecoveryTable({ rows, groupTitle }: { rows: TRecoveryRow[]; groupTitle: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TRecoveryRow> = [
    { title: groupTitle, dataIndex: 'label', key: 'label', fixed: 'left' },
    { title: t('Cases opened'), key: 'opened', align: 'right', render: (_, r) => r.figures.opened },
    {
      title: t('First response in time'),
      key: 'fr',
      render: (_, r) => <ShareCell share={r.figures.firstResponse} />,
    },
    {
      title: t('Resolved in time'),
      key: 'res',
      render: (_, r) => <ShareCell share={r.figures.resolution} />,
    },
    {
      title: t('Median first response (min)'),
      key: 'mfr',
      align: 'right',
      render: (_, r) => formatNumber(r.figures.medianFirstResponseMinutes, 0),
    },
    {
      title: t('Median resolution (h)'),
      key: 'mres',
      align: 'right',
      render: (_, r) => formatNumber(r.figures.medianResolutionHours, 1),
    },
    { title: t('Called back'), key: 'reached', align: 'right', render: (_, r) => r.figures.callbacksReached },
    {
      title: t('Recovery rate'),
      key: 'rate',
      render: (_, r) => <ShareCell share={r.figures.recoveryRate} />,
    },
    {
      title: t('Re-contact within 30 days'),
      key: 'recontact',
      render: (_, r) => <ShareCell share={r.figures.recontact} />,
    },
  ];
  return (
    <Table<TRecoveryRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
