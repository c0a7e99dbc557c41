import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  theme,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { ConditionEditor } from './ConditionEditor.tsx';
import type {
  TBindingRole,
  TItem,
  TLocale,
  TQuestion,
  TQuestionType,
  TRatingPreset,
} from './definition-model.ts';
import {
  applyPreset,
  bindingRole,
  CHOICE_TYPES,
  itemText,
  itemValue,
  moveItem,
  needsTouchpoint,
  newItem,
  presetOf,
  QUESTION_TYPES,
  RATING_PRESETS,
  rolesFor,
  textIn,
  withBinding,
  withItemText,
  withItemValue,
  withProperty,
  withText,
} from './definition-model.ts';
import { presetLabel, roleLabel, typeLabel } from './labels.ts';
import { describeSurveyProblem } from './problem-message.ts';
import type { TDefinitionProblem } from './problems.ts';

/** English and Chinese inputs of one text, side by side. */
function BilingualText({
  label,
  value,
  multiline,
  disabled,
  onChange,
}: {
  label: string;
  value: unknown;
  multiline?: boolean;
  disabled: boolean;
  onChange: (locale: TLocale, text: string) => void;
}) {
  const { t } = useTranslation();
  const field = (locale: TLocale, language: string) => {
    const props = {
      'aria-label': `${label} (${language})`,
      value: textIn(value, locale),
      disabled,
      onChange: (e: { target: { value: string } }) => onChange(locale, e.target.value),
    };
    return multiline ? <Input.TextArea {...props} autoSize={{ minRows: 2 }} /> : <Input {...props} />;
  };
  return (
    <Form.Item label={label} style={{ marginBottom: 12 }}>
      <Flex gap={8}>
        <Flex vertical style={{ flex: 1 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('English')}
          </Typography.Text>
          {field('default', t('English'))}
        </Flex>
        <Flex vertical style={{ flex: 1 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('Chinese')}
          </Typography.Text>
          {field('zh-cn', t('Chinese'))}
        </Flex>
      </Flex>
    </Form.Item>
  );
}

/** A list of items (choices, matrix rows or columns): value and both texts, reordered and removed. */
function ItemsEditor({
  label,
  items,
  stem,
  disabled,
  onChange,
}: {
  label: string;
  items: TItem[];
  stem: string;
  disabled: boolean;
  onChange: (items: TItem[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, item: TItem) => onChange(items.map((x, j) => (j === i ? item : x)));
  return (
    <Form.Item label={label} style={{ marginBottom: 12 }}>
      <Flex vertical gap={4}>
        <Flex gap={6}>
          <Typography.Text type="secondary" style={{ width: 90, fontSize: 12 }}>
            {t('Value')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ flex: 1, fontSize: 12 }}>
            {t('English')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ flex: 1, fontSize: 12 }}>
            {t('Chinese')}
          </Typography.Text>
          <span style={{ width: 84 }} />
        </Flex>
        {items.map((item, i) => (
          <Flex key={i} gap={6}>
            <Input
              style={{ width: 90 }}
              aria-label={t('{{list}} {{n}}: value', { list: label, n: i + 1 })}
              value={String(itemValue(item))}
              disabled={disabled}
              onChange={(e) => set(i, withItemValue(item, e.target.value))}
            />
            <Input
              style={{ flex: 1 }}
              aria-label={t('{{list}} {{n}}: English', { list: label, n: i + 1 })}
              value={itemText(item, 'default')}
              disabled={disabled}
              onChange={(e) => set(i, withItemText(item, 'default', e.target.value))}
            />
            <Input
              style={{ flex: 1 }}
              aria-label={t('{{list}} {{n}}: Chinese', { list: label, n: i + 1 })}
              value={itemText(item, 'zh-cn')}
              disabled={disabled}
              onChange={(e) => set(i, withItemText(item, 'zh-cn', e.target.value))}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={disabled || i === 0}
              aria-label={t('Move up')}
              onClick={() => onChange(moveItem(items, i, -1))}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={disabled || i === items.length - 1}
              aria-label={t('Move down')}
              onClick={() => onChange(moveItem(items, i, 1))}
            />
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              disabled={disabled || items.length <= 1}
              aria-label={t('Remove')}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            />
          </Flex>
        ))}
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={disabled}
          style={{ alignSelf: 'start' }}
          onClick={() =>
            onChange([
              ...items,
              newItem(items, stem, `Option ${items.length + 1}`, `选项 ${items.length + 1}`),
            ])
          }
        >
          {t('Add')}
        </Button>
      </Flex>
    </Form.Item>
  );
}

/**
 * The selected question's properties: type, name, required, texts in both languages, what its type needs
 * (scale, choices, rows and columns), the condition that shows it, and what its answer means in the MOT
 * model. Every change goes through the pure transforms of definition-model.ts.
 */
export function QuestionEditor({
  question,
  earlier,
  journey,
  problems,
  readOnly,
  zh,
  onChange,
  onRename,
  onChangeType,
}: {
  question: TQuestion;
  earlier: TQuestion[];
  journey: TJourneyDoc | undefined;
  problems: TDefinitionProblem[];
  readOnly: boolean;
  zh: boolean;
  onChange: (q: TQuestion) => void;
  onRename: (name: string) => void;
  onChangeType: (type: TQuestionType) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const q = question;
  const problemOf = (field: string) =>
    problems.filter((p) => p.field === field).map((p) => describeSurveyProblem(p.message, t));
  const status = (field: string) => (problemOf(field).length > 0 ? ('error' as const) : undefined);
  const help = (field: string): ReactNode => problemOf(field).join('; ') || undefined;
  const setText = (key: string) => (locale: TLocale, text: string) =>
    onChange(withProperty(q, key, withText(q[key], locale, text)));
  const role = bindingRole(q);
  const roles = rolesFor(q.type);
  const touchpoint = (q['mot'] as { touchpoint?: string } | undefined)?.touchpoint;
  const preset = q.type === 'rating' ? presetOf(q) : null;
  const other = problems.filter((p) => !['name', 'visibleIf', 'mot', 'rateMax'].includes(p.field ?? ''));
  return (
    <Form layout="vertical" component="div" disabled={readOnly}>
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: token.margin }}
          message={other
            .map(
              (p) =>
                `${p.path.slice(4).join('.') || p.path.join('.')}: ${describeSurveyProblem(p.message, t)}`,
            )
            .join('; ')}
        />
      )}
      <Flex gap={token.margin} wrap>
        <Form.Item label={t('Question type')} style={{ minWidth: 150, flex: 1, marginBottom: 12 }}>
          <Select
            aria-label={t('Question type')}
            value={q.type as TQuestionType}
            onChange={onChangeType}
            options={QUESTION_TYPES.map((type) => ({ value: type, label: typeLabel(type, t) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('Name')}
          tooltip={t('How answers and conditions name this question: letters, digits and _')}
          validateStatus={status('name')}
          help={help('name')}
          style={{ minWidth: 130, flex: 1, marginBottom: 12 }}
        >
          <Input aria-label={t('Name')} value={q.name} onChange={(e) => onRename(e.target.value)} />
        </Form.Item>
        {q.type !== 'html' && (
          <Form.Item label={t('Required')} style={{ marginBottom: 12 }}>
            <Switch
              aria-label={t('Required')}
              checked={q['isRequired'] === true}
              onChange={(on) => onChange(withProperty(q, 'isRequired', on ? true : undefined))}
            />
          </Form.Item>
        )}
      </Flex>
      {q.type === 'html' ? (
        <BilingualText
          label={t('Text')}
          value={q['html']}
          multiline
          disabled={readOnly}
          onChange={setText('html')}
        />
      ) : (
        <BilingualText
          label={t('Question')}
          value={q['title']}
          multiline
          disabled={readOnly}
          onChange={setText('title')}
        />
      )}
      {q.type === 'rating' && (
        <>
          <Flex gap={token.margin} wrap align="end">
            <Form.Item label={t('Scale')} style={{ marginBottom: 12 }}>
              <Select
                aria-label={t('Scale')}
                style={{ width: 160 }}
                value={preset ?? 'custom'}
                onChange={(value: TRatingPreset | 'custom') => {
                  if (value !== 'custom') onChange(applyPreset(q, value));
                }}
                options={[
                  ...(Object.keys(RATING_PRESETS) as TRatingPreset[]).map((p) => ({
                    value: p,
                    label: presetLabel(p, t),
                  })),
                  { value: 'custom', label: t('Another scale'), disabled: true },
                ]}
              />
            </Form.Item>
            <Form.Item label={t('From')} style={{ marginBottom: 12 }}>
              <InputNumber
                aria-label={t('From')}
                value={typeof q['rateMin'] === 'number' ? q['rateMin'] : 1}
                onChange={(v) => onChange(withProperty(q, 'rateMin', v ?? undefined))}
              />
            </Form.Item>
            <Form.Item
              label={t('To')}
              validateStatus={status('rateMax')}
              help={help('rateMax')}
              style={{ marginBottom: 12 }}
            >
              <InputNumber
                aria-label={t('To')}
                value={typeof q['rateMax'] === 'number' ? q['rateMax'] : 5}
                onChange={(v) => onChange(withProperty(q, 'rateMax', v ?? undefined))}
              />
            </Form.Item>
            <Form.Item label={t('Shown as')} style={{ marginBottom: 12 }}>
              <Select
                aria-label={t('Shown as')}
                style={{ width: 120 }}
                value={typeof q['rateType'] === 'string' ? q['rateType'] : 'labels'}
                onChange={(v: string) => onChange(withProperty(q, 'rateType', v))}
                options={[
                  { value: 'labels', label: t('Numbers') },
                  { value: 'stars', label: t('Stars') },
                  { value: 'smileys', label: t('Faces') },
                ]}
              />
            </Form.Item>
          </Flex>
          <BilingualText
            label={t('Label of the lowest score')}
            value={q['minRateDescription']}
            disabled={readOnly}
            onChange={setText('minRateDescription')}
          />
          <BilingualText
            label={t('Label of the highest score')}
            value={q['maxRateDescription']}
            disabled={readOnly}
            onChange={setText('maxRateDescription')}
          />
        </>
      )}
      {CHOICE_TYPES.includes(q.type) && (
        <ItemsEditor
          label={t('Choices')}
          stem="choice"
          items={(q['choices'] as TItem[] | undefined) ?? []}
          disabled={readOnly}
          onChange={(items) => onChange(withProperty(q, 'choices', items))}
        />
      )}
      {q.type === 'matrix' && (
        <>
          <ItemsEditor
            label={t('Rows')}
            stem="row"
            items={(q['rows'] as TItem[] | undefined) ?? []}
            disabled={readOnly}
            onChange={(items) => onChange(withProperty(q, 'rows', items))}
          />
          <ItemsEditor
            label={t('Columns')}
            stem="column"
            items={(q['columns'] as TItem[] | undefined) ?? []}
            disabled={readOnly}
            onChange={(items) => onChange(withProperty(q, 'columns', items))}
          />
        </>
      )}
      <Divider style={{ margin: `${token.marginXS}px 0 ${token.margin}px` }} />
      <Form.Item
        label={t('Show this question')}
        validateStatus={status('visibleIf')}
        help={help('visibleIf')}
        style={{ marginBottom: 12 }}
      >
        <ConditionEditor
          expression={typeof q['visibleIf'] === 'string' ? q['visibleIf'] : undefined}
          earlier={earlier}
          zh={zh}
          disabled={readOnly}
          onChange={(expression) => onChange(withProperty(q, 'visibleIf', expression))}
        />
      </Form.Item>
      {roles.length > 0 && (
        <Flex gap={token.margin} wrap>
          <Form.Item
            label={t('The answer means')}
            validateStatus={status('mot')}
            help={help('mot')}
            style={{ minWidth: 220, flex: 1, marginBottom: 12 }}
          >
            <Select
              aria-label={t('The answer means')}
              value={role ?? 'none'}
              onChange={(value: TBindingRole | 'none') =>
                onChange(withBinding(q, value === 'none' ? null : value, journey?.touchpoints[0]?.key))
              }
              options={[
                { value: 'none', label: t('Nothing in the MOT model') },
                ...roles.map((r) => ({ value: r, label: roleLabel(r, t) })),
              ]}
            />
          </Form.Item>
          {needsTouchpoint(role) && (
            <Form.Item
              label={t('Touchpoint')}
              extra={journey ? undefined : t('Give the survey a journey to pick its touchpoints.')}
              style={{ minWidth: 200, flex: 1, marginBottom: 12 }}
            >
              <Select
                aria-label={t('Touchpoint')}
                value={touchpoint}
                disabled={readOnly || !journey}
                onChange={(key: string) => onChange(withBinding(q, role, key))}
                options={(journey?.touchpoints ?? []).map((tp) => ({ value: tp.key, label: localName(tp) }))}
              />
            </Form.Item>
          )}
        </Flex>
      )}
    </Form>
  );
}
