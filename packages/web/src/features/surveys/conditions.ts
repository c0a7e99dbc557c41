/**
 * The condition editor's `visibleIf`: rows of "question, operator, value", all joined by `and` or all by
 * `or`, written as a SurveyJS expression (`{overall} <= 3 and {why} notempty`) and read back. An expression
 * it did not write in that form (brackets, functions, mixed and / or) reads as null: shown as raw text.
 */

/** The operators the editor offers (SurveyJS expression syntax). */
export const OPERATORS = ['=', '<>', '<', '<=', '>', '>=', 'contains', 'notempty'] as const;
export type TOperator = (typeof OPERATORS)[number];

/** A row: the question's name, the operator, the value compared with (none for notempty). */
export type TConditionRow = {
  question: string;
  operator: TOperator;
  value: string | number | boolean | null;
};

/** A condition: its rows and how they combine. */
export type TCondition = { join: 'and' | 'or'; rows: TConditionRow[] };

/** A value as SurveyJS reads it: a number or a boolean bare, any other text in single quotes. */
export function formatValue(value: string | number | boolean): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Whether a row is complete enough to write. */
export const rowComplete = (row: TConditionRow): boolean =>
  row.question !== '' && (row.operator === 'notempty' || (row.value !== null && row.value !== ''));

/** The SurveyJS expression of a condition; undefined when no row is complete (no condition). */
export function buildExpression(condition: TCondition): string | undefined {
  const parts = condition.rows
    .filter(rowComplete)
    .map((row) =>
      row.operator === 'notempty'
        ? `{${row.question}} notempty`
        : `{${row.question}} ${row.operator} ${formatValue(row.value as string | number | boolean)}`,
    );
  return parts.length > 0 ? parts.join(` ${condition.join} `) : undefined;
}

/** Splits an expression at `and` / `or` outside quotes; null when quotes do not close. */
function splitClauses(expression: string): { clauses: string[]; joins: string[] } | null {
  const clauses: string[] = [];
  const joins: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < expression.length; i += 1) {
    const ch = expression[i] as string;
    if (quote) {
      current += ch;
      if (ch === '\\' && i + 1 < expression.length) {
        current += expression[i + 1] as string;
        i += 1;
      } else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      current += ch;
      continue;
    }
    const rest = expression.slice(i);
    const join = /^\s+(and|or)\s+/i.exec(rest);
    if (join) {
      clauses.push(current);
      joins.push((join[1] as string).toLowerCase());
      current = '';
      i += join[0].length - 1;
      continue;
    }
    current += ch;
  }
  if (quote) return null;
  clauses.push(current);
  return { clauses, joins };
}

function parseValue(text: string): string | number | boolean | null {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  const quoted = /^'((?:[^'\\]|\\.)*)'$/.exec(t) ?? /^"((?:[^"\\]|\\.)*)"$/.exec(t);
  if (quoted) return (quoted[1] as string).replace(/\\(.)/g, '$1');
  return null;
}

/** The condition an expression says, or null when the editor cannot show it as rows. */
export function parseExpression(expression: string | undefined): TCondition | null {
  if (expression === undefined || expression.trim() === '') return { join: 'and', rows: [] };
  const split = splitClauses(expression.trim());
  if (!split) return null;
  if (new Set(split.joins).size > 1) return null;
  const rows: TConditionRow[] = [];
  for (const clause of split.clauses) {
    const text = clause.trim();
    const empty = /^\{([^{}]+)\}\s+notempty$/i.exec(text);
    if (empty) {
      rows.push({ question: (empty[1] as string).trim(), operator: 'notempty', value: null });
      continue;
    }
    const match = /^\{([^{}]+)\}\s*(<>|<=|>=|=|<|>|\bcontains\b)\s*(.+)$/i.exec(text);
    if (!match) return null;
    const value = parseValue(match[3] as string);
    if (value === null) return null;
    rows.push({
      question: (match[1] as string).trim(),
      operator: (match[2] as string).toLowerCase() as TOperator,
      value,
    });
  }
  return { join: split.joins[0] === 'or' ? 'or' : 'and', rows };
}
