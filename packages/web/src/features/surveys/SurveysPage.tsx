import {
  BarChartOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  InboxOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  QrcodeOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Button, Card, Empty, Flex, Popconfirm, Table, theme, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime, localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TSurvey } from './api.ts';
import { useDeleteSurvey, useExportSurvey, useSurveys, useUpdateSurvey } from './api.ts';
import { ImportSurveyDialog } from './ImportSurveyDialog.tsx';
import { statusTone, statusLabel, templateLabel } from './labels.ts';
import { NewSurveyDialog } from './NewSurveyDialog.tsx';
import { QrCodesDrawer } from './QrCodesDrawer.tsx';

/**
 * The workspace's surveys (SurveyJS definitions bound to the MOT model): created from a template or blank,
 * imported and exported as JSON, activated and archived, each opening in the builder.
 */
export default function SurveysPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const navigate = useNavigate();
  const surveys = useSurveys();
  const journeys = useJourneyList();
  const update = useUpdateSurvey();
  const remove = useDeleteSurvey();
  const exportSurvey = useExportSurvey();
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const [qrSurvey, setQrSurvey] = useState<TSurvey | null>(null);
  const mayManage = can('surveys:manage');
  const journeyName = (key: string | null) => {
    if (!key) return '–';
    const journey = (journeys.data ?? []).find((j) => j.key === key);
    return journey ? localName(journey) : key;
  };
  const opened = (survey: { key: string }) => {
    setDialog(null);
    void navigate(survey.key);
  };
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="end" wrap gap={token.margin}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Surveys')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('The questions customers are asked at key moments, each bound to what its answer means.')}
          </Typography.Text>
        </div>
        {mayManage && (
          <Flex gap={token.marginXS}>
            <Button icon={<UploadOutlined />} onClick={() => setDialog('import')} disabled={!journeys.data}>
              {t('Import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog('new')}
              disabled={!journeys.data}
            >
              {t('New survey')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Card>
        <QueryState
          query={surveys}
          rows={6}
          isEmpty={(list) => list.length === 0}
          empty={<Empty description={t('No survey yet: start from a template.')} />}
        >
          {(list) => (
            <Table<TSurvey>
              rowKey="key"
              size="middle"
              dataSource={list}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: t('Survey'),
                  key: 'name',
                  render: (_, s) => (
                    <Flex vertical>
                      <Link to={s.key}>{s.name}</Link>
                      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                        {s.key}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                { title: t('Journey'), key: 'journey', render: (_, s) => journeyName(s.journey) },
                {
                  title: t('Template'),
                  key: 'template',
                  render: (_, s) => (s.template ? templateLabel(s.template, t) : '–'),
                },
                {
                  title: t('State'),
                  key: 'status',
                  render: (_, s) => <ToneTag tone={statusTone[s.status]}>{statusLabel(s.status, t)}</ToneTag>,
                },
                { title: t('Version'), key: 'version', align: 'right', render: (_, s) => s.version },
                { title: t('Questions'), key: 'questions', align: 'right', render: (_, s) => s.questions },
                { title: t('Updated'), key: 'updated', render: (_, s) => formatDateTime(s.updatedAt) },
                {
                  title: t('Actions'),
                  key: 'actions',
                  render: (_, s) => (
                    <Flex gap={token.marginXS}>
                      <Tooltip title={mayManage ? t('Edit') : t('Open')}>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('Open {{survey}}', { survey: s.name })}
                          onClick={() => void navigate(s.key)}
                        />
                      </Tooltip>
                      {can('analyses:read') && (
                        <Tooltip title={t('Results')}>
                          <Button
                            size="small"
                            icon={<BarChartOutlined />}
                            aria-label={t('Results of {{survey}}', { survey: s.name })}
                            onClick={() => void navigate(`${s.key}/results`)}
                          />
                        </Tooltip>
                      )}
                      <Tooltip title={t('QR codes')}>
                        <Button
                          size="small"
                          icon={<QrcodeOutlined />}
                          aria-label={t('QR codes of {{survey}}', { survey: s.name })}
                          onClick={() => setQrSurvey(s)}
                        />
                      </Tooltip>
                      <Tooltip title={t('Export as JSON')}>
                        <Button
                          size="small"
                          icon={<DownloadOutlined />}
                          aria-label={t('Export {{survey}}', { survey: s.name })}
                          loading={exportSurvey.isPending && exportSurvey.variables === s.key}
                          onClick={() => exportSurvey.mutate(s.key)}
                        />
                      </Tooltip>
                      {mayManage && s.status !== 'active' && (
                        <Tooltip title={t('Activate')}>
                          <Button
                            size="small"
                            icon={<PlayCircleOutlined />}
                            aria-label={t('Activate {{survey}}', { survey: s.name })}
                            onClick={() => update.mutate({ key: s.key, body: { status: 'active' } })}
                          />
                        </Tooltip>
                      )}
                      {mayManage && s.status !== 'archived' && (
                        <Tooltip title={t('Archive')}>
                          <Button
                            size="small"
                            icon={<InboxOutlined />}
                            aria-label={t('Archive {{survey}}', { survey: s.name })}
                            onClick={() => update.mutate({ key: s.key, body: { status: 'archived' } })}
                          />
                        </Tooltip>
                      )}
                      {mayManage && (
                        <Popconfirm
                          title={t('Delete this survey and all its versions?')}
                          okText={t('Delete')}
                          cancelText={t('Cancel')}
                          onConfirm={() => remove.mutate(s.key)}
                        >
                          <Button
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('Delete {{survey}}', { survey: s.name })}
                          />
                        </Popconfirm>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <QrCodesDrawer survey={qrSurvey} mayManage={mayManage} onClose={() => setQrSurvey(null)} />
      {journeys.data && (
        <>
          <NewSurveyDialog
            open={dialog === 'new'}
            journeys={journeys.data}
            onClose={() => setDialog(null)}
            onCreated={opened}
          />
          <ImportSurveyDialog
            open={dialog === 'import'}
            journeys={journeys.data}
            onClose={() => setDialog(null)}
            onCreated={opened}
          />
        </>
      )}
    </Flex>
  );
}
