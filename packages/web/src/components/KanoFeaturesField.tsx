import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { KEY_PATTERN } from '../lib/keys.ts';

/** One feature as the form holds it: a key and its name in Chinese, English or both. */
export type TKanoFeatureValues = { key: string; zh?: string; en?: string };

/** The feature's names as the API takes them (`zh-CN` and `en`), blank ones left out. */
export function kanoFeatureNames(feature: TKanoFeatureValues): { 'zh-CN'?: string; en?: string } {
  const zh = feature.zh?.trim();
  const en = feature.en?.trim();
  return { ...(zh ? { 'zh-CN': zh } : {}), ...(en ? { en } : {}) };
}

const BLANK: TKanoFeatureValues = { key: '', zh: '', en: '' };

/**
 * The KANO features a questionnaire asks about, as the form field `features`: a key and a name in Chinese
 * or English (or both) per feature, at least one feature. Used by the new-survey (KANO template) and the
 * new-study dialogs.
 */
export function KanoFeaturesField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('Features to ask about')} required>
      <Form.List
        name="features"
        initialValue={[BLANK]}
        rules={[
          {
            validator: (_, value: unknown[] | undefined) =>
              value && value.length > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('Add at least one feature'))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={4}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={[field.name, 'key']}
                  style={{ marginBottom: 4, width: 140 }}
                  rules={[
                    { required: true, message: t('Give it a key') },
                    { pattern: KEY_PATTERN, message: t('Lower-case letters, digits, dashes and _') },
                  ]}
                >
                  <Input placeholder={t('Key')} aria-label={t('Key of feature {{n}}', { n: i + 1 })} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'zh']}
                  style={{ marginBottom: 4, flex: 1 }}
                  dependencies={[['features', field.name, 'en']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, value: string | undefined) =>
                        value?.trim() || String(getFieldValue(['features', field.name, 'en']) ?? '').trim()
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('Name it in Chinese or English'))),
                    }),
                  ]}
                >
                  <Input
                    placeholder={t('Chinese')}
                    aria-label={t('Chinese name of feature {{n}}', { n: i + 1 })}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'en']} style={{ marginBottom: 4, flex: 1 }}>
                  <Input
                    placeholder={t('English')}
                    aria-label={t('English name of feature {{n}}', { n: i + 1 })}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('Remove feature {{n}}', { n: i + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ ...BLANK })}>
              {t('Add a feature')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
