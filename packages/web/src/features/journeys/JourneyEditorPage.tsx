import { Alert, Button, Card, Flex, Form, Input, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useJourney } from '../../lib/journeys.ts';
import { useSaveJourney } from './api.ts';
import { describeProblem } from './problem-message.ts';
import type { TJourneyValues } from './editor-values.ts';
import { toJourneyDoc } from './editor-values.ts';
import { StagesEditor } from './StagesEditor.tsx';
import { TouchpointsEditor } from './TouchpointsEditor.tsx';

/** The journey editor: the whole document in one form, saved as a whole and validated as a whole. */
export default function JourneyEditorPage() {
  const { journey: key = '' } = useParams();
  const journey = useJourney(key);
  return (
    <QueryState query={journey} rows={10}>
      {(doc) => <JourneyForm journey={doc} />}
    </QueryState>
  );
}

function JourneyForm({ journey }: { journey: TJourneyDoc }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [form] = Form.useForm<TJourneyValues>();
  const save = useSaveJourney();
  const [problems, setProblems] = useState<number | null>(null);
  const stages = Form.useWatch('stages', form) ?? journey.stages;
  const stageKeys = stages.map((s) => s?.key).filter((k): k is string => Boolean(k));

  const submit = (values: TJourneyValues) => {
    setProblems(null);
    save.mutate(toJourneyDoc(values, journey.key), {
      onSuccess: () => void navigate('..', { relative: 'path' }),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const issues =
          error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
        // The server names each problem's field by its path in the document, which is the form's field name.
        // Paths come from the server at run time; the form's typed names cannot list them in advance.
        type TFields = Parameters<typeof form.setFields>[0];
        const fields = issues
          .filter((i) => i.path.length > 0)
          .map((i) => ({ name: i.path, errors: [describeProblem(i.message, t)] }));
        form.setFields(fields as TFields);
        setProblems(issues.length);
        const first = issues[0];
        if (first && first.path.length > 0)
          form.scrollToField(first.path as TFields[number]['name'], { block: 'center' });
      },
    });
  };

  return (
    <Form<TJourneyValues>
      form={form}
      layout="vertical"
      initialValues={journey}
      onFinish={submit}
      scrollToFirstError
    >
      <Flex vertical gap={token.margin}>
        <Flex justify="space-between" align="center" wrap gap={token.margin}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Edit journey: {{name}}', { name: localName(journey) })}
          </Typography.Title>
          <Flex gap={token.marginSM}>
            <Button onClick={() => void navigate('..', { relative: 'path' })}>{t('Cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('Save journey')}
            </Button>
          </Flex>
        </Flex>
        {problems !== null && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('The journey was not saved. Problems found: {{count}}; each is shown at its field.', {
              count: problems,
            })}
          />
        )}
        {save.isError && !(save.error instanceof ApiError) && (
          <Alert type="error" showIcon title={t('The journey could not be saved.')} />
        )}
        <Card size="small" title={t('Journey')}>
          <Flex gap={token.margin} wrap>
            <Form.Item name="name" label={t('Name')} rules={[{ required: true, message: t('Enter a name') }]}>
              <Input style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name={['names', 'zh-CN']} label={t('Chinese name')}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="description" label={t('Description')} style={{ flex: 1, minWidth: 240 }}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Flex>
        </Card>
        <StagesEditor />
        <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeLG }}>
          {t('Touchpoints')}
        </Typography.Title>
        <TouchpointsEditor stageKeys={stageKeys} />
      </Flex>
    </Form>
  );
}
