import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { usePhoneSurvey, useRecordPhoneAnswers } from './phone-survey-api.ts';
import { itemText, itemValue, textOf } from './survey-text.ts';
import type { TItem, TLocale, TQuestion } from './survey-text.ts';

const choicesOf = (q: TQuestion, locale: TLocale) =>
  ((q['choices'] ?? q['rateValues'] ?? []) as TItem[]).map((item) => ({
    value: itemValue(item),
    label: itemText(item, locale),
  }));

function ratingOptions(q: TQuestion, locale: TLocale) {
  if (Array.isArray(q['rateValues'])) return choicesOf(q, locale);
  const min = typeof q['rateMin'] === 'number' ? q['rateMin'] : 1;
  const max = typeof q['rateMax'] === 'number' ? q['rateMax'] : 5;
  return Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, label: String(min + i) }));
}

/** One question as the agent asks it: its field in the customer's language. */
function QuestionField({ q, locale }: { q: TQuestion; locale: TLocale }) {
  const { t } = useTranslation();
  const label = textOf(q['title'], locale, q.name);
  // A question the survey requires is required of the agent too, before the server refuses the answers.
  const rules = q['isRequired'] === true ? [{ required: true, message: t('Required') }] : undefined;
  switch (q.type) {
    case 'rating':
      return (
        <Form.Item name={q.name} label={label} rules={rules}>
          <Radio.Group optionType="button" buttonStyle="solid" options={ratingOptions(q, locale)} />
        </Form.Item>
      );
    case 'radiogroup':
      return (
        <Form.Item name={q.name} label={label} rules={rules}>
          <Radio.Group options={choicesOf(q, locale)} />
        </Form.Item>
      );
    case 'dropdown':
      return (
        <Form.Item name={q.name} label={label} rules={rules}>
          <Select options={choicesOf(q, locale)} allowClear aria-label={label} />
        </Form.Item>
      );
    case 'checkbox':
      return (
        <Form.Item name={q.name} label={label} rules={rules}>
          <Checkbox.Group options={choicesOf(q, locale)} />
        </Form.Item>
      );
    case 'boolean':
      return (
        <Form.Item name={q.name} label={label} rules={rules}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('Yes') },
              { value: false, label: t('No') },
            ]}
          />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item name={q.name} label={label} rules={rules}>
          <Input maxLength={typeof q['maxLength'] === 'number' ? q['maxLength'] : 2000} />
        </Form.Item>
      );
    case 'comment':
      return (
        <Form.Item name={q.name} label={label} rules={rules}>
          <Input.TextArea rows={2} maxLength={typeof q['maxLength'] === 'number' ? q['maxLength'] : 2000} />
        </Form.Item>
      );
    default:
      return null;
  }
}

/**
 * The survey of a callback planned by the phone channel: its questions in the customer's language, for the
 * agent to read out and record the answers, which then take the survey link's answer path. Nothing when the
 * callback is not a survey by phone.
 */
export function PhoneSurveyForm({ callback, mayWork }: { callback: number; mayWork: boolean }) {
  const { t } = useTranslation();
  const survey = usePhoneSurvey(callback);
  const record = useRecordPhoneAnswers(callback);
  const [error, setError] = useState<string | undefined>();
  const [form] = Form.useForm<Record<string, unknown>>();
  if (!survey.data) return null;
  const s = survey.data;
  const locale: TLocale = s.language === 'zh-CN' ? 'zh-cn' : 'default';
  const title = t('Survey by phone: {{survey}}', { survey: s.form?.name ?? s.survey });
  if (!s.form) {
    return (
      <Card size="small" title={title}>
        <Typography.Text type="secondary" data-testid="phone-survey-closed">
          {s.closed === 'answered' ? t('The answers are recorded.') : t('The survey link has expired.')}
        </Typography.Text>
      </Card>
    );
  }
  const questions = (s.form.definition.pages as Array<{ elements: TQuestion[] }>).flatMap((p) => p.elements);
  const submit = (values: Record<string, unknown>) => {
    setError(undefined);
    const answers = Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
    );
    record.mutate(answers, {
      onError: (e) => setError(e instanceof ApiError ? e.message : t('This could not be saved.')),
    });
  };
  return (
    <Card size="small" title={title}>
      <Typography.Paragraph type="secondary">
        {t('Read the questions in the customer’s language ({{language}}) and record the answers.', {
          language: s.language === 'zh-CN' ? '中文' : 'English',
        })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} disabled={!mayWork}>
        {questions.map((q) => (
          <QuestionField key={q.name} q={q} locale={locale} />
        ))}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {mayWork && (
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t('Record the survey answers')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
