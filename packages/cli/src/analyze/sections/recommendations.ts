import { escapeHtml } from '../html.ts';
import type { TRenderContext } from '../render-context.ts';
import type { TReportFloor, TReportModel, TReportTouchpoint } from '../report-model.ts';
import { effectText, formatMeasureValue } from './measure-value.ts';

/** Most touchpoint recommendations listed; the rest are in the charts. */
const MAX_TOUCHPOINT_ITEMS = 6;
/** Most floor changes recommended; the table lists them all. */
const MAX_FLOOR_ITEMS = 3;
/** A suggested floor this far (relative) from the current one is worth a recommendation. */
const FLOOR_CHANGE = 0.15;

/** A significant floor on a numeric measure that differs enough from the current one (or sets a first one). */
function isWorthMoving(floor: TReportFloor): boolean {
  if (!floor.isSignificant || floor.unit === 'boolean') return false;
  if (floor.current === null) return true;
  return Math.abs(floor.suggested - floor.current) > FLOOR_CHANGE * Math.max(Math.abs(floor.current), 1);
}

/**
 * Plain-language recommendations: touchpoints ranked by expected lift (bring to standard), then floors worth
 * moving, then the strengths to keep. Each is a catalogue sentence with the numbers filled in.
 */
export function renderRecommendations(model: TReportModel, ctx: TRenderContext): string {
  const items: string[] = [];
  const digits = model.outcome === 'churn' ? 1 : 2;
  // A lift that rounds to zero at the precision shown is not worth a sentence.
  const shown = 0.5 * 10 ** -digits;
  const lifts = model.touchpoints
    .filter((tp): tp is TReportTouchpoint & { expectedLift: number } => (tp.expectedLift ?? 0) >= shown)
    .sort((a, b) => b.expectedLift - a.expectedLift)
    .slice(0, MAX_TOUCHPOINT_ITEMS);
  for (const tp of lifts) {
    // The badge shows the change in the outcome's own direction: churn goes down.
    const badge = ctx.format.signed(model.outcome === 'churn' ? -tp.expectedLift : tp.expectedLift, digits);
    const effect = effectText(model.outcome, tp.expectedLift, ctx);
    items.push(
      `<li class="rec-lift"><span class="lift">${escapeHtml(badge)}</span>${liftSentence(tp, effect, ctx)}</li>`,
    );
  }
  for (const floor of model.floors.filter(isWorthMoving).slice(0, MAX_FLOOR_ITEMS)) {
    const text = ctx.t('rec.floor', {
      measure: floor.measure,
      touchpoint: floor.touchpoint,
      suggested: formatMeasureValue(floor.suggested, floor.unit, ctx),
      current:
        floor.current === null ? ctx.text('common.na') : formatMeasureValue(floor.current, floor.unit, ctx),
    });
    items.push(`<li class="rec-floor">${text}</li>`);
  }
  // A strength to keep is one not already listed for a lift.
  const listed = new Set(lifts.map((tp) => tp.key));
  const strengths = model.touchpoints.filter(
    (t) => t.quadrant === 'keep_up_the_good_work' && !listed.has(t.key),
  );
  for (const tp of strengths.slice(0, 2)) {
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
