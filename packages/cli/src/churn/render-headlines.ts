import { groupLabel } from './churn-render-context.ts';
import type { TChurnContext } from './churn-render-context.ts';
import type { TChurnReport } from './churn-report-model.ts';

/** The sentences a manager reads first: how many leave and how soon, who leaves sooner, why, what to fix. */
export function renderHeadlines(report: TChurnReport, ctx: TChurnContext): string {
  const f = ctx.format;
  const items: string[] = [];
  const s = report.summary;
  const longest = report.retentionTimes[report.retentionTimes.length - 1];
  if (s.medianTenure !== null) {
    items.push(
      ctx.t('headline.churn', {
        share: f.percent(s.churnShare, 1),
        n: f.number(s.customers, 0),
        median: ctx.tenure(s.medianTenure),
      }),
    );
  } else if (longest !== undefined) {
    items.push(
      ctx.t('headline.churnNoMedian', {
        share: f.percent(s.churnShare, 1),
        n: f.number(s.customers, 0),
        time: ctx.tenure(longest),
      }),
    );
  }
  const survival = survivalHeadline(report, ctx);
  if (survival !== null) items.push(survival);
  items.push(...hazardHeadlines(report, ctx));
  const avoided = report.avoided[0];
  if (avoided && avoided.avoided.lower > 0) {
    items.push(
      ctx.t('headline.avoided', {
        name: avoided.name,
        avoided: f.number(avoided.avoided.estimate, 0),
        lower: f.number(avoided.avoided.lower, 0),
        upper: f.number(avoided.avoided.upper, 0),
        horizon: f.number(report.horizonDays, 0),
      }),
    );
  }
  const driver = report.drivers?.drivers[0];
  if (driver && Number.isFinite(driver.share)) {
    items.push(
      ctx.t('headline.driver', { name: ctx.fullNameOf(driver.key), share: f.percent(driver.share) }),
    );
  }
  const reason = report.reasons[0];
  if (reason) items.push(ctx.t('headline.reason', { reason: reason.reason, share: f.percent(reason.share) }));
  return `<ul class="headlines">${items.map((text) => `<li>${text}</li>`).join('')}</ul>`;
}

/** Retention at the middle reading time: the spread across the groups, or breached against not. */
function survivalHeadline(report: TChurnReport, ctx: TChurnContext): string | null {
  const survival = report.survival;
  const test = survival?.comparison.logRank;
  const k = Math.min(1, report.retentionTimes.length - 1);
  const time = report.retentionTimes[k];
  if (!survival || !test || time === undefined) return null;
  const at = survival.retention.map((r) => ({ group: r.group, value: r.values[k]?.survival ?? NaN }));
  const f = ctx.format;
  if (survival.byBreach) {
    const exposed = at.find((a) => a.group === 'exposed')?.value;
    const unexposed = at.find((a) => a.group === 'unexposed')?.value;
    if (exposed === undefined || unexposed === undefined) return null;
    return ctx.t('headline.breach', {
      time: ctx.tenure(time),
      exposed: f.percent(exposed),
      unexposed: f.percent(unexposed),
      p: ctx.p(test.p),
    });
  }
  const sorted = at.filter((a) => Number.isFinite(a.value)).sort((a, b) => a.value - b.value);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (!low || !high) return null;
  return ctx.t('headline.survival', {
    by: survival.by,
    time: ctx.tenure(time),
    low: f.percent(low.value),
    lowGroup: groupLabel(report, ctx, low.group),
    high: f.percent(high.value),
    highGroup: groupLabel(report, ctx, high.group),
    p: ctx.p(test.p),
  });
}

/** The factor that speeds churn up most and the one that slows it most, when beyond chance (p < 0.05). */
function hazardHeadlines(report: TChurnReport, ctx: TChurnContext): string[] {
  const cox = report.cox;
  if (cox === null) return [];
  const f = ctx.format;
  const level = f.percent(cox.confidenceLevel);
  const significant = cox.covariates.filter((c) => c.p < 0.05 && !c.possiblyInfinite);
  if (significant.length === 0) return [ctx.t('headline.noRisk')];
  const out: string[] = [];
  const risk = [...significant].filter((c) => c.hazardRatio > 1).sort((a, b) => b.z - a.z)[0];
  if (risk) {
    out.push(
      ctx.t('headline.risk', {
        name: ctx.fullNameOf(risk.key),
        hr: f.fixed(risk.hazardRatio, 2),
        level,
        lower: f.fixed(risk.lower, 2),
        upper: f.fixed(risk.upper, 2),
      }),
    );
  }
  const protect = [...significant].filter((c) => c.hazardRatio < 1).sort((a, b) => a.z - b.z)[0];
  if (protect) {
    out.push(
      ctx.t('headline.protect', {
        name: ctx.fullNameOf(protect.key),
        cut: f.percent(1 - protect.hazardRatio),
        level,
        lower: f.percent(1 - protect.upper),
        upper: f.percent(1 - protect.lower),
      }),
    );
  }
  return out;
}
