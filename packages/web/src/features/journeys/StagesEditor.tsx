import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { stageKindLabel } from './labels.ts';

const KINDS = ['pre_contact', 'delivery', 'problem_handling', 'follow_up', 'custom'];

/** The journey's stages, in order: key, names and kind. */
export function StagesEditor() {
  const { t } = useTranslation();
  return (
    <Card title={t('Stages')} size="small">
      <Form.List name="stages">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item
                  name={[field.name, 'key']}
                  label={t('Key')}
                  rules={[{ required: true, message: t('Enter a key') }]}
                >
                  <Input aria-label={t('Stage {{n}} key', { n: index + 1 })} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('Name')}
                  rules={[{ required: true, message: t('Enter a name') }]}
                >
                  <Input style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'names', 'zh-CN']} label={t('Chinese name')}>
                  <Input style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} label={t('Kind')}>
                  <Select
                    style={{ width: 160 }}
                    options={KINDS.map((k) => ({ value: k, label: stageKindLabel(k, t) }))}
                  />
                </Form.Item>
                <Button
                  aria-label={t('Remove stage {{n}}', { n: index + 1 })}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'custom' })}>
              {t('Add stage')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
