import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, theme } from 'antd';
import { useTranslation } from 'react-i18next';

/** Rows of a segment in a form: a customer attribute and the values accepted for it. */
export function SegmentRows({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Form.Item label={label} name={name} style={{ marginBottom: 0 }}>
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={token.marginXS}>
            {rows.map((row) => (
              <Flex key={row.key} gap={token.marginXS} align="start">
                <Form.Item name={[row.name, 'attribute']} rules={[{ required: true, max: 100 }]} noStyle>
                  <Input
                    placeholder={t('Attribute, e.g. region')}
                    aria-label={t('Attribute')}
                    style={{ width: 180 }}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'values']} rules={[{ required: true }]} noStyle>
                  <Select
                    mode="tags"
                    open={false}
                    placeholder={t('Values, e.g. east')}
                    aria-label={t('Values')}
                    style={{ flex: 1 }}
                    tokenSeparators={[',']}
                  />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t('Remove')} onClick={() => remove(row.name)} />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ attribute: '', values: [] })}
              style={{ alignSelf: 'start' }}
            >
              {t('Add an attribute')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
