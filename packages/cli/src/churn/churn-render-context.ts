import { createFormat, escapeHtml } from '../analyze/html.ts';
import type { TFormat } from '../analyze/html.ts';
import type { TReportLocale } from '../analyze/messages.ts';
import { translateChurn } from './messages.ts';
import type { TChurnMessageId } from './messages.ts';
import type { TChurnReport, TCovariateSource } from './churn-report-model.ts';

/** What every part of the churn report needs: the locale, its number formats, its texts, names of factors. */
export type TChurnContext = {
  locale: TReportLocale;
  format: TFormat;
  /** Text with values filled in, escaped for HTML. */
  t(id: TChurnMessageId, values?: Readonly<Record<string, string | number>>): string;
  /** The same unescaped (SVG text elements escape it themselves). */
  text(id: TChurnMessageId, values?: Readonly<Record<string, string | number>>): string;
  /** Display name of a model covariate (unescaped). */
  nameOf(key: string): string;
  /** The same with a category's reference: "Contract: Two year (vs Month-to-month)". */
  fullNameOf(key: string): string;
  /** A p-value as the report prints it (unescaped): "0.023", "< 0.001". */
  p(value: number): string;
  /** A tenure with its unit (unescaped): "12 months". */
  tenure(value: number): string;
};

/** Creates the context of a report in a locale. */
export function createChurnContext(locale: TReportLocale, report: TChurnReport): TChurnContext {
  const format = createFormat(locale);
  const text = (id: TChurnMessageId, values: Readonly<Record<string, string | number>> = {}) =>
    translateChurn(locale, id, values);
  const sources = new Map<string, TCovariateSource>(report.covariates.map((c) => [c.key, c]));
  const unit = text(`unit.${report.tenureUnit}`);
  const nameOf = (key: string): string => {
    const c = sources.get(key);
    if (!c) return key;
    if (c.kind === 'count') return c.column;
    if (c.kind === 'breaches') return text('hazards.breaches', { name: c.name });
    return `${c.column}: ${c.level}`;
  };
  return {
    locale,
    format,
    t: (id, values = {}) => escapeHtml(text(id, values)),
    text,
    nameOf,
    fullNameOf: (key) => {
      const c = sources.get(key);
      if (c?.kind !== 'level') return nameOf(key);
      return text('hazards.versus', { name: nameOf(key), reference: c.reference });
    },
    p: (value) =>
      value < 0.001 ? text('p.below', { value: format.fixed(0.001, 3) }) : format.fixed(value, 3),
    tenure: (value) => `${format.number(value, 1)} ${unit}`,
  };
}

/** A survival group's display name: the attribute's value, or exposed / not exposed to a breach. */
export function groupLabel(report: TChurnReport, ctx: TChurnContext, group: string): string {
  if (report.survival?.byBreach !== true) return group;
  return ctx.text(group === 'exposed' ? 'survival.exposed' : 'survival.unexposed');
}
