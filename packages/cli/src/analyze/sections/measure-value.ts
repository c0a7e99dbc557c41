import type { TMessageId } from '../messages.ts';
import type { TRenderContext } from '../render-context.ts';

const UNIT_IDS: Readonly<Record<string, TMessageId>> = {
  minutes: 'unit.minutes',
  hours: 'unit.hours',
  days: 'unit.days',
  seconds: 'unit.seconds',
  count: 'unit.count',
  boolean: 'unit.boolean',
};

/** A measure value with its unit in the report's language (48 h, 48 小时); unknown units are shown as given. */
export function formatMeasureValue(value: number, unit: string, ctx: TRenderContext): string {
  const id = UNIT_IDS[unit];
  const shown = id === undefined ? unit : ctx.text(id);
  const number = ctx.format.number(value, 1);
  return shown === '' ? number : `${number} ${shown}`;
}

/**
 * What reaching the standard would do to the outcome, as a clause ("overall satisfaction would rise by 0.37
 * points", "churn would fall by 2.1 percentage points"); `lift` is oriented (positive = better).
 */
export function effectText(outcome: 'overall' | 'nps' | 'churn', lift: number, ctx: TRenderContext): string {
  const digits = outcome === 'churn' ? 1 : 2;
  return ctx.text(`effect.${outcome}`, { lift: ctx.format.fixed(lift, digits) });
}
