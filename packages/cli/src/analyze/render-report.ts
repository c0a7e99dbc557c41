import { renderDriverChart } from './charts/driver-chart.ts';
import { renderEmotionCurve } from './charts/emotion-curve.ts';
import { renderHistogram } from './charts/histogram.ts';
import { renderIpaChart } from './charts/ipa-chart.ts';
import { COLOURS } from './charts/svg.ts';
import { escapeHtml } from './html.ts';
import type { TMessageId } from './messages.ts';
import { createRenderContext } from './render-context.ts';
import type { TRenderContext } from './render-context.ts';
import type { TKeyCount, TReportCoefficient, TReportModel } from './report-model.ts';
import { renderDataQuality } from './sections/data-quality.ts';
import { renderFloorsTable } from './sections/floors-table.ts';
import { renderHeadlines } from './sections/headlines.ts';
import { renderJourneyMap } from './sections/journey-map.ts';
import { renderQuotes } from './sections/quotes.ts';
import { renderRecommendations } from './sections/recommendations.ts';
import { REPORT_CSS } from './styles.ts';

/**
 * The whole report as one self-contained HTML document: inline CSS, inline SVG charts, no script, no
 * external reference of any kind, every text from the message catalogue and every user string escaped.
 */
export function renderReport(model: TReportModel): string {
  const ctx = createRenderContext(model.locale);
  const outcome = ctx.text(`outcome.${model.outcome}`);
  const sections = [
    section('headlines', ctx.t('section.headlines'), renderHeadlines(model, ctx)),
    section('recommendations', ctx.t('section.recommendations'), renderRecommendations(model, ctx)),
    model.quotes.length > 0 ? section('quotes', ctx.t('section.quotes'), renderQuotes(model, ctx)) : '',
    section('journey-map', ctx.t('section.journeyMap'), renderJourneyMap(model, ctx)),
    section(
      'drivers',
      ctx.t('section.drivers', { outcome }),
      withNote(
        renderDriverChart(model.touchpoints, ctx),
        note(ctx, 'drivers.note', { level: ctx.format.percent(model.confidence) }),
        ctx,
      ),
    ),
    section(
      'ipa',
      ctx.t('section.ipa'),
      withNote(renderIpaChart(model.touchpoints, model.ipa, ctx), note(ctx, 'ipa.note', { outcome }), ctx),
    ),
    section('curves', ctx.t('section.curves'), renderCurves(model, ctx)),
    section('histogram', ctx.t('section.histogram'), renderScores(model, ctx)),
    section('floors', ctx.t('section.floors'), renderFloorsTable(model, ctx)),
    section('data-quality', ctx.t('section.dataQuality'), renderDataQuality(model, ctx)),
    section('method', ctx.t('section.method'), `<p class="note">${ctx.t('method.text')}</p>`),
  ];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(model.locale)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${ctx.t('report.title')} · ${escapeHtml(model.journeyName)}</title>`,
    `<style>${REPORT_CSS}</style></head><body><main class="report">`,
    renderHeader(model, ctx, outcome),
    ...sections,
    `<footer>${ctx.t('report.generated', { date: ctx.format.date(model.generatedAt) })}</footer>`,
    '</main></body></html>',
  ].join('\n');
}

function section(id: string, title: string, body: string): string {
  return `<section class="card" id="${id}"><h2>${title}</h2>${body}</section>`;
}

/** A chart and its note, or the sentence that says why there is no chart. */
function withNote(chart: string, chartNote: string, ctx: TRenderContext): string {
  return chart === '' ? `<p class="empty">${ctx.t('drivers.none')}</p>` : chart + chartNote;
}

function note(ctx: TRenderContext, id: TMessageId, values: Record<string, string>): string {
  return `<p class="note">${ctx.t(id, values)}</p>`;
}

function renderHeader(model: TReportModel, ctx: TRenderContext, outcome: string): string {
  const f = ctx.format;
  const period = model.period ? `${f.date(model.period.from)} – ${f.date(model.period.to)}` : '';
  const facts: [TMessageId, string][] = [
    ['header.journey', model.journeyName],
    ...(model.period ? [['header.period', period] as [TMessageId, string]] : []),
    ['header.episodes', f.number(model.counts.episodes, 0)],
    ['header.moments', f.number(model.counts.moments, 0)],
    ['header.withOutcome', f.number(model.counts.withOutcome, 0)],
    ['header.source', ctx.text(model.source === 'survey' ? 'source.survey' : 'source.moments')],
  ];
  const items = facts.map(([id, value]) => {
    const wide = id === 'header.period' ? ' class="wide"' : '';
    return `<div${wide}><dt>${ctx.t(id)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  });
  return (
    `<header class="top"><h1>${ctx.t('report.title')}</h1>` +
    `<p class="subtitle">${ctx.t('report.subtitle', { outcome })}</p><dl class="facts">${items.join('')}</dl></header>`
  );
}

function renderCurves(model: TReportModel, ctx: TRenderContext): string {
  const { good, bad } = model.curves;
  if (!good && !bad) return `<p class="empty">${ctx.t('curves.none')}</p>`;
  const figures = [
    good
      ? renderEmotionCurve(
          good,
          ctx.text('curves.good', { score: ctx.format.number(good.score10, 1) }),
          COLOURS.good,
          ctx,
        )
      : '',
    bad
      ? renderEmotionCurve(
          bad,
          ctx.text('curves.bad', { score: ctx.format.number(bad.score10, 1) }),
          COLOURS.bad,
          ctx,
        )
      : '',
  ];
  return `<div class="curves">${figures.join('')}</div>${note(ctx, 'curves.note', {})}`;
}

function renderScores(model: TReportModel, ctx: TRenderContext): string {
  const role = (id: TMessageId, counts: readonly TKeyCount[]) => {
    const list = counts
      .map((c) => `${escapeHtml(c.name)} (${escapeHtml(ctx.format.percent(c.share))})`)
      .join('<br>');
    return `<div><strong>${ctx.t(id)}</strong>${list || ctx.t('common.na')}</div>`;
  };
  const roles = [
    role('histogram.peaks', model.peakEnd.peaks),
    role('histogram.troughs', model.peakEnd.troughs),
    role('histogram.ends', model.peakEnd.ends),
  ];
  const refit = model.peakEndRefit;
  const controlled = model.peakEndControlled;
  // The controlled refit holds each touchpoint's own effect fixed, which the shares cannot: it is shown
  // when the data can tell the peak or the end apart, the shares otherwise.
  const coefficient = (c: TReportCoefficient | null): string =>
    c === null
      ? ctx.t('histogram.notSeparable')
      : ctx.t('histogram.coefficient', {
          estimate: ctx.format.number(c.estimate, 2),
          lower: ctx.format.number(c.lower, 2),
          upper: ctx.format.number(c.upper, 2),
        });
  const refitNote = controlled
    ? note(ctx, 'histogram.controlled', {
        n: ctx.format.number(controlled.n, 0),
        peak: coefficient(controlled.peak),
        end: coefficient(controlled.end),
        breaches: coefficient(controlled.breaches),
      })
    : refit
      ? note(ctx, 'histogram.refit', {
          peak: ctx.format.percent(refit.peak),
          end: ctx.format.percent(refit.end),
          mean: ctx.format.percent(refit.mean),
          r2: ctx.format.number(refit.r2, 2),
        })
      : '';
  return `${renderHistogram(model.histogram, ctx)}${note(ctx, 'histogram.note', {})}${refitNote}<div class="roles">${roles.join('')}</div>`;
}
