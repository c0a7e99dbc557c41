import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { channelLabel, directionLabel } from './labels.ts';

const CHANNELS = [
  'phone',
  'store',
  'on_site',
  'app',
  'web',
  'sms',
  'wechat',
  'email',
  'chat',
  'mail',
  'other',
];

/** The measures of one touchpoint: unit, direction, service standard (target) and tolerance floor. */
function MeasuresEditor({ touchpoint }: { touchpoint: number }) {
  const { t } = useTranslation();
  return (
    <Form.List name={[touchpoint, 'measures']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" wrap>
              <Form.Item
                name={[field.name, 'key']}
                label={t('Measure')}
                rules={[{ required: true, message: t('Enter a key') }]}
              >
                <Input style={{ width: 170 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'unit']}
                label={t('Unit')}
                rules={[{ required: true, message: t('Enter a unit') }]}
              >
                <Input style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'direction']} label={t('Direction')}>
                <Select
                  style={{ width: 150 }}
                  options={['lower_is_better', 'higher_is_better'].map((d) => ({
                    value: d,
                    label: directionLabel(d, t),
                  }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'standard', 'target']} label={t('Standard')}>
                <InputNumber
                  aria-label={t('Touchpoint {{tp}} measure {{n}} standard', {
                    tp: touchpoint + 1,
                    n: index + 1,
                  })}
                  style={{ width: 100 }}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'standard', 'floor']} label={t('Tolerance floor')}>
                <InputNumber
                  aria-label={t('Touchpoint {{tp}} measure {{n}} tolerance floor', {
                    tp: touchpoint + 1,
                    n: index + 1,
                  })}
                  style={{ width: 100 }}
                />
              </Form.Item>
              <Button
                aria-label={t('Remove measure')}
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({ direction: 'lower_is_better' })}>
            {t('Add measure')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The touchpoints: stage, channel, owner department and measures. */
export function TouchpointsEditor({ stageKeys }: { stageKeys: string[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Form.List name="touchpoints">
      {(fields, { add, remove }) => (
        <Flex vertical gap={token.margin}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('Touchpoint {{n}}', { n: index + 1 })}
              extra={
                <Button
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('Remove touchpoint {{n}}', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Space align="start" wrap>
                <Form.Item
                  name={[field.name, 'key']}
                  label={t('Key')}
                  rules={[{ required: true, message: t('Enter a key') }]}
                >
                  <Input style={{ width: 170 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('Name')}
                  rules={[{ required: true, message: t('Enter a name') }]}
                >
                  <Input style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'names', 'zh-CN']} label={t('Chinese name')}>
                  <Input style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'stage']} label={t('Stage')}>
                  <Select style={{ width: 170 }} options={stageKeys.map((k) => ({ value: k, label: k }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'channel']} label={t('Channel')}>
                  <Select
                    style={{ width: 120 }}
                    options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c, t) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'owner']}
                  label={t('Owner department')}
                  rules={[{ required: true, message: t('Enter a department') }]}
                >
                  <Input style={{ width: 170 }} />
                </Form.Item>
              </Space>
              <MeasuresEditor touchpoint={field.name} />
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ channel: 'phone', stage: stageKeys[0], measures: [] })}
          >
            {t('Add touchpoint')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
