import { Form, Input, Modal, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KanoFeaturesField, kanoFeatureNames } from '../../components/KanoFeaturesField.tsx';
import type { TKanoFeatureValues } from '../../components/KanoFeaturesField.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { KEY_PATTERN, keyFromName } from '../../lib/keys.ts';
import type { TStudy } from './api.ts';
import { useCreateStudy } from './api.ts';

type TValues = { key: string; name: string; features?: TKanoFeatureValues[] };

/** The form field a server path names: `features.0.key` is the first feature's key. */
function fieldOf(path: (string | number)[]): (string | number)[] {
  const [head, index, field] = path;
  if (head === 'features' && typeof index === 'number') {
    if (field === 'name') return ['features', index, 'zh'];
    return field === undefined ? ['features'] : ['features', index, field];
  }
  return head === 'name' || head === 'key' ? [head] : ['key'];
}

/**
 * A new study: a KANO questionnaire from a feature list (each feature named in Chinese and English; the
 * questions are written from the names in both languages), or the 22-item SERVQUAL instrument with its
 * importance allocation. Problems the server names land at their field.
 */
export function NewStudyDialog({
  kind,
  onClose,
  onCreated,
}: {
  kind: 'kano' | 'servqual' | null;
  onClose: () => void;
  onCreated: (study: TStudy) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const create = useCreateStudy();
  const tail = useMemo(() => Math.random().toString(36).slice(2, 6), []);

  const submit = (values: TValues) => {
    if (!kind) return;
    const body =
      kind === 'kano'
        ? {
            kind,
            key: values.key,
            name: values.name,
            status: 'draft' as const,
            features: (values.features ?? []).map((f) => ({ key: f.key, name: kanoFeatureNames(f) })),
          }
        : { kind, key: values.key, name: values.name, status: 'draft' as const };
    create.mutate(body, {
      onSuccess: (study) => {
        form.resetFields();
        onCreated(study);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const issues =
          error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
        type TFields = Parameters<typeof form.setFields>[0];
        form.setFields(issues.map((i) => ({ name: fieldOf(i.path), errors: [i.message] })) as TFields);
      },
    });
  };

  return (
    <Modal
      open={kind !== null}
      title={kind === 'kano' ? t('New KANO study') : t('New SERVQUAL study')}
      okText={t('Create study')}
      cancelText={t('Cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <Form<TValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        onValuesChange={(changed: Partial<TValues>) => {
          if (changed.name !== undefined && !form.isFieldTouched('key')) {
            form.setFieldsValue({ key: keyFromName(changed.name, 'study', tail) });
          }
        }}
      >
        <Typography.Paragraph type="secondary">
          {kind === 'kano'
            ? t(
                'For each feature, customers say how they would feel if it were there and if it were not; the answers sort the features into must-be, one-dimensional, attractive and indifferent.',
              )
            : t(
                'The 22 statements of the five service quality dimensions, asked as what customers expect and what they found, then 100 points shared among the dimensions by importance.',
              )}
        </Typography.Paragraph>
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
        {kind === 'kano' && <KanoFeaturesField />}
      </Form>
    </Modal>
  );
}
