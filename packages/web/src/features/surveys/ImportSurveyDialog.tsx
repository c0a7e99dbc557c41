import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TSurveyDetail } from './api.ts';
import { useCreateSurvey } from './api.ts';
import type { TUploaded } from './form-errors.ts';
import { formFieldOf, readUploaded } from './form-errors.ts';
import { describeSurveyProblem } from './problem-message.ts';
import { KEY_PATTERN, keyFromName } from '../../lib/keys.ts';

type TValues = { key: string; name: string; journey?: string | null };

/**
 * Imports a survey from a JSON file: one exported by mot (its key, name and journey come with it) or a
 * plain SurveyJS definition. The server checks it; each problem shows at the field it names, a problem
 * inside the definition with the place in the file.
 */
export function ImportSurveyDialog({
  open,
  journeys,
  onClose,
  onCreated,
}: {
  open: boolean;
  journeys: TJourneyDoc[];
  onClose: () => void;
  onCreated: (survey: TSurveyDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const create = useCreateSurvey();
  const [file, setFile] = useState<{ name: string; read: TUploaded } | null>(null);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const tail = useMemo(() => Math.random().toString(36).slice(2, 6), []);

  const choose = async (chosen: File) => {
    const read = readUploaded(await chosen.text());
    setFile({ name: chosen.name, read });
    setFileProblems([]);
    if (read.ok) {
      const name = read.name ?? chosen.name.replace(/(\.survey)?\.json$/i, '');
      form.setFieldsValue({
        name,
        key: read.key ?? keyFromName(name, 'survey', tail),
        journey: read.journey ?? null,
      });
    }
  };

  const submit = (values: TValues) => {
    if (!file?.read.ok) return;
    create.mutate(
      {
        key: values.key,
        name: values.name,
        journey: values.journey ?? null,
        status: 'draft',
        definition: file.read.definition as never,
      },
      {
        onSuccess: (survey) => {
          form.resetFields();
          setFile(null);
          onCreated(survey);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const issues =
            error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
          const inFile = issues.filter((i) => formFieldOf(i.path)[0] === 'definition' || i.path.length === 0);
          setFileProblems(
            inFile.map((i) => {
              const where = i.path.slice(1).join('.');
              const message = describeSurveyProblem(i.message, t);
              return where ? `${where}: ${message}` : message;
            }),
          );
          type TFields = Parameters<typeof form.setFields>[0];
          form.setFields(
            issues
              .filter((i) => !inFile.includes(i))
              .map((i) => ({
                name: formFieldOf(i.path),
                errors: [describeSurveyProblem(i.message, t)],
              })) as TFields,
          );
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('Import a survey')}
      okText={t('Import')}
      cancelText={t('Cancel')}
      okButtonProps={{ disabled: !file?.read.ok }}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('A JSON file exported by mot, or a SurveyJS survey made elsewhere.')}
      </Typography.Paragraph>
      <Upload
        accept=".json,application/json"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(chosen) => {
          void choose(chosen);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{file ? file.name : t('Choose a file')}</Button>
      </Upload>
      {file && !file.read.ok && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          message={
            file.read.reason === 'not_json'
              ? t('This file is not JSON.')
              : t('This file is not a survey: a SurveyJS survey has "pages".')
          }
        />
      )}
      {fileProblems.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          message={t('The survey in this file has problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {fileProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {file?.read.ok && (
        <Form<TValues> form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={submit}>
          <Form.Item name="name" label={t('Name')} rules={[{ required: true, message: t('Give it a name') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="key"
            label={t('Key')}
            rules={[
              { required: true, message: t('Give it a key') },
              { pattern: KEY_PATTERN, message: t('Lower-case letters, digits, dashes and _') },
            ]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="journey" label={t('Journey')}>
            <Select
              allowClear
              placeholder={t('No journey')}
              options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
