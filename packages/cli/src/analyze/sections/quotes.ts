import { scaleColour } from '../charts/svg.ts';
import { escapeHtml } from '../html.ts';
import type { TRenderContext } from '../render-context.ts';
import type { TReportModel } from '../report-model.ts';

/** The most negative comments at each key moment, as quotes under the touchpoint's name. */
export function renderQuotes(model: TReportModel, ctx: TRenderContext): string {
  const blocks = model.quotes.map((entry) => {
    const items = entry.quotes.map(
      (q) =>
        `<blockquote style="border-left-color:${scaleColour((q.value + 1) / 2)}">${escapeHtml(q.text)}</blockquote>`,
    );
    return (
      `<div class="quotes"><div class="quotes-head"><span class="badge">${ctx.t('map.badge', { rank: entry.rank })}</span>` +
      ` ${escapeHtml(entry.name)}</div>${items.join('')}</div>`
    );
  });
  return `<div class="quotes-grid">${blocks.join('')}</div><p class="note">${ctx.t('quotes.note')}</p>`;
}
