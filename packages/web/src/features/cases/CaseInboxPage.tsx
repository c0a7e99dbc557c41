import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useCan, useSession, useWorkspaceKey } from '../../lib/session/session.ts';
import { useCaseInbox } from './api.ts';
import { AssignDialog } from './AssignDialog.tsx';
import { CaseFilters } from './CaseFilters.tsx';
import { CaseTable } from './CaseTable.tsx';
import type { TInboxFilters, TInboxView } from './filters.ts';
import { INBOX_VIEWS, readInboxFilters, toInboxParams } from './filters.ts';
import { inboxQuery } from './inbox-query.ts';
import { usePlaceNames } from './names.ts';

const PAGE_SIZE = 20;

/** The department of the signed-in member in the workspace of the URL, if any. */
function useMyDepartment(): string | null {
  const workspace = useWorkspaceKey();
  return useSession().data?.workspaces.find((w) => w.key === workspace)?.department ?? null;
}

/**
 * The case inbox: the service-recovery cases of a view (mine, my team, overdue, unassigned, all), filtered
 * by state, severity, journey, touchpoint and period (kept in the URL), paged on the server; rows selected
 * are assigned to a member in one step.
 */
export default function CaseInboxPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const department = useMyDepartment();
  const [params, setParams] = useSearchParams();
  const filters = readInboxFilters(params, department ? 'team' : 'all');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const journeys = useJourneyList();
  const names = usePlaceNames();
  const inbox = useCaseInbox(inboxQuery(filters, page, PAGE_SIZE));
  const [selected, setSelected] = useState<number[]>([]);
  const [assigning, setAssigning] = useState(false);
  const mayWork = can('cases:work');
  const change = (next: TInboxFilters, nextPage = 1) => {
    setSelected([]);
    setParams(
      { ...toInboxParams(next), ...(nextPage > 1 ? { page: String(nextPage) } : {}) },
      { replace: true },
    );
  };
  const viewLabel: Record<TInboxView, string> = {
    mine: t('Mine'),
    team: t('My team'),
    overdue: t('Overdue'),
    unassigned: t('Unassigned'),
    all: t('All cases'),
  };
  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Cases')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t(
            'Service recovery: every customer who hit an unacceptable moment, until the callback confirms the fix.',
          )}
        </Typography.Text>
      </div>
      <Segmented<TInboxView>
        aria-label={t('Inbox view')}
        size="large"
        value={filters.view}
        onChange={(view) => change({ ...filters, view })}
        options={INBOX_VIEWS.map((view) => ({
          value: view,
          label: viewLabel[view],
          disabled: view === 'team' && department === null,
        }))}
      />
      <QueryState query={journeys}>
        {(list) => (
          <Card>
            <Flex vertical gap={token.margin}>
              <CaseFilters journeys={list} filters={filters} onChange={(next) => change(next)} />
              {mayWork && (
                <Flex gap={token.marginSM} align="center">
                  <Button
                    icon={<UserAddOutlined />}
                    disabled={selected.length === 0}
                    onClick={() => setAssigning(true)}
                  >
                    {selected.length > 0
                      ? t('Assign {{count}} selected', { count: selected.length })
                      : t('Assign selected')}
                  </Button>
                  <Typography.Text type="secondary">
                    {t('Select cases to assign them to a member in one step.')}
                  </Typography.Text>
                </Flex>
              )}
              <QueryState
                query={inbox}
                rows={8}
                isEmpty={(p) => p.total === 0}
                empty={<Empty description={t('No case in this view with these filters.')} />}
              >
                {(data) => (
                  <CaseTable
                    cases={data.cases}
                    names={names}
                    loading={inbox.isFetching}
                    selected={mayWork ? selected : null}
                    onSelect={setSelected}
                    pagination={{
                      current: page,
                      pageSize: PAGE_SIZE,
                      total: data.total,
                      showSizeChanger: false,
                      showTotal: (total) => t('{{count}} cases', { count: formatNumber(total, 0) }),
                      onChange: (next) => change(filters, next),
                    }}
                  />
                )}
              </QueryState>
            </Flex>
          </Card>
        )}
      </QueryState>
      <AssignDialog
        ids={selected}
        open={assigning}
        onClose={(assigned) => {
          setAssigning(false);
          if (assigned) setSelected([]);
        }}
      />
    </Flex>
  );
}
