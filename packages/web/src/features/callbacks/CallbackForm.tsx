import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Rate,
  Skeleton,
  theme,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useCallbackDetail, useRecordAttempt } from './api.ts';
import type { TCallbackDetail } from './api.ts';
import { CallbackStateTag } from './CallbackStateTag.tsx';
import { usePhoneSurvey } from './phone-survey-api.ts';
import { PhoneSurveyForm } from './PhoneSurveyForm.tsx';

/** The script the agent reads, line by line, in the app's language. */
function CallbackScript({ script }: { script: TCallbackDetail['script'] }) {
  const { t } = useTranslation();
  // A line the call does not read (a routine callback says nothing of what was done) is not shown.
  const lines: Array<[string, string | undefined]> = [
    [t('Greeting'), script.greeting],
    [t('Opening'), script.opening],
    [t('Apology'), script.apology],
    [t('What we did'), script.action],
    [t('Ask'), script.solvedQuestion],
    [t('Satisfaction'), script.satisfactionQuestion],
    [t('Closing'), script.closing],
  ];
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={lines
        .filter((line): line is [string, string] => line[1] !== undefined)
        .map(([label, text]) => ({ key: label, label, children: text }))}
    />
  );
}

type TFormValues = { reached: 'yes' | 'no'; solved?: 'yes' | 'no'; satisfaction?: number; note?: string };

/**
 * The form of one attempt: reached or not; if reached, solved? and a 1-5 satisfaction. A survey by phone
 * asks none of that: a reached call is recorded by the survey's answers (PhoneSurveyForm), so here only a
 * call not answered is recorded.
 */
function AttemptForm({ detail, surveyByPhone }: { detail: TCallbackDetail; surveyByPhone: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TFormValues>();
  const reached = Form.useWatch('reached', form);
  const record = useRecordAttempt(detail.id);
  const [error, setError] = useState<string | undefined>();
  const submit = (v: TFormValues) => {
    setError(undefined);
    const body =
      v.reached === 'yes'
        ? {
            reached: true,
            solved: v.solved === 'yes',
            ...(v.satisfaction ? { satisfaction: v.satisfaction } : {}),
            ...(v.note ? { note: v.note } : {}),
          }
        : { reached: false, ...(v.note ? { note: v.note } : {}) };
    record.mutate(body, {
      onSuccess: () => form.resetFields(),
      onError: (e) => setError(e instanceof ApiError ? e.message : t('This could not be saved.')),
    });
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ reached: surveyByPhone ? 'no' : 'yes' }}
    >
      {surveyByPhone ? (
        <Typography.Paragraph type="secondary">
          {t('When the customer answers, record the survey’s answers above; here, a call not answered.')}
        </Typography.Paragraph>
      ) : (
        <Form.Item name="reached" label={t('Did the customer answer?')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'yes', label: t('Reached') },
              { value: 'no', label: t('Not reached') },
            ]}
          />
        </Form.Item>
      )}
      {reached === 'yes' && !surveyByPhone && (
        <>
          <Form.Item
            name="solved"
            label={t('Is the problem solved?')}
            rules={[{ required: true, message: t('Say whether the problem is solved') }]}
          >
            <Radio.Group
              options={[
                { value: 'yes', label: t('Solved') },
                { value: 'no', label: t('Not solved') },
              ]}
            />
          </Form.Item>
          <Form.Item name="satisfaction" label={t('Satisfaction with the handling (1-5)')}>
            <Rate count={5} />
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label={t('Note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {/* For a survey by phone the answers above are the main action: a missed call is the lesser one. */}
      <Button type={surveyByPhone ? 'default' : 'primary'} htmlType="submit" loading={record.isPending}>
        {surveyByPhone ? t('Record: not reached') : t('Record the attempt')}
      </Button>
    </Form>
  );
}

/**
 * One callback: its state, the script to read, the attempts so far and, while it is planned, the form of
 * the next attempt (when `mayWork`).
 */
export function CallbackForm({ id, mayWork }: { id: number; mayWork: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const detail = useCallbackDetail(id);
  // A survey by phone (null for any other callback) takes a different attempt form.
  const phoneSurvey = usePhoneSurvey(id);
  if (detail.isPending) return <Skeleton active />;
  if (detail.isError) return <Alert type="error" showIcon title={t('This could not be loaded.')} />;
  const d = detail.data;
  const open = d.state === 'planned' || d.state === 'due';
  return (
    <Flex vertical gap={token.margin}>
      <Flex gap={token.marginSM} align="center" wrap>
        <CallbackStateTag state={d.state} />
        <Typography.Text type="secondary">
          {t('Attempt {{attempts}} of {{max}}', { attempts: d.attempts, max: d.maxAttempts })}
          {open && d.nextAttemptAt ? ` · ${t('next at')} ${formatDateTime(d.nextAttemptAt)}` : ''}
        </Typography.Text>
        {d.solved !== null && (
          <Typography.Text>
            {d.solved ? t('Solved') : t('Not solved')}
            {d.satisfaction !== null ? ` · ${d.satisfaction}/5` : ''}
          </Typography.Text>
        )}
      </Flex>
      <CallbackScript script={d.script} />
      <PhoneSurveyForm callback={d.id} mayWork={open && mayWork} />
      {d.attemptLog.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          title={t('Attempts')}
          items={d.attemptLog.map((a) => ({
            key: a.attempt,
            label: `${a.attempt}. ${formatDateTime(a.at)}`,
            children: [
              a.reached ? t('Reached') : t('Not reached'),
              a.solved === null ? '' : a.solved ? t('Solved') : t('Not solved'),
              a.satisfaction === null ? '' : `${a.satisfaction}/5`,
              a.note ?? '',
            ]
              .filter((x) => x !== '')
              .join(' · '),
          }))}
        />
      )}
      {open && mayWork && !phoneSurvey.isPending && (
        <AttemptForm detail={d} surveyByPhone={phoneSurvey.data != null} />
      )}
    </Flex>
  );
}
