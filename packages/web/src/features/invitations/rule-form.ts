/**
 * The distribution-rule form's values and the rule they stand for, both ways, and where a problem the
 * server names by its path in the rule goes in the form. The conditions are one list of rows: segment
 * attribute conditions (any number) and at most one experience value range.
 */
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { TRule, TRuleInput } from './api.ts';

/** The operators of an attribute condition. */
export const CONDITION_OPS = ['in', 'not_in', 'eq', 'ne', 'exists'] as const;
/** An attribute condition's operator. */
export type TConditionOp = (typeof CONDITION_OPS)[number];

/** One row of the conditions list: a segment attribute condition or the experience value range. */
export type TConditionRow = {
  kind: 'attribute' | 'experience';
  attribute?: string;
  op?: TConditionOp;
  values?: string[];
  min?: number | null;
  max?: number | null;
};

/** The form's values. */
export type TRuleFormValues = {
  key: string;
  name: string;
  survey: string;
  enabled: boolean;
  kind: TRule['trigger']['kind'];
  journey?: string;
  touchpoint?: string;
  idleHours?: number;
  everyDays?: number;
  conditions: TConditionRow[];
  samplingPercent: number;
  delayMinutes: number;
  quiet: boolean;
  quietStart?: Dayjs;
  quietEnd?: Dayjs;
  recontactDays: number;
  channel: TRule['channel'];
  priority: number;
  reminderAfterHours?: number | null;
};

const clock = (hhmm: string) => dayjs(`2000-01-01T${hhmm}`);

/** The operators that take one value, and the one that takes none. */
export const takesOneValue = (op: TConditionOp | undefined): boolean => op === 'eq' || op === 'ne';
/** Whether an operator takes no value. */
export const takesNoValue = (op: TConditionOp | undefined): boolean => op === 'exists';

/** The rows of a rule's conditions: its attribute conditions in order, then its experience range. */
export function conditionRowsOf(conditions: TRule['conditions'] | undefined): TConditionRow[] {
  const rows: TConditionRow[] = (conditions?.attributes ?? []).map((c) => ({
    kind: 'attribute',
    attribute: c.attribute,
    op: c.op,
    values: c.values.map(String),
  }));
  const range = conditions?.experience;
  if (range) rows.push({ kind: 'experience', min: range.min ?? null, max: range.max ?? null });
  return rows;
}

/** The form's values for a rule, or for a new one. */
export function formValuesOf(rule: TRule | null): TRuleFormValues {
  const trigger = rule?.trigger ?? { kind: 'moment' as const, journey: '', touchpoint: '' };
  return {
    key: rule?.key ?? '',
    name: rule?.name ?? '',
    survey: rule?.survey ?? '',
    enabled: rule?.enabled ?? false,
    kind: trigger.kind,
    journey: 'journey' in trigger ? trigger.journey : undefined,
    touchpoint: trigger.kind === 'moment' ? trigger.touchpoint : undefined,
    idleHours: trigger.kind === 'episode_end' ? trigger.idleHours : 24,
    everyDays: trigger.kind === 'schedule' ? trigger.everyDays : 30,
    conditions: conditionRowsOf(rule?.conditions),
    samplingPercent: Math.round((rule?.sampling ?? 1) * 100),
    delayMinutes: rule?.delayMinutes ?? 0,
    quiet: rule ? rule.quietHours !== null : true,
    quietStart: clock(rule?.quietHours?.start ?? '21:00'),
    quietEnd: clock(rule?.quietHours?.end ?? '08:00'),
    recontactDays: rule?.recontactDays ?? 30,
    channel: rule?.channel ?? 'link',
    priority: rule?.priority ?? 50,
    reminderAfterHours: rule?.reminderAfterHours ?? null,
  };
}

/**
 * The conditions the rows stand for. Rows are sent as written (an attribute condition without values
 * included), so the server's checks name the row at fault; only the first experience row counts.
 */
export function conditionsOf(rows: readonly TConditionRow[]): TRuleInput['conditions'] {
  const attributes = rows
    .filter((r) => r.kind === 'attribute')
    .map((r) => ({
      attribute: (r.attribute ?? '').trim(),
      op: r.op ?? 'in',
      values: takesNoValue(r.op) ? [] : (r.values ?? []).map((v) => v.trim()).filter((v) => v !== ''),
    }));
  const range = rows.find((r) => r.kind === 'experience');
  const experience =
    range && (range.min != null || range.max != null)
      ? {
          ...(range.min != null ? { min: range.min } : {}),
          ...(range.max != null ? { max: range.max } : {}),
        }
      : undefined;
  return { attributes, ...(experience ? { experience } : {}) };
}

/** The rule the form's values stand for. */
export function ruleOf(v: TRuleFormValues): TRuleInput {
  const trigger: TRuleInput['trigger'] =
    v.kind === 'moment'
      ? { kind: 'moment', journey: v.journey ?? '', touchpoint: v.touchpoint ?? '' }
      : v.kind === 'episode_end'
        ? { kind: 'episode_end', journey: v.journey ?? '', idleHours: v.idleHours ?? 24 }
        : v.kind === 'schedule'
          ? { kind: 'schedule', journey: v.journey ?? '', everyDays: v.everyDays ?? 30 }
          : { kind: 'case_closed', ...(v.journey ? { journey: v.journey } : {}) };
  return {
    key: v.key,
    name: v.name,
    survey: v.survey,
    enabled: v.enabled,
    trigger,
    conditions: conditionsOf(v.conditions ?? []),
    sampling: v.samplingPercent / 100,
    delayMinutes: v.delayMinutes,
    quietHours:
      v.quiet && v.quietStart && v.quietEnd
        ? { start: v.quietStart.format('HH:mm'), end: v.quietEnd.format('HH:mm') }
        : null,
    recontactDays: v.recontactDays,
    channel: v.channel,
    priority: v.priority,
    reminderAfterHours: v.reminderAfterHours ?? null,
  };
}

/** The fields named alike in the rule and the form. */
const SAME_NAME = new Set([
  'key',
  'name',
  'survey',
  'enabled',
  'delayMinutes',
  'recontactDays',
  'channel',
  'priority',
  'reminderAfterHours',
]);

/**
 * The form field of a problem at `path` in the rule the server was sent, or undefined when no field
 * holds it. An attribute condition's index counts attribute rows only, so it is turned into the row's.
 */
export function formFieldOf(
  path: readonly (string | number)[],
  rows: readonly TConditionRow[],
): (string | number)[] | undefined {
  const [head, second, third, fourth] = path[0] === 'params' ? path.slice(1) : path;
  if (typeof head !== 'string') return undefined;
  if (SAME_NAME.has(head)) return [head];
  if (head === 'sampling') return ['samplingPercent'];
  if (head === 'quietHours')
    return [second === 'start' ? 'quietStart' : second === 'end' ? 'quietEnd' : 'quiet'];
  if (head === 'trigger') {
    return typeof second === 'string' && ['journey', 'touchpoint', 'idleHours', 'everyDays'].includes(second)
      ? [second]
      : ['kind'];
  }
  if (head !== 'conditions') return undefined;
  const indexed = rows.map((row, index) => ({ row, index }));
  if (second === 'attributes' && typeof third === 'number') {
    const found = indexed.filter((r) => r.row.kind === 'attribute')[third];
    if (!found) return undefined;
    const field = fourth === 'attribute' || fourth === 'op' ? fourth : 'values';
    return ['conditions', found.index, field];
  }
  if (second === 'experience') {
    const found = indexed.find((r) => r.row.kind === 'experience');
    return found ? ['conditions', found.index, third === 'max' ? 'max' : 'min'] : undefined;
  }
  return undefined;
}
