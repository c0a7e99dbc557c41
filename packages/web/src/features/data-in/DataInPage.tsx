import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Form, Progress, Select, theme, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { formatNumber, localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';
import { useImportCsv, useImportPreview } from './api.ts';
import { FileSample } from './FileSample.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { MappingForm } from './MappingForm.tsx';
import type { TMappingValues } from './mapping-values.ts';
import { initialValues, toMapping } from './mapping-values.ts';
import { loadMapping, saveMapping } from './saved-mapping.ts';
import { Link } from 'react-router';

/** An Excel file in the old binary format, which is not read: only .xlsx workbooks are. */
const isSpreadsheet = (file: File) => /\.xls$/i.test(file.name);

/**
 * Data in: a CSV file of moments is uploaded, its columns mapped (guessed from the header, or as last time for
 * the same columns), and imported with `mot import`'s rules; the rejects file can be downloaded.
 */
export default function DataInPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const workspace = useWorkspaceKey();
  const journeys = useJourneyList();
  const [journeyKey, setJourneyKey] = useState<string>();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState(0);
  const [form] = Form.useForm<TMappingValues>();
  const csv = file && !isSpreadsheet(file) ? file : undefined;
  const preview = useImportPreview(csv);
  const run = useImportCsv();
  const journey = journeys.data?.find((j) => j.key === journeyKey) ?? journeys.data?.[0];
  const start = async () => {
    if (!csv || !journey || !preview.data) return;
    const values = await form.validateFields();
    const mapping = toMapping(values);
    saveMapping(workspace, preview.data.header, mapping);
    setProgress(0);
    run.mutate({ file: csv, journey: journey.key, mapping, onProgress: setProgress });
  };
  const choose = (next: File) => {
    setFile(next);
    run.reset();
    return false;
  };
  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Data in')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('Import moments from a CSV or Excel file, with the same rules as the mot import command.')}
        </Typography.Text>{' '}
        <Link to="reviews">{t('Import online reviews')}</Link>
      </div>
      <QueryState
        query={journeys}
        isEmpty={(list) => list.length === 0}
        empty={<Empty description={t('No journey yet. Create one from an industry pack under Journeys.')} />}
      >
        {(list) => (
          <>
            <Card title={t('1. Journey and file')}>
              <Flex vertical gap={token.margin}>
                <Flex align="center" gap={token.marginSM} wrap>
                  <Typography.Text id="data-in-journey">
                    {t('The moments belong to the journey')}
                  </Typography.Text>
                  <Select
                    aria-labelledby="data-in-journey"
                    style={{ minWidth: 240 }}
                    value={journey?.key}
                    onChange={(key: string) => {
                      setJourneyKey(key);
                      run.reset();
                    }}
                    options={list.map((j) => ({ value: j.key, label: localName(j) }))}
                  />
                </Flex>
                <Upload.Dragger
                  accept=".csv,.tsv,.xlsx,.xls,text/csv"
                  multiple={false}
                  showUploadList={false}
                  beforeUpload={choose}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">
                    {file ? file.name : t('Click or drop a CSV or Excel (.xlsx) file here')}
                  </p>
                  <p className="ant-upload-hint">
                    {file
                      ? t('{{size}} KB · choose another file to replace it', {
                          size: formatNumber(file.size / 1024, 1),
                        })
                      : t(
                          'CSV in UTF-8, or the first sheet of an .xlsx workbook, with the column names on the first line. Nothing is imported before you confirm.',
                        )}
                  </p>
                </Upload.Dragger>
                {file && isSpreadsheet(file) && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('Old Excel files (.xls) are not read.')}
                    description={t(
                      'In Excel, save the workbook as .xlsx, or the sheet as “CSV UTF-8 (comma delimited)”, and choose that file.',
                    )}
                  />
                )}
              </Flex>
            </Card>
            {csv && (
              <Card title={t('2. Columns')}>
                <QueryState query={preview} rows={6}>
                  {(found) => (
                    <Flex vertical gap={token.margin}>
                      <Typography.Text type="secondary">
                        {t(
                          'Check which column holds each field. Guessed from the column names; a file with the same columns gets the mapping used last time.',
                        )}
                      </Typography.Text>
                      <FileSample header={found.header} rows={found.rows} />
                      <MappingForm
                        key={`${csv.name}:${csv.lastModified}:${journey?.key ?? ''}`}
                        form={form}
                        header={found.header}
                        journey={journey}
                        initial={initialValues(
                          loadMapping(workspace, found.header) ?? found.mapping,
                          found.header,
                          journey,
                        )}
                      />
                    </Flex>
                  )}
                </QueryState>
              </Card>
            )}
            {csv && preview.data && (
              <Card title={t('3. Import')}>
                <Flex vertical gap={token.margin}>
                  <div>
                    <Button
                      type="primary"
                      icon={<UploadOutlined />}
                      loading={run.isPending}
                      onClick={() => void start().catch(() => undefined)}
                    >
                      {t('Import {{file}}', { file: csv.name })}
                    </Button>
                  </div>
                  {(run.isPending || run.isSuccess) && (
                    <div>
                      <Progress
                        percent={Math.round((run.isSuccess ? 1 : progress) * 100)}
                        status={run.isPending ? 'active' : 'success'}
                        aria-label={t('Import progress')}
                      />
                      <Typography.Text type="secondary">
                        {run.isPending
                          ? progress < 1
                            ? t('Sending the file…')
                            : t('Reading, checking and storing the rows…')
                          : t('Done.')}
                      </Typography.Text>
                    </div>
                  )}
                  {run.isError && (
                    <Alert
                      type="error"
                      showIcon
                      title={t('The file was not imported.')}
                      description={
                        run.error instanceof ApiError ? run.error.message : t('The server cannot be reached')
                      }
                    />
                  )}
                  {run.data && <ImportSummary result={run.data} fileName={csv.name} />}
                </Flex>
              </Card>
            )}
          </>
        )}
      </QueryState>
    </Flex>
  );
}
