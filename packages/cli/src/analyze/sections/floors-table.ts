import { escapeHtml } from '../html.ts';
import type { TRenderContext } from '../render-context.ts';
import type { TReportModel } from '../report-model.ts';
import { formatMeasureValue } from './measure-value.ts';

/** The floor suggestions as a table: measure, current and suggested floor, the outcome's drop, its CI and p. */
export function renderFloorsTable(model: TReportModel, ctx: TRenderContext): string {
  if (model.floors.length === 0) return `<p class="empty">${ctx.t('floors.none')}</p>`;
  const outcome = ctx.text(`outcome.${model.outcome}`);
  const level = ctx.format.percent(model.confidence);
  const head = [
    ctx.t('floors.touchpoint'),
    ctx.t('floors.measure'),
    ctx.t('floors.current'),
    ctx.t('floors.suggested'),
    ctx.t('floors.drop', { outcome }),
    ctx.t('floors.ci', { level }),
    ctx.t('floors.p'),
  ];
  const digits = model.outcome === 'churn' ? 3 : 2;
  const rows = model.floors.map((f) => {
    const cells = [
      escapeHtml(f.touchpoint),
      escapeHtml(f.measure),
      f.current === null ? ctx.t('common.na') : escapeHtml(formatMeasureValue(f.current, f.unit, ctx)),
      `<strong>${escapeHtml(formatMeasureValue(f.suggested, f.unit, ctx))}</strong>`,
      escapeHtml(ctx.format.number(f.drop, digits)),
      escapeHtml(`${ctx.format.number(f.low, digits)} – ${ctx.format.number(f.high, digits)}`),
      // 999 permutations cannot give less than 0.001: that value means no reshuffle did as well.
      escapeHtml(f.p <= 0.001 ? '≤ 0.001' : ctx.format.number(f.p, 3)),
    ];
    const className = f.isSignificant ? '' : ' class="faint"';
    return `<tr${className}>${cells.map((c, i) => `<td${i >= 2 ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  return (
    `<table class="floors"><thead><tr>${head.map((h, i) => `<th${i >= 2 ? ' class="num"' : ''}>${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table><p class="note">${ctx.t('floors.note')}</p>`
  );
}
