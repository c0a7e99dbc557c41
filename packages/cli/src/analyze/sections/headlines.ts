import type { TRenderContext } from '../render-context.ts';
import type { TReportModel } from '../report-model.ts';
import { effectText } from './measure-value.ts';

/** Three to four sentences a manager reads first: the top key moment, the worst floor, where to act, the scores. */
export function renderHeadlines(model: TReportModel, ctx: TRenderContext): string {
  const items: string[] = [];
  const top = model.touchpoints.find((tp) => tp.rank === 1);
  if (top && top.expectedLift !== null && top.expectedLift > 0) {
    items.push(
      ctx.t('headline.top', { name: top.name, effect: effectText(model.outcome, top.expectedLift, ctx) }),
    );
  } else items.push(ctx.t('headline.none'));
  const worst = [...model.touchpoints]
    .filter((tp) => (tp.breachRate ?? 0) > 0)
    .sort((a, b) => (b.breachRate ?? 0) - (a.breachRate ?? 0))[0];
  if (worst && worst.breachRate !== null) {
    items.push(ctx.t('headline.breach', { name: worst.name, share: ctx.format.percent(worst.breachRate) }));
  }
  const concentrate = model.touchpoints
    .filter((tp) => tp.quadrant === 'concentrate_here')
    .map((tp) => tp.name);
  if (model.touchpoints.some((tp) => tp.quadrant !== null)) {
    const names = new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(concentrate);
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
