import { Button, Card, Drawer, Empty, Flex, Segmented, Switch, Table, theme, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime, localName } from '../../lib/format.ts';
import { useCan } from '../../lib/session/session.ts';
import { useCallbacks } from './api.ts';
import type { TCallback, TCallbackQuery } from './api.ts';
import { CallbackForm } from './CallbackForm.tsx';
import { CallbackStateTag } from './CallbackStateTag.tsx';
import { PlanCallbacksDialog } from './PlanCallbacksDialog.tsx';

/** The display name of a named place (its `names` may be null). */
const nameOf = (p: TCallback['journey']) => localName({ name: p.name, names: p.names ?? undefined });

type TView = 'due' | 'planned' | 'done' | 'failed';
const PAGE_SIZE = 20;

/** The columns of the task list. */
function useColumns(): TableColumnsType<TCallback> {
  const { t } = useTranslation();
  return [
    { title: t('Customer'), dataIndex: 'customer', key: 'customer' },
    {
      title: t('Touchpoint'),
      key: 'touchpoint',
      render: (_, c) => `${nameOf(c.journey)} · ${nameOf(c.touchpoint)}`,
    },
    { title: t('State'), key: 'state', render: (_, c) => <CallbackStateTag state={c.state} /> },
    { title: t('Attempts'), key: 'attempts', render: (_, c) => `${c.attempts} / ${c.maxAttempts}` },
    {
      title: t('When'),
      key: 'when',
      render: (_, c) => formatDateTime(c.doneAt ?? c.nextAttemptAt),
    },
    {
      title: t('Outcome'),
      key: 'outcome',
      render: (_, c) =>
        c.solved === null
          ? '–'
          : `${c.solved ? t('Solved') : t('Not solved')}${c.satisfaction !== null ? ` · ${c.satisfaction}/5` : ''}`,
    },
    { title: t('Case'), key: 'case', render: (_, c) => (c.caseId === null ? t('Routine') : `#${c.caseId}`) },
  ];
}

/**
 * The callback task list (回访): due now, later, done and not reached; the caller's own or everyone's they
 * may see (an agent sees theirs and the unassigned ones). A row opens the callback with its script and form.
 */
export default function CallbacksPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const [view, setView] = useState<TView>('due');
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | undefined>();
  const [planning, setPlanning] = useState(false);
  const query: TCallbackQuery = { state: view, page, limit: PAGE_SIZE, ...(mine ? { mine: 'true' } : {}) };
  const list = useCallbacks(query);
  const columns = useColumns();
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="start" wrap gap={token.margin}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Callbacks')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(
              'Call customers back after their case is resolved: is the problem solved, and how satisfied are they?',
            )}
          </Typography.Text>
        </div>
        {can('callbacks:work') && (
          <Button onClick={() => setPlanning(true)}>{t('Plan a callback list')}</Button>
        )}
      </Flex>
      <Card>
        <Flex vertical gap={token.margin}>
          <Flex gap={token.margin} align="center" wrap>
            <Segmented<TView>
              value={view}
              onChange={(v) => {
                setView(v);
                setPage(1);
              }}
              options={[
                { value: 'due', label: t('Due now') },
                { value: 'planned', label: t('Later') },
                { value: 'done', label: t('Done') },
                { value: 'failed', label: t('Not reached') },
              ]}
            />
            <Flex gap={token.marginXS} align="center">
              <Switch
                checked={mine}
                onChange={(v) => {
                  setMine(v);
                  setPage(1);
                }}
                aria-label={t('Only mine')}
              />
              <Typography.Text>{t('Only mine')}</Typography.Text>
            </Flex>
          </Flex>
          <QueryState
            query={list}
            isEmpty={(p) => p.total === 0}
            empty={<Empty description={t('No callback here.')} />}
          >
            {(p) => (
              <Table<TCallback>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={p.callbacks}
                onRow={(c) => ({ onClick: () => setOpenId(c.id), style: { cursor: 'pointer' } })}
                pagination={{ current: page, pageSize: PAGE_SIZE, total: p.total, onChange: setPage }}
              />
            )}
          </QueryState>
        </Flex>
      </Card>
      <Drawer
        open={openId !== undefined}
        onClose={() => setOpenId(undefined)}
        title={t('Callback')}
        size="large"
        destroyOnHidden
      >
        {openId !== undefined && <CallbackForm id={openId} mayWork={can('callbacks:work')} />}
      </Drawer>
      <PlanCallbacksDialog open={planning} onClose={() => setPlanning(false)} />
    </Flex>
  );
}
