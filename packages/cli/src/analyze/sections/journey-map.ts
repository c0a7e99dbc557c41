import { performanceColour } from '../charts/svg.ts';
import { escapeHtml } from '../html.ts';
import type { TRenderContext } from '../render-context.ts';
import type { TReportModel } from '../report-model.ts';

/** Shares that show each legend colour (see `performanceColour`). */
const LEGEND_SHARES = { good: 0.95, mid: 0.72, bad: 0.5, none: null } as const;

/** Stages as columns, touchpoints as cards coloured by performance, key moments badged with their rank. */
export function renderJourneyMap(model: TReportModel, ctx: TRenderContext): string {
  const columns = model.stages.map((stage) => {
    const cards = model.touchpoints
      .filter((tp) => tp.stage === stage.key)
      .map((tp) => {
        const badge =
          tp.isKeyMoment && tp.rank !== null
            ? `<span class="badge">${ctx.t('map.badge', { rank: tp.rank })}</span>`
            : '';
        const facts = [
          tp.performance === null
            ? ''
            : `<li>${ctx.t('map.performance', { value: ctx.format.percent(tp.performance) })}</li>`,
          tp.breachRate === null
            ? ''
            : `<li>${ctx.t('map.breaches', { value: ctx.format.percent(tp.breachRate) })}</li>`,
          `<li>${ctx.t('map.volume', { value: ctx.format.number(tp.volume, 0) })}</li>`,
        ].join('');
        const key = tp.isKeyMoment ? ' key' : '';
        return (
          `<div class="tp${key}" style="border-top-color:${performanceColour(tp.performance)}">` +
          `${badge}<div class="tp-name">${escapeHtml(tp.name)}</div><ul>${facts}</ul></div>`
        );
      })
      .join('');
    return `<div class="stage"><div class="stage-name">${escapeHtml(stage.name)}</div>${cards}</div>`;
  });
  const legend = (['good', 'mid', 'bad', 'none'] as const)
    .map((k) => {
      const colour = performanceColour(LEGEND_SHARES[k]);
      return `<span><i style="background:${colour}"></i>${ctx.t(`map.legend.${k}`)}</span>`;
    })
    .join('');
  // One stage (a survey) lays its touchpoints side by side instead of in one tall column.
  const single = model.stages.length === 1 ? ' single' : '';
  return `<div class="journey${single}" style="--stages:${Math.max(1, model.stages.length)}">${columns.join('')}</div><div class="legend">${legend}</div>`;
}
