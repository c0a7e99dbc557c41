import type { TRenderContext } from '../render-context.ts';
import type { TReportModel } from '../report-model.ts';
import { pickHeadlines } from '../report-picks.ts';
import { effectText } from './measure-value.ts';

/** Three to four sentences a manager reads first: the top key moment, the worst floor, where to act, the scores. */
export function renderHeadlines(model: TReportModel, ctx: TRenderContext): string {
  const items: string[] = [];
  const { top, mostBreached, concentrate } = pickHeadlines(model);
  if (top) {
    items.push(
      ctx.t('headline.top', { name: top.name, effect: effectText(model.outcome, top.expectedLift, ctx) }),
    );
  } else items.push(ctx.t('headline.none'));
  if (mostBreached) {
    items.push(
      ctx.t('headline.breach', {
        name: mostBreached.name,
        share: ctx.format.percent(mostBreached.breachRate),
      }),
    );
  }
  if (concentrate) {
    const names = new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(
      concentrate.map((tp) => tp.name),
    );
    items.push(
      concentrate.length > 0 ? ctx.t('headline.concentrate', { names }) : ctx.t('headline.noConcentrate'),
    );
  }
  if (model.medianScore !== null && model.lowScoreShare !== null) {
    items.push(
      ctx.t('headline.score', {
        median: ctx.format.number(model.medianScore, 1),
        share: ctx.format.percent(model.lowScoreShare),
      }),
    );
  }
  return `<ul class="headlines">${items.map((text) => `<li>${text}</li>`).join('')}</ul>`;
}
