import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCondition, TConditionRow, TOperator } from './conditions.ts';
import { buildExpression, OPERATORS, parseExpression } from './conditions.ts';
import type { TQuestion } from './definition-model.ts';
import { CHOICE_TYPES, itemText, itemValue } from './definition-model.ts';
import { operatorLabel, questionTitle } from './labels.ts';

/** The operators that make sense for a question type. */
function operatorsFor(q: TQuestion | undefined): TOperator[] {
  if (!q) return [...OPERATORS];
  if (q.type === 'rating') return ['=', '<>', '<', '<=', '>', '>=', 'notempty'];
  if (q.type === 'checkbox') return ['contains', 'notempty'];
  if (q.type === 'boolean' || CHOICE_TYPES.includes(q.type)) return ['=', '<>', 'notempty'];
  return ['=', '<>', 'contains', 'notempty'];
}

/** The value field of a row: the question's choices, a number for a rating, yes / no, else text. */
function ValueInput({
  q,
  row,
  label,
  zh,
  onChange,
}: {
  q: TQuestion | undefined;
  row: TConditionRow;
  label: string;
  zh: boolean;
  onChange: (value: string | number | boolean | null) => void;
}) {
  const { t } = useTranslation();
  if (row.operator === 'notempty') return null;
  if (q?.type === 'rating') {
    return (
      <InputNumber
        aria-label={label}
        value={typeof row.value === 'number' ? row.value : null}
        min={typeof q['rateMin'] === 'number' ? q['rateMin'] : undefined}
        max={typeof q['rateMax'] === 'number' ? q['rateMax'] : undefined}
        onChange={(v) => onChange(v)}
        style={{ width: 90 }}
      />
    );
  }
  if (q?.type === 'boolean') {
    return (
      <Select
        aria-label={label}
        style={{ width: 100 }}
        value={typeof row.value === 'boolean' ? row.value : undefined}
        onChange={onChange}
        options={[
          { value: true, label: t('Yes') },
          { value: false, label: t('No') },
        ]}
      />
    );
  }
  if (q && CHOICE_TYPES.includes(q.type) && Array.isArray(q['choices'])) {
    const choices = q['choices'] as Parameters<typeof itemValue>[0][];
    return (
      <Select
        aria-label={label}
        style={{ minWidth: 140 }}
        value={row.value === null ? undefined : row.value}
        onChange={onChange}
        options={choices.map((c) => ({
          value: itemValue(c),
          label: itemText(c, zh ? 'zh-cn' : 'default') || String(itemValue(c)),
        }))}
      />
    );
  }
  return (
    <Input
      aria-label={label}
      style={{ width: 140 }}
      value={row.value === null ? '' : String(row.value)}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * "Show this question only when...": rows of an earlier question, an operator and a value, all joined by
 * AND or by OR, written as the SurveyJS `visibleIf` expression. An expression written otherwise is shown
 * as raw text, kept as it is unless edited.
 */
export function ConditionEditor({
  expression,
  earlier,
  zh,
  disabled,
  onChange,
}: {
  expression: string | undefined;
  earlier: TQuestion[];
  zh: boolean;
  disabled: boolean;
  onChange: (expression: string | undefined) => void;
}) {
  const { t } = useTranslation();
  // The rows as edited, incomplete ones included (the expression holds only complete rows); the parent
  // remounts this editor for another question.
  const [condition, setCondition] = useState<TCondition | null>(() => parseExpression(expression));
  if (condition === null) {
    return (
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">
          {t('This condition is written in a form the editor cannot show as rows; edit it as text.')}
        </Typography.Text>
        <Input.TextArea
          aria-label={t('Condition as an expression')}
          value={expression}
          disabled={disabled}
          autoSize
          onChange={(e) => onChange(e.target.value || undefined)}
        />
        <Button
          size="small"
          disabled={disabled}
          style={{ alignSelf: 'start' }}
          onClick={() => {
            setCondition({ join: 'and', rows: [] });
            onChange(undefined);
          }}
        >
          {t('Clear the condition')}
        </Button>
      </Flex>
    );
  }
  const write = (next: TCondition) => {
    setCondition(next);
    onChange(buildExpression(next));
  };
  const setRow = (i: number, row: TConditionRow) =>
    write({ ...condition, rows: condition.rows.map((r, j) => (j === i ? row : r)) });
  const first = earlier[earlier.length - 1];
  return (
    <Flex vertical gap={8}>
      {condition.rows.length === 0 && (
        <Typography.Text type="secondary">{t('Always shown.')}</Typography.Text>
      )}
      {condition.rows.length > 1 && (
        <Radio.Group
          size="small"
          optionType="button"
          disabled={disabled}
          value={condition.join}
          onChange={(e) => write({ ...condition, join: e.target.value as 'and' | 'or' })}
          options={[
            { value: 'and', label: t('All of these (AND)') },
            { value: 'or', label: t('Any of these (OR)') },
          ]}
        />
      )}
      {condition.rows.map((row, i) => {
        const q = earlier.find((e) => e.name === row.question);
        const operators = operatorsFor(q);
        return (
          <Flex key={i} gap={6} wrap align="center">
            <Select
              aria-label={t('Question of condition {{n}}', { n: i + 1 })}
              style={{ minWidth: 160, maxWidth: 240 }}
              disabled={disabled}
              value={row.question || undefined}
              popupMatchSelectWidth={false}
              onChange={(name: string) => {
                const next = earlier.find((e) => e.name === name);
                const ops = operatorsFor(next);
                setRow(i, {
                  question: name,
                  operator: ops.includes(row.operator) ? row.operator : (ops[0] as TOperator),
                  value: null,
                });
              }}
              options={earlier.map((e) => ({ value: e.name, label: questionTitle(e, zh) }))}
            />
            <Select
              aria-label={t('Operator of condition {{n}}', { n: i + 1 })}
              style={{ width: 120 }}
              disabled={disabled}
              value={row.operator}
              onChange={(operator: TOperator) =>
                setRow(i, { ...row, operator, value: operator === 'notempty' ? null : row.value })
              }
              options={operators.map((o) => ({ value: o, label: operatorLabel(o, t) }))}
            />
            <ValueInput
              q={q}
              row={row}
              zh={zh}
              label={t('Value of condition {{n}}', { n: i + 1 })}
              onChange={(value) => setRow(i, { ...row, value })}
            />
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              disabled={disabled}
              aria-label={t('Remove condition {{n}}', { n: i + 1 })}
              onClick={() => write({ ...condition, rows: condition.rows.filter((_, j) => j !== i) })}
            />
          </Flex>
        );
      })}
      <Button
        size="small"
        icon={<PlusOutlined />}
        style={{ alignSelf: 'start' }}
        disabled={disabled || !first}
        onClick={() => {
          const q = first as TQuestion;
          const operator = q.type === 'rating' ? '<=' : (operatorsFor(q)[0] as TOperator);
          const value =
            q.type === 'rating'
              ? typeof q['rateMax'] === 'number'
                ? Math.floor(q['rateMax'] / 2) + 1
                : 3
              : null;
          write({ ...condition, rows: [...condition.rows, { question: q.name, operator, value }] });
        }}
      >
        {condition.rows.length === 0 ? t('Show only when...') : t('Add a condition')}
      </Button>
      {!first && (
        <Typography.Text type="secondary">
          {t('A condition names an earlier question: add one first.')}
        </Typography.Text>
      )}
    </Flex>
  );
}
