import { BarChartOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, theme, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TStudy } from './api.ts';
import { useStudies } from './api.ts';
import { DistributeDialog } from './DistributeDialog.tsx';
import { studyKindLabel } from './labels.ts';
import { NewStudyDialog } from './NewStudyDialog.tsx';

/**
 * KANO and SERVQUAL studies: made from their template (a KANO questionnaire from a feature list in both
 * languages, or the SERVQUAL instrument), distributed as single-use links, and their results.
 */
export default function StudiesPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const navigate = useNavigate();
  const studies = useStudies();
  const [creating, setCreating] = useState<'kano' | 'servqual' | null>(null);
  const [distributing, setDistributing] = useState<TStudy | null>(null);
  const mayManage = can('surveys:manage');
  const mayDistribute = can('moments:write');
  const mayRead = can('analyses:read');
  const stateLabel = (status: TStudy['status']) =>
    status === 'active' ? t('Active') : status === 'draft' ? t('Draft') : t('Archived');
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="end" wrap gap={token.margin}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Studies')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(
              'KANO sorts features by how they move satisfaction; SERVQUAL measures the gap between what customers expect and what they get.',
            )}
          </Typography.Text>
        </div>
        {mayManage && (
          <Flex gap={token.marginXS}>
            <Button icon={<PlusOutlined />} onClick={() => setCreating('servqual')}>
              {t('New SERVQUAL study')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('kano')}>
              {t('New KANO study')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Card>
        <QueryState
          query={studies}
          rows={4}
          isEmpty={(list) => list.length === 0}
          empty={<Empty description={t('No study yet: start a KANO or a SERVQUAL study.')} />}
        >
          {(list) => (
            <Table<TStudy>
              rowKey="key"
              size="middle"
              dataSource={list}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: t('Study'),
                  key: 'name',
                  render: (_, s) => (
                    <Flex vertical>
                      {mayRead ? <Link to={s.key}>{s.name}</Link> : s.name}
                      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                        {s.key}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  title: t('Kind'),
                  key: 'kind',
                  render: (_, s) => <Tag>{studyKindLabel(s.kind, t)}</Tag>,
                },
                {
                  title: t('Features'),
                  key: 'features',
                  align: 'right',
                  render: (_, s) => s.features?.length ?? '–',
                },
                { title: t('State'), key: 'status', render: (_, s) => stateLabel(s.status) },
                { title: t('Answers'), key: 'answers', align: 'right', render: (_, s) => s.answers },
                {
                  title: t('Last answer'),
                  key: 'last',
                  render: (_, s) => (s.lastAnswerAt ? formatDateTime(s.lastAnswerAt) : '–'),
                },
                {
                  title: t('Actions'),
                  key: 'actions',
                  render: (_, s) => (
                    <Flex gap={token.marginXS}>
                      {mayRead && (
                        <Tooltip title={t('Results')}>
                          <Button
                            size="small"
                            icon={<BarChartOutlined />}
                            aria-label={t('Results of {{study}}', { study: s.name })}
                            onClick={() => void navigate(s.key)}
                          />
                        </Tooltip>
                      )}
                      {mayDistribute && mayManage && s.status !== 'archived' && (
                        <Tooltip title={t('Distribute')}>
                          <Button
                            size="small"
                            icon={<SendOutlined />}
                            aria-label={t('Distribute {{study}}', { study: s.name })}
                            onClick={() => setDistributing(s)}
                          />
                        </Tooltip>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <NewStudyDialog
        kind={creating}
        onClose={() => setCreating(null)}
        onCreated={(study) => {
          setCreating(null);
          setDistributing(study);
        }}
      />
      <DistributeDialog study={distributing} onClose={() => setDistributing(null)} />
    </Flex>
  );
}
