import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Table, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { formatCalendarDate, localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TInitiative } from './api.ts';
import { useDeleteInitiative, useInitiatives } from './api.ts';
import { InitiativeDrawer } from './InitiativeDrawer.tsx';
import { expectedSize, kindLabel, metricLabel } from './labels.ts';

/**
 * The initiatives of the workspace: the changes made at touchpoints (a new standard, training, a process
 * change, a new script), each opening its evaluation; recorded and edited in a drawer.
 */
export default function InitiativesPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const navigate = useNavigate();
  const initiatives = useInitiatives();
  const journeys = useJourneyList();
  const remove = useDeleteInitiative();
  const [editing, setEditing] = useState<TInitiative | null | undefined>(undefined);
  const mayManage = can('initiatives:manage');
  const touchpointNames = (i: TInitiative) => {
    const journey = (journeys.data ?? []).find((j) => j.key === i.journey);
    return i.touchpoints.map((key) => {
      const tp = journey?.touchpoints.find((x) => x.key === key);
      return tp ? localName(tp) : key;
    });
  };
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="end" wrap gap={token.margin}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Initiatives')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('The changes made at touchpoints, and whether they worked.')}
          </Typography.Text>
        </div>
        {mayManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            disabled={!journeys.data}
          >
            {t('New initiative')}
          </Button>
        )}
      </Flex>
      <QueryState
        query={initiatives}
        rows={6}
        isEmpty={(list) => list.length === 0}
        empty={<Empty description={t('No initiative recorded yet.')} />}
      >
        {(list) => (
          <Table<TInitiative>
            rowKey="id"
            size="middle"
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('Initiative'),
                key: 'name',
                render: (_, i) => (
                  <Flex vertical>
                    <Link to={i.id}>{i.name}</Link>
                    <Typography.Text type="secondary">{touchpointNames(i).join(' · ')}</Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('Kind of change'),
                key: 'kind',
                render: (_, i) => <Tag>{kindLabel(i.kind, t)}</Tag>,
              },
              {
                title: t('Period'),
                key: 'period',
                render: (_, i) =>
                  i.endDate
                    ? t('{{start}} to {{end}}', {
                        start: formatCalendarDate(i.startDate),
                        end: formatCalendarDate(i.endDate),
                      })
                    : t('From {{start}}', { start: formatCalendarDate(i.startDate) }),
              },
              { title: t('Owner'), key: 'owner', render: (_, i) => i.ownerDisplay || '–' },
              {
                title: t('Expected effect'),
                key: 'expected',
                render: (_, i) =>
                  i.expectedEffect
                    ? `${metricLabel(i.expectedEffect.metric, t)} ${i.expectedEffect.direction === 'decrease' ? '↓' : '↑'}${i.expectedEffect.size === null ? '' : ` ${expectedSize(i.expectedEffect, t)}`}`
                    : '–',
              },
              {
                title: t('Actions'),
                key: 'actions',
                render: (_, i) => (
                  <Flex gap={token.marginXS}>
                    <Button size="small" type="primary" ghost onClick={() => void navigate(i.id)}>
                      {t('Evaluate')}
                    </Button>
                    {mayManage && (
                      <>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('Edit')}
                          onClick={() => setEditing(i)}
                        />
                        <Popconfirm
                          title={t('Delete this initiative?')}
                          onConfirm={() => remove.mutate(i.id)}
                        >
                          <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('Delete')} />
                        </Popconfirm>
                      </>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {editing !== undefined && journeys.data && (
        <InitiativeDrawer
          open
          initiative={editing}
          journeys={journeys.data}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            if (editing === null) void navigate(saved.id);
          }}
        />
      )}
    </Flex>
  );
}
