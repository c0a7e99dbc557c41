import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { SEVERITIES } from '@mot/core/loop/types';
import { Button, Flex, Popconfirm, Table, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { severityLabel } from '../../lib/loop-labels.ts';
import type { TPolicyOut } from './api.ts';
import { useCalendars, useDeletePolicy, useDepartments, usePolicies } from './api.ts';
import { formatWorkingTime } from './labels.ts';
import { PolicyDrawer } from './PolicyDrawer.tsx';
import { departmentName } from '../../lib/departments.ts';

/** SLA policies: targets per severity, the calendar they count on, and the cases they apply to. */
export function PoliciesPanel() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const policies = usePolicies();
  const calendars = useCalendars();
  const departments = useDepartments();
  const journeys = useJourneyList();
  const remove = useDeletePolicy();
  const [editing, setEditing] = useState<TPolicyOut | null | undefined>(undefined);
  const journeyName = (key: string) => {
    const j = (journeys.data ?? []).find((x) => x.key === key);
    return j ? localName(j) : key;
  };
  return (
    <Flex vertical gap={token.margin}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <Typography.Text type="secondary">
          {t(
            'Deadlines of a case count working time only; the clock stops while the case awaits its callback or is resolved.',
          )}
        </Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing(null)}
          disabled={!calendars.data}
        >
          {t('New policy')}
        </Button>
      </Flex>
      <QueryState query={policies} rows={4}>
        {(data) => (
          <Table<TPolicyOut>
            rowKey="id"
            size="middle"
            dataSource={data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('Policy'),
                key: 'name',
                render: (_, p) => (
                  <Flex vertical>
                    <Flex gap={token.marginXS} align="center">
                      <Typography.Text strong>
                        {p.isDefault && p.name === 'Default' ? t('Default') : p.name}
                      </Typography.Text>
                      {p.isDefault && <Tag>{t('Default')}</Tag>}
                    </Flex>
                    <Typography.Text type="secondary">
                      {p.isDefault
                        ? t('Every case no other policy fits')
                        : [
                            ...p.journeys.map(journeyName),
                            ...p.departments.map((d) => departmentName(d, departments.data)),
                          ].join(' · ')}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('Calendar'),
                key: 'calendar',
                render: (_, p) => (p.calendarName === 'Working days' ? t('Working days') : p.calendarName),
              },
              ...[...SEVERITIES].reverse().map((severity) => ({
                title: severityLabel(severity, t),
                key: severity,
                render: (_: unknown, p: TPolicyOut) => (
                  <Typography.Text>
                    {formatWorkingTime(p.targets[severity].firstResponseMinutes, t)} /{' '}
                    {formatWorkingTime(p.targets[severity].resolutionMinutes, t)}
                  </Typography.Text>
                ),
              })),
              {
                title: t('Actions'),
                key: 'actions',
                render: (_, p) => (
                  <Flex gap={token.marginXXS}>
                    <Button
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('Edit')}
                      onClick={() => setEditing(p)}
                    />
                    {!p.isDefault && (
                      <Popconfirm title={t('Delete this policy?')} onConfirm={() => remove.mutate(p.id)}>
                        <Button type="text" icon={<DeleteOutlined />} aria-label={t('Delete')} />
                      </Popconfirm>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Typography.Text type="secondary">
        {t('Each cell: first response / resolution, in working time.')}
      </Typography.Text>
      {editing !== undefined && (
        <PolicyDrawer
          open
          policy={editing}
          calendars={calendars.data ?? []}
          journeys={journeys.data ?? []}
          departments={departments.data ?? []}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}
