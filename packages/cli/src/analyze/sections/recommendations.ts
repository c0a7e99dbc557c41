import { escapeHtml } from '../html.ts';
import type { TRenderContext } from '../render-context.ts';
import type { TReportModel, TReportTouchpoint } from '../report-model.ts';
import { liftDigits, pickRecommendations } from '../report-picks.ts';
import { effectText, formatMeasureValue } from './measure-value.ts';

/**
 * Plain-language recommendations: touchpoints ranked by expected lift (bring to standard), then floors worth
 * moving, then the strengths to keep (`pickRecommendations`). Each is a catalogue sentence with the numbers
 * filled in.
 */
export function renderRecommendations(model: TReportModel, ctx: TRenderContext): string {
  const items: string[] = [];
  const digits = liftDigits(model);
  const picks = pickRecommendations(model);
  for (const tp of picks.lifts) {
    // The badge shows the change in the outcome's own direction: churn goes down.
    const badge = ctx.format.signed(model.outcome === 'churn' ? -tp.expectedLift : tp.expectedLift, digits);
    const effect = effectText(model.outcome, tp.expectedLift, ctx);
    items.push(
      `<li class="rec-lift"><span class="lift">${escapeHtml(badge)}</span>${liftSentence(tp, effect, ctx)}</li>`,
    );
  }
  for (const floor of picks.floors) {
    const text = ctx.t('rec.floor', {
      measure: floor.measure,
      touchpoint: floor.touchpoint,
      suggested: formatMeasureValue(floor.suggested, floor.unit, ctx),
      current:
        floor.current === null ? ctx.text('common.na') : formatMeasureValue(floor.current, floor.unit, ctx),
    });
    items.push(`<li class="rec-floor">${text}</li>`);
  }
  for (const tp of picks.strengths) {
    const performance = tp.performance === null ? ctx.text('common.na') : ctx.format.percent(tp.performance);
    items.push(`<li class="rec-keep">${ctx.t('rec.keep', { name: tp.name, performance })}</li>`);
  }
  if (items.length === 0) return `<p class="empty">${ctx.t('rec.none')}</p>`;
  return `<ol class="recs">${items.join('')}</ol>`;
}

function liftSentence(tp: TReportTouchpoint, effect: string, ctx: TRenderContext): string {
  const values = { name: tp.name, effect };
  if (tp.breachRate === null || tp.breachRate <= 0) return ctx.t('rec.standardNoFloor', values);
  const breach = ctx.format.percent(tp.breachRate);
  const visits = ctx.text('rec.visits');
  if (!tp.floor) return ctx.t('rec.standardAnyFloor', { ...values, breach, visits });
  const floor = formatMeasureValue(tp.floor.value, tp.floor.unit, ctx);
  return ctx.t('rec.standard', { ...values, breach, visits, floor });
}
