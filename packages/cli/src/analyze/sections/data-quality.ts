import { basename } from 'node:path';
import type { TRenderContext } from '../render-context.ts';
import type { TReportModel } from '../report-model.ts';

/**
 * Rows read and rejected with the first few reasons (file and line), cells read as missing by code per
 * column, episodes without an outcome, late moments.
 */
export function renderDataQuality(model: TReportModel, ctx: TRenderContext): string {
  const q = model.dataQuality;
  const parts = [
    `<p>${ctx.t('quality.rows', {
      read: ctx.format.number(q.rowsRead, 0),
      rejected: ctx.format.number(q.rowsRejected, 0),
    })}</p>`,
  ];
  if (q.firstProblems.length > 0) {
    const items = q.firstProblems.map(
      (p) =>
        `<li><code>${ctx.t('quality.line', { file: basename(p.file), line: p.line, reason: p.reason })}</code></li>`,
    );
    parts.push(`<ul class="problems">${items.join('')}</ul>`);
  } else if (q.rowsRejected === 0) parts.push(`<p>${ctx.t('quality.clean')}</p>`);
  if (q.missingByCode.length > 0) {
    const items = q.missingByCode.map(
      (m) =>
        `<li>${ctx.t('quality.missingColumn', { column: m.column, cells: ctx.format.number(m.cells, 0) })}</li>`,
    );
    parts.push(`<p>${ctx.t('quality.missingCodes')}</p><ul class="missing-codes">${items.join('')}</ul>`);
  }
  if (q.episodesWithoutOutcome > 0) {
    parts.push(
      `<p>${ctx.t('quality.outcomes', { missing: ctx.format.number(q.episodesWithoutOutcome, 0) })}</p>`,
    );
  }
  if (q.lateMoments > 0) {
    parts.push(`<p>${ctx.t('quality.late', { count: ctx.format.number(q.lateMoments, 0) })}</p>`);
  }
  return parts.join('');
}
