import { basename } from 'node:path';
import { escapeHtml } from '../analyze/html.ts';
import { REPORT_CSS } from '../analyze/styles.ts';
import { renderForestChart } from './charts/forest-chart.ts';
import { renderIntervalBars } from './charts/interval-bars.ts';
import { renderSurvivalChart, GROUP_COLOURS } from './charts/survival-chart.ts';
import { createChurnContext, groupLabel } from './churn-render-context.ts';
import type { TChurnContext } from './churn-render-context.ts';
import type { TChurnReport } from './churn-report-model.ts';
import { renderHeadlines } from './render-headlines.ts';
import type { TReportLocale } from '../analyze/messages.ts';
import type { TChurnMessageId } from './messages.ts';

const EXTRA_CSS = `.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:8px;vertical-align:-1px}`;

/**
 * The churn report as one self-contained HTML document, styled as `mot analyze`'s: inline CSS, inline SVG
 * charts, no script and no external reference, every text from the message catalogue, user strings escaped.
 */
export function renderChurnReport(report: TChurnReport, locale: TReportLocale): string {
  const ctx = createChurnContext(locale, report);
  const survivalTitle =
    report.survival === null || report.survival.byBreach
      ? ctx.t('section.survival')
      : ctx.t('section.survivalBy', { by: report.survival.by });
  const sections = [
    section('headlines', ctx.t('section.headlines'), renderHeadlines(report, ctx)),
    section('survival', survivalTitle, renderSurvival(report, ctx)),
    section('hazards', ctx.t('section.hazards'), renderHazards(report, ctx)),
    section('drivers', ctx.t('section.drivers'), renderDrivers(report, ctx)),
    report.avoided.length > 0 || report.moments !== null
      ? section('avoided', ctx.t('section.avoided'), renderAvoided(report, ctx))
      : '',
    section('reasons', ctx.t('section.reasons'), renderReasons(report, ctx)),
    section('data-quality', ctx.t('section.dataQuality'), renderQuality(report, ctx)),
    section('method', ctx.t('section.method'), `<p class="note">${ctx.t('method.text')}</p>`),
  ];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${ctx.t('report.title')} · ${escapeHtml(basename(report.input.customers))}</title>`,
    `<style>${REPORT_CSS}${EXTRA_CSS}</style></head><body><main class="report">`,
    renderHeader(report, ctx),
    ...sections,
    `<footer>${ctx.t('report.generated', { date: ctx.format.date(report.generatedAt) })}</footer>`,
    '</main></body></html>',
  ].join('\n');
}

function section(id: string, title: string, body: string): string {
  return `<section class="card" id="${id}"><h2>${title}</h2>${body}</section>`;
}

function note(text: string): string {
  return `<p class="note">${text}</p>`;
}

function renderHeader(report: TChurnReport, ctx: TChurnContext): string {
  const f = ctx.format;
  const s = report.summary;
  const longest = report.retentionTimes[report.retentionTimes.length - 1];
  const median =
    s.medianTenure !== null
      ? ctx.tenure(s.medianTenure)
      : longest !== undefined
        ? ctx.text('median.none', { time: ctx.tenure(longest) })
        : ctx.text('common.na');
  const facts: [TChurnMessageId, string][] = [
    ['header.customers', f.number(s.customers, 0)],
    ['header.churned', `${f.number(s.churned, 0)} (${f.percent(s.churnShare, 1)})`],
    ['header.median', median],
    ['header.source', basename(report.input.customers)],
  ];
  const items = facts.map(([id, value]) => `<div><dt>${ctx.t(id)}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return (
    `<header class="top"><h1>${ctx.t('report.title')}</h1>` +
    `<p class="subtitle">${ctx.t('report.subtitle')}</p><dl class="facts">${items.join('')}</dl></header>`
  );
}

function renderSurvival(report: TChurnReport, ctx: TChurnContext): string {
  const survival = report.survival;
  if (survival === null) return `<p class="empty">${ctx.t('survival.none')}</p>`;
  const { comparison } = survival;
  const unit = ctx.text(`unit.${report.tenureUnit}`);
  const level = ctx.format.percent(comparison.confidenceLevel);
  const chart = renderSurvivalChart(comparison.curves, (g) => groupLabel(report, ctx, g), ctx, unit);
  const head = [
    ctx.t('survival.group'),
    ctx.t('survival.n'),
    ctx.t('survival.events'),
    ctx.t('survival.median'),
    ...report.retentionTimes.map((t) => ctx.t('survival.at', { time: ctx.tenure(t) })),
  ];
  const body = comparison.curves.map((curve, i) => {
    const retention = survival.retention[i]?.values ?? [];
    const cells = [
      `<span class="swatch" style="background:${GROUP_COLOURS[i % GROUP_COLOURS.length]}"></span>${escapeHtml(groupLabel(report, ctx, curve.group))}`,
      ctx.format.number(curve.n, 0),
      ctx.format.number(curve.events, 0),
      curve.median.estimate === null ? ctx.t('common.na') : escapeHtml(ctx.tenure(curve.median.estimate)),
      ...retention.map((r) => escapeHtml(ctx.format.percent(r.survival))),
    ];
    return `<tr>${cells.map((c, k) => `<td${k > 0 ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  const table =
    `<table class="floors"><thead><tr>${head.map((h, k) => `<th${k > 0 ? ' class="num"' : ''}>${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${body.join('')}</tbody></table>`;
  const test = comparison.logRank;
  const testNote =
    test === null
      ? ''
      : note(
          ctx.t('survival.logRank', {
            chi: ctx.format.fixed(test.chiSquare, 1),
            df: test.df,
            p: ctx.p(test.p),
          }),
        );
  return chart + note(ctx.t('survival.note', { level })) + table + testNote;
}

function problemText(ctx: TChurnContext, code: string | null): string {
  const known = ['too_few_events', 'too_few_predictors', 'singular'];
  return ctx.text(known.includes(code ?? '') ? (`problem.${code}` as TChurnMessageId) : 'problem.other');
}

function renderHazards(report: TChurnReport, ctx: TChurnContext): string {
  const cox = report.cox;
  if (cox === null)
    return `<p class="empty">${ctx.t('hazards.none', { why: problemText(ctx, report.coxProblem) })}</p>`;
  const parts = [
    renderForestChart(cox.covariates, ctx),
    note(
      ctx.t('hazards.note', {
        level: ctx.format.percent(cox.confidenceLevel),
        c: ctx.format.fixed(cox.concordance, 2),
        n: ctx.format.number(cox.n, 0),
        events: ctx.format.number(cox.events, 0),
      }),
    ),
  ];
  const references = [
    ...new Map(
      report.covariates.flatMap((c) => (c.kind === 'level' ? [[c.column, c.reference] as const] : [])),
    ).entries(),
  ];
  if (references.length > 0) {
    const list = references.map(([column, reference]) => `${column} = ${reference}`);
    parts.push(note(ctx.t('hazards.references', { list: list.join(ctx.locale === 'zh-CN' ? '；' : '; ') })));
  }
  if (cox.dropped.length > 0) {
    const list = cox.dropped.map((d) => `${ctx.nameOf(d.key)} (${ctx.text(`hazards.reason.${d.reason}`)})`);
    parts.push(note(ctx.t('hazards.dropped', { list: list.join(ctx.locale === 'zh-CN' ? '；' : '; ') })));
  }
  return parts.join('');
}

function renderDrivers(report: TChurnReport, ctx: TChurnContext): string {
  const drivers = report.drivers;
  if (drivers === null) {
    return `<p class="empty">${ctx.t('drivers.none', { why: problemText(ctx, report.driversProblem) })}</p>`;
  }
  const bars = drivers.drivers.map((d) => ({
    label: ctx.nameOf(d.key),
    value: d.importance,
    lower: d.lower,
    upper: d.upper,
    note: ctx.format.percent(d.share),
  }));
  const v = report.validation;
  const validation =
    v === null
      ? ''
      : note(
          ctx.t('drivers.validation', {
            auc: ctx.format.percent(v.auc.estimate),
            n: ctx.format.number(v.n, 0),
            level: ctx.format.percent(drivers.confidenceLevel),
            lower: ctx.format.percent(v.auc.lower),
            upper: ctx.format.percent(v.auc.upper),
          }),
        );
  return (
    validation +
    renderIntervalBars(bars, ctx.text('section.drivers'), ctx, 'number') +
    note(
      ctx.t('drivers.note', {
        method: ctx.text(`drivers.${drivers.method}`),
        level: ctx.format.percent(drivers.confidenceLevel),
        replicates: drivers.replicates,
      }),
    )
  );
}

function renderReasons(report: TChurnReport, ctx: TChurnContext): string {
  if (report.reasons.length === 0) return `<p class="empty">${ctx.t('reasons.none')}</p>`;
  const n = report.reasons.reduce((s, r) => s + r.n, 0);
  const bars = report.reasons.slice(0, 12).map((r) => ({
    label: r.reason,
    value: r.share,
    lower: r.lower,
    upper: r.upper,
    note: `${ctx.format.percent(r.share)} (${ctx.format.number(r.n, 0)})`,
  }));
  return (
    renderIntervalBars(bars, ctx.text('section.reasons'), ctx) +
    note(ctx.t('reasons.note', { n: ctx.format.number(n, 0) }))
  );
}

function renderAvoided(report: TChurnReport, ctx: TChurnContext): string {
  if (report.avoided.length === 0) return `<p class="empty">${ctx.t('avoided.none')}</p>`;
  const f = ctx.format;
  const level = f.percent(report.avoided[0]?.confidenceLevel ?? 0.95);
  const horizon = f.number(report.horizonDays, 0);
  const head = [
    ctx.t('avoided.touchpoint'),
    ctx.t('avoided.exposed'),
    ctx.t('avoided.expected', { horizon }),
    ctx.t('avoided.ifMet'),
    ctx.t('avoided.avoided', { level }),
  ];
  const rows = report.avoided.map((a) => {
    const cells = [
      escapeHtml(a.name),
      f.number(a.exposed, 0),
      f.number(a.expectedChurn, 1),
      f.number(a.expectedChurnIfMet, 1),
      `<strong>${f.number(a.avoided.estimate, 1)}</strong> (${f.number(a.avoided.lower, 1)}–${f.number(a.avoided.upper, 1)})`,
    ];
    return `<tr>${cells.map((c, k) => `<td${k > 0 ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  return (
    `<table class="floors"><thead><tr>${head.map((h, k) => `<th${k > 0 ? ' class="num"' : ''}>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    note(ctx.t('avoided.note', { horizon }))
  );
}

function renderQuality(report: TChurnReport, ctx: TChurnContext): string {
  const q = report.input;
  const parts = [
    `<p>${ctx.t('quality.rows', { read: ctx.format.number(q.rowsRead, 0), rejected: ctx.format.number(q.rowsRejected, 0) })}</p>`,
  ];
  if (q.problems.length > 0) {
    const items = q.problems.map(
      (p) =>
        `<li><code>${ctx.t('quality.line', { file: basename(p.file), line: p.line, reason: p.reason })}</code></li>`,
    );
    parts.push(`<ul class="problems">${items.join('')}</ul>`);
  } else if (q.rowsRejected === 0) parts.push(`<p>${ctx.t('quality.clean')}</p>`);
  if (report.moments !== null) {
    parts.push(
      `<p>${ctx.t('quality.moments', {
        moments: ctx.format.number(report.moments.rows, 0),
        touchpoints: report.moments.touchpoints,
        customers: ctx.format.number(report.moments.customersWithMoments, 0),
      })}</p>`,
    );
  }
  return parts.join('');
}
