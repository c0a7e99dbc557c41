import { Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KanoFeaturesField, kanoFeatureNames } from '../../components/KanoFeaturesField.tsx';
import type { TKanoFeatureValues } from '../../components/KanoFeaturesField.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import { KEY_PATTERN, keyFromName } from '../../lib/keys.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TSurveyDetail, TTemplateName } from './api.ts';
import { useCreateSurvey, useSurveyTemplates } from './api.ts';
import { blankDefinition } from './definition-model.ts';
import { formFieldOf } from './form-errors.ts';
import { templateLabel } from './labels.ts';

type TValues = {
  key: string;
  name: string;
  journey?: string;
  start: 'template' | 'blank';
  template?: TTemplateName;
  touchpoint?: string;
  features?: TKanoFeatureValues[];
};

/**
 * A new survey: key, name and journey, then a template (with the touchpoint or the KANO features it needs)
 * or a blank page. Problems the server names land at their field.
 */
export function NewSurveyDialog({
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
  const templates = useSurveyTemplates();
  const create = useCreateSurvey();
  const start = Form.useWatch('start', form) ?? 'template';
  const template = Form.useWatch('template', form);
  const journeyKey = Form.useWatch('journey', form);
  const tail = useMemo(() => Math.random().toString(36).slice(2, 6), []);
  const needs = templates.data?.find((x) => x.template === template)?.needs ?? null;
  const journey = journeys.find((j) => j.key === journeyKey);

  const submit = (values: TValues) => {
    // Core's KANO feature: a name used in both languages, and the names in each where given.
    const features = (values.features ?? []).map((f) => {
      const names = kanoFeatureNames(f);
      return { key: f.key, name: names.en ?? names['zh-CN'] ?? f.key, names };
    });
    create.mutate(
      {
        key: values.key,
        name: values.name,
        journey: values.journey ?? null,
        status: 'draft',
        ...(values.start === 'blank' || !values.template
          ? { definition: blankDefinition() as never }
          : {
              template: {
                template: values.template,
                ...(needs === 'touchpoint' && values.touchpoint ? { touchpoint: values.touchpoint } : {}),
                ...(needs === 'features' ? { features } : {}),
              },
            }),
      },
      {
        onSuccess: (survey) => {
          form.resetFields();
          onCreated(survey);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const issues =
            error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
          type TFields = Parameters<typeof form.setFields>[0];
          const fields = issues.map((i) => ({
            name: formFieldOf(i.path).length > 0 ? formFieldOf(i.path) : ['key'],
            errors: [i.message],
          }));
          form.setFields(fields as TFields);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('New survey')}
      okText={t('Create survey')}
      cancelText={t('Cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={640}
      destroyOnHidden
    >
      <Form<TValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ start: 'template', template: 'episode_overall' }}
        onFinish={submit}
        onValuesChange={(changed: Partial<TValues>) => {
          if (changed.name !== undefined && !form.isFieldTouched('key')) {
            form.setFieldsValue({ key: keyFromName(changed.name, 'survey', tail) });
          }
          if (changed.journey !== undefined) form.setFieldsValue({ touchpoint: undefined });
        }}
      >
        <Form.Item name="name" label={t('Name')} rules={[{ required: true, message: t('Give it a name') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('Key')}
          extra={t('Lower-case letters, digits and dashes; it names the survey in links and files.')}
          rules={[
            { required: true, message: t('Give it a key') },
            { pattern: KEY_PATTERN, message: t('Lower-case letters, digits, dashes and _') },
          ]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="journey"
          label={t('Journey')}
          extra={t('The journey the survey asks about: its touchpoints can be rated.')}
          rules={[{ required: needs === 'journey' || needs === 'touchpoint', message: t('Pick a journey') }]}
        >
          <Select
            allowClear
            placeholder={t('No journey')}
            options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
          />
        </Form.Item>
        <Form.Item name="start" label={t('Start from')} required>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'template', label: t('A template') },
              { value: 'blank', label: t('A blank page') },
            ]}
          />
        </Form.Item>
        {start === 'template' && (
          <>
            <Form.Item
              name="template"
              label={t('Template')}
              rules={[{ required: true, message: t('Pick a template') }]}
            >
              <Select
                loading={templates.isPending}
                options={(templates.data ?? []).map((x) => ({
                  value: x.template,
                  label: templateLabel(x.template, t),
                }))}
              />
            </Form.Item>
            {needs === 'touchpoint' && (
              <Form.Item
                name="touchpoint"
                label={t('Touchpoint')}
                extra={journey ? undefined : t('Pick the journey first.')}
                rules={[{ required: true, message: t('Pick a touchpoint') }]}
              >
                <Select
                  disabled={!journey}
                  options={(journey?.touchpoints ?? []).map((tp) => ({
                    value: tp.key,
                    label: localName(tp),
                  }))}
                />
              </Form.Item>
            )}
            {needs === 'features' && <KanoFeaturesField />}
          </>
        )}
        {start === 'blank' && (
          <Typography.Text type="secondary">
            {t('An empty page: add the questions in the builder.')}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
