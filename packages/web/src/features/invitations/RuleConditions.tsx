import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { opLabel } from './labels.ts';
import { CONDITION_OPS, takesNoValue, takesOneValue } from './rule-form.ts';
import type { TConditionRow } from './rule-form.ts';

/** One condition of the list: a segment attribute condition or the experience value range. */
function ConditionCard({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const form = Form.useFormInstance();
  const row = Form.useWatch(['conditions', name], form) as TConditionRow | undefined;
  const isAttribute = row?.kind !== 'experience';
  const number = name + 1;
  return (
    <Card
      size="small"
      data-testid={`condition-${number}`}
      title={
        isAttribute
          ? t('Condition {{n}}: segment attribute', { n: number })
          : t('Condition {{n}}: experience value', { n: number })
      }
      extra={
        <Button
          type="text"
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('Remove condition {{n}}', { n: number })}
          onClick={onRemove}
        />
      }
    >
      <Form.Item name={[name, 'kind']} hidden>
        <Input />
      </Form.Item>
      {isAttribute ? (
        <Flex gap={token.margin} align="start">
          <Form.Item
            name={[name, 'attribute']}
            label={t('Segment attribute')}
            rules={[{ required: true, whitespace: true, message: t('Name the attribute') }]}
            style={{ flex: 1, marginBottom: 0 }}
          >
            <Input placeholder="tier" />
          </Form.Item>
          <Form.Item name={[name, 'op']} label={t('Condition')} style={{ width: 150, marginBottom: 0 }}>
            <Select options={CONDITION_OPS.map((op) => ({ value: op, label: opLabel(op, t) }))} />
          </Form.Item>
          {!takesNoValue(row?.op) && (
            <Form.Item name={[name, 'values']} label={t('Values')} style={{ flex: 2, marginBottom: 0 }}>
              <Select
                mode="tags"
                open={false}
                maxCount={takesOneValue(row?.op) ? 1 : undefined}
                placeholder={t('Type a value and press Enter')}
                aria-label={t('Values of condition {{n}}', { n: number })}
              />
            </Form.Item>
          )}
        </Flex>
      ) : (
        <Flex gap={token.margin} align="start">
          <Form.Item name={[name, 'min']} label={t('Experience value from')} style={{ marginBottom: 0 }}>
            <InputNumber />
          </Form.Item>
          <Form.Item name={[name, 'max']} label={t('Experience value to')} style={{ marginBottom: 0 }}>
            <InputNumber />
          </Form.Item>
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('Both ends included; leave one empty for no limit')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}

/**
 * The conditions of a distribution rule, as a list the user adds to and removes from: any number of
 * segment attribute conditions, all of which must hold, and at most one experience value range.
 */
export function RuleConditions() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch('conditions', form) as TConditionRow[] | undefined) ?? [];
  const hasRange = rows.some((r) => r?.kind === 'experience');
  return (
    <Form.List name="conditions">
      {(fields, { add, remove }) => (
        <Flex vertical gap={token.marginSM} style={{ marginBottom: token.marginLG }}>
          {fields.length === 0 ? (
            <Typography.Text type="secondary">
              {t('No conditions: every trigger is invited, within the sampling share.')}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('Every condition must hold.')}</Typography.Text>
          )}
          {fields.map((field) => (
            <ConditionCard key={field.key} name={field.name} onRemove={() => remove(field.name)} />
          ))}
          <Flex gap={token.marginSM} wrap>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'attribute', op: 'in', values: [] } satisfies TConditionRow)}
            >
              {t('Add a segment condition')}
            </Button>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={hasRange}
              onClick={() => add({ kind: 'experience', min: null, max: null } satisfies TConditionRow)}
            >
              {t('Add an experience value range')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
