import { REQUIRED_FIELDS, SCALAR_FIELDS } from './mapping.ts';
import type { TImportMapping, TScalarField } from './mapping.ts';

/**
 * Other names exports give the moment fields, compared ignoring case, spaces, `_` and `-` (the field's own
 * name, camelCase or snake_case, is what `resolveCsvMapping` already takes without a mapping).
 */
const SYNONYMS: Record<TScalarField, readonly string[]> = {
  eventId: ['event', 'eventid', 'id', '事件号', '事件编号', '事件id'],
  touchpoint: ['touchpoint', 'touch point', 'step', '接触点', '触点', '环节'],
  customer: [
    'customer',
    'customerid',
    'customer id',
    'client',
    '客户',
    '客户编号',
    '客户号',
    '客户id',
    '用户编号',
  ],
  episode: ['episode', 'case', 'ticket', 'order', '工单号', '工单编号', '订单号', '服务单号', '旅程实例'],
  occurredAt: ['occurredat', 'time', 'timestamp', 'date', 'datetime', '时间', '发生时间', '日期'],
  rating: ['rating', 'score', 'csat', '评分', '满意度', '打分'],
  comment: ['comment', 'comments', 'feedback', 'remark', '备注', '评价', '留言', '意见'],
  employee: ['employee', 'agent', 'staff', '工号', '员工', '坐席', '员工编号'],
};

const normalize = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/**
 * A first mapping for a CSV header, for a person to check: each field takes the first column named like it
 * (its own name or a usual other name, in English or Chinese). Columns `measures.<key>` and
 * `attributes.<key>` map themselves and are left out. Returns the mapping and the required fields no column
 * was found for.
 */
export function guessMapping(header: readonly string[]): {
  mapping: TImportMapping;
  missing: TScalarField[];
} {
  const columns = header.map((name) => ({ name, key: normalize(name) }));
  const mapping: TImportMapping = {};
  const taken = new Set<string>();
  for (const field of SCALAR_FIELDS) {
    const names = [field, ...SYNONYMS[field]].map(normalize);
    const found = names
      .map((n) => columns.find((c) => c.key === n && !taken.has(c.name)))
      .find((c) => c !== undefined);
    if (!found) continue;
    mapping[field] = found.name;
    taken.add(found.name);
  }
  const missing = REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
  return { mapping, missing };
}
