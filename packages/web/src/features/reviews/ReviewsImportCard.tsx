import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Select, Table, theme, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../lib/api/schema.d.ts';
import { localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

type TReviewImport = components['schemas']['ReviewImport'];
type TForm = { journey: string; touchpoint: string; store: string };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Online reviews (a CSV or XLSX of platform, date, store, rating, text) into moments at a review
 * touchpoint, through POST /api/reviews/import; the rows not taken are listed with their line and column.
 */
export function ReviewsImportCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const workspace = useWorkspaceKey();
  const journeys = useJourneyList();
  const [file, setFile] = useState<File>();
  const [form] = Form.useForm<TForm>();
  // The journeys arrive after the form is drawn: its initial values have passed, so the first is set here.
  useEffect(() => {
    const first = journeys.data?.[0]?.key;
    if (first && !form.getFieldValue('journey')) form.setFieldValue('journey', first);
  }, [journeys.data, form]);
  const run = useMutation({
    mutationFn: async (values: TForm & { file: File }) => {
      const xlsx = values.file.name.toLowerCase().endsWith('.xlsx');
      const mapping = {
        journey: values.journey,
        touchpoint: values.touchpoint,
        columns: {
          platform: 'platform',
          date: 'date',
          rating: 'rating',
          text: 'text',
          ...(values.store.trim() !== '' ? { store: values.store.trim() } : {}),
        },
      };
      const query = new URLSearchParams({ name: values.file.name, mapping: JSON.stringify(mapping) });
      const res = await fetch(`/api/reviews/import?${query.toString()}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': xlsx ? XLSX_TYPE : 'text/csv', 'X-Workspace': workspace },
        body: values.file,
      });
      const body = (await res.json()) as TReviewImport & { error?: { message: string } };
      if (!res.ok) throw new Error(body.error?.message ?? String(res.status));
      return body;
    },
  });
  const start = async () => {
    if (!file) return;
    const values = await form.validateFields();
    run.mutate({ ...values, file });
  };
  return (
    <Card title={t('Online reviews')}>
      <Flex vertical gap={token.margin}>
        <Typography.Text type="secondary">
          {t(
            'A CSV or Excel file with the columns platform, date, rating, text and optionally store: each review becomes a moment at the touchpoint below, its text scored like any comment.',
          )}
        </Typography.Text>
        <Form
          form={form}
          layout="inline"
          initialValues={{ journey: journeys.data?.[0]?.key, touchpoint: 'review', store: 'store' }}
        >
          <Form.Item name="journey" label={t('Journey')} rules={[{ required: true, message: t('Required') }]}>
            <Select
              style={{ minWidth: 200 }}
              options={(journeys.data ?? []).map((j) => ({ value: j.key, label: localName(j) }))}
            />
          </Form.Item>
          <Form.Item
            name="touchpoint"
            label={t('Touchpoint')}
            rules={[{ required: true, message: t('Required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="store" label={t('Store column')}>
            <Input />
          </Form.Item>
        </Form>
        <Flex gap={token.marginSM} align="center" wrap>
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            beforeUpload={(f) => (setFile(f), run.reset(), false)}
          >
            <Button icon={<UploadOutlined />}>{t('Choose a file')}</Button>
          </Upload>
          {file && <Typography.Text>{file.name}</Typography.Text>}
          <Button
            type="primary"
            disabled={!file}
            loading={run.isPending}
            onClick={() => void start().catch(() => undefined)}
          >
            {t('Import reviews')}
          </Button>
        </Flex>
        {run.isError && (
          <Alert
            type="error"
            showIcon
            title={t('The file was not imported.')}
            description={run.error.message}
          />
        )}
        {run.data && (
          <Flex vertical gap={token.marginSM}>
            <Typography.Text>
              {t('{{created}} reviews imported, {{duplicates}} already there, {{rejected}} rejected', {
                created: run.data.created,
                duplicates: run.data.duplicates,
                rejected: run.data.rejected,
              })}
            </Typography.Text>
            {run.data.rejects.length > 0 && (
              <Table
                size="small"
                rowKey={(r) => `${r.line}:${r.column}`}
                pagination={false}
                dataSource={run.data.rejects}
                columns={[
                  { title: t('Line'), dataIndex: 'line' },
                  { title: t('Column'), dataIndex: 'column' },
                  { title: t('Reason'), dataIndex: 'message' },
                ]}
              />
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
