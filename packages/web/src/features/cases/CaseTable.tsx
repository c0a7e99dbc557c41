import { Flex, Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { severityLabel, severityTone, stateLabel, stateTone } from '../../lib/loop-labels.ts';
import type { TCase } from './api.ts';
import type { TPlaceNames } from './names.ts';
import { caseHeadline } from './names.ts';
import { SlaDue } from './SlaDue.tsx';
import { useDepartmentName } from '../../lib/departments.ts';

/**
 * One page of the inbox: the case (linking to its page), its state and severity, where it started, the
 * customer, the owner, and the SLA target that runs now as a countdown. Rows can be selected for bulk work.
 */
export function CaseTable({
  cases,
  names,
  loading,
  pagination,
  selected,
  onSelect,
}: {
  cases: TCase[];
  names: TPlaceNames;
  loading: boolean;
  pagination: TablePaginationConfig;
  selected: number[] | null;
  onSelect: (ids: number[]) => void;
}) {
  const { t } = useTranslation();
  const departmentName = useDepartmentName();
  return (
    <Table<TCase>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={cases}
      pagination={pagination}
      locale={{ emptyText: t('No case in this view with these filters.') }}
      {...(selected
        ? {
            rowSelection: {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys.map(Number)),
              getCheckboxProps: (c) => ({
                'aria-label': t('Select case {{id}}', { id: c.id }),
              }),
            },
          }
        : {})}
      columns={[
        {
          title: t('Case'),
          key: 'case',
          render: (_, c) => (
            <Flex vertical>
              <Link to={`${c.id}`}>
                #{c.id} {caseHeadline(c, names, t)}
              </Link>
              <Typography.Text type="secondary">
                {t('Opened {{time}}', { time: formatDateTime(c.openedAt) })}
                {c.alerts > 1 && ` · ${t('{{count}} triggers', { count: c.alerts })}`}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('State'),
          key: 'state',
          render: (_, c) => <ToneTag tone={stateTone(c.state)}>{stateLabel(c.state, t)}</ToneTag>,
        },
        {
          title: t('Severity'),
          key: 'severity',
          render: (_, c) => <ToneTag tone={severityTone(c.severity)}>{severityLabel(c.severity, t)}</ToneTag>,
        },
        {
          title: t('SLA'),
          key: 'sla',
          render: (_, c) => <SlaDue summary={c} />,
        },
        {
          title: t('Touchpoint'),
          key: 'touchpoint',
          render: (_, c) => (
            <>
              <div>{names.touchpoint(c.journey.key, c.touchpoint)}</div>
              <Typography.Text type="secondary">{names.journey(c.journey)}</Typography.Text>
            </>
          ),
        },
        { title: t('Customer'), key: 'customer', render: (_, c) => c.customer },
        {
          title: t('Owner'),
          key: 'owner',
          render: (_, c) => (
            <>
              <div>
                {c.assignee?.name ?? <Typography.Text type="secondary">{t('Unassigned')}</Typography.Text>}
              </div>
              {c.department && (
                <Typography.Text type="secondary">{departmentName(c.department)}</Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('Times reopened'),
          key: 'reopened',
          align: 'right',
          render: (_, c) => (c.reopenedCount > 0 ? formatNumber(c.reopenedCount, 0) : '–'),
        },
      ]}
    />
  );
}
