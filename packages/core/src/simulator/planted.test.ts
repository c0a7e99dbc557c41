import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { COMMENT_TEMPLATES, simulate, commentToneOf, truthOf } from './index.ts';
import type { TSimEpisodeOutcome, TCommentTone } from './index.ts';

/** Pearson's product-moment correlation (Pearson 1895). */
function correlation(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Ordinary least squares by the normal equations, solved by Gauss-Jordan elimination with pivoting. */
function leastSquares(rows: number[][], y: number[]): number[] {
  const k = rows[0]?.length ?? 0;
  const a = Array.from({ length: k }, (_, i) => {
    const row = Array.from({ length: k + 1 }, () => 0);
    rows.forEach((x, n) => {
      for (let j = 0; j < k; j++) row[j] = (row[j] ?? 0) + (x[i] ?? 0) * (x[j] ?? 0);
      row[k] = (row[k] ?? 0) + (x[i] ?? 0) * (y[n] ?? 0);
    });
    return row;
  });
  for (let c = 0; c < k; c++) {
    const pivot = a
      .slice(c)
      .reduce((best, row, i) => (Math.abs(row[c] ?? 0) > Math.abs(a[best]?.[c] ?? 0) ? c + i : best), c);
    [a[c], a[pivot]] = [a[pivot] as number[], a[c] as number[]];
    const p = a[c] as number[];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = (a[r]?.[c] ?? 0) / (p[c] ?? 1);
      a[r] = (a[r] as number[]).map((v, j) => v - f * (p[j] ?? 0));
    }
  }
  return a.map((row, i) => (row[k] ?? 0) / (row[i] ?? 1));
}

/** The tone and language a template was written in. */
const templateTone = new Map<string, { tone: TCommentTone; locale: string }>();
for (const byTone of Object.values(COMMENT_TEMPLATES)) {
  for (const [tone, byLocale] of Object.entries(byTone)) {
    for (const [locale, texts] of Object.entries(byLocale)) {
      for (const text of texts) templateTone.set(text, { tone: tone as TCommentTone, locale });
    }
  }
}

// One run shared by the tests: 6,000 customers of the repair journey, everyone surveyed.
const pack = getPack('property-management') as TPack;
const experienceByEpisode = new Map<string, Map<string, number>>();
const outcomes: TSimEpisodeOutcome[] = [];
const comments: { text: string; perceived: number; rating: number | undefined; locale: string }[] = [];
const locales = new Map<string, string>();
for (const r of simulate(pack, {
  seed: 3,
  customers: 6000,
  journeys: ['repair'],
  start: '2026-01-01T00:00:00Z',
  surveyShare: 1,
})) {
  if (r.kind === 'customer') locales.set(r.customer.externalId, r.locale);
  else if (r.kind === 'moment') {
    const byTp = experienceByEpisode.get(r.moment.episode) ?? new Map<string, number>();
    byTp.set(r.moment.touchpoint, r.experience);
    experienceByEpisode.set(r.moment.episode, byTp);
    const locale = locales.get(r.moment.customer) ?? '';
    if (r.moment.comment)
      comments.push({ text: r.moment.comment, perceived: r.perceived, rating: r.moment.rating, locale });
  } else outcomes.push(r);
}

describe('planted truth shows in simple statistics', () => {
  test('overall satisfaction follows the strongly planted touchpoint more than the weak one', () => {
    const overall: number[] = [];
    const top: number[] = [];
    const weak: number[] = [];
    for (const o of outcomes) {
      const byTp = experienceByEpisode.get(o.episode);
      const t = byTp?.get('repair_completion');
      const w = byTp?.get('repair_request');
      if (o.overall === null || t === undefined || w === undefined) continue;
      overall.push(o.overall);
      top.push(t);
      weak.push(w);
    }
    const rTop = correlation(overall, top);
    const rWeak = correlation(overall, weak);
    assert.ok(rTop > 0.4, `r(top) = ${rTop}`);
    assert.ok(rTop > rWeak + 0.2, `r(top) = ${rTop}, r(weak) = ${rWeak}`);
  });

  test('a regression of overall on the touchpoints ranks them like their planted strengths', () => {
    // A touchpoint an episode skipped counts as met (0.5): it cost nothing, as in the outcome model.
    // The planted strength is the touchpoint's total effect (driver plus its share of the peak-end and
    // breach terms), which is what a slope estimates; the bare drivers rank the end touchpoint too low.
    const keys = ['repair_request', 'technician_arrival', 'repair_completion', 'repair_callback'];
    const rows: number[][] = [];
    const y: number[] = [];
    for (const o of outcomes) {
      const byTp = experienceByEpisode.get(o.episode);
      if (o.overall === null || !byTp) continue;
      rows.push([1, ...keys.map((k) => byTp.get(k) ?? 0.5)]);
      y.push(o.overall);
    }
    const slopes = leastSquares(rows, y).slice(1);
    const planted = truthOf(pack, { seed: 3, journeys: ['repair'] }).journeys['repair']?.touchpoints;
    const strengths = keys.map((k) => planted?.[k]?.strength ?? NaN);
    const order = (xs: number[]): string[] =>
      keys.slice().sort((a, b) => xs[keys.indexOf(b)]! - xs[keys.indexOf(a)]!);
    assert.deepEqual(order(slopes), order(strengths), `${slopes} vs ${strengths}`);
  });

  test('episodes with a floor breach score lower and churn more', () => {
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const breached = outcomes.filter((o) => o.breaches > 0);
    const clean = outcomes.filter((o) => o.breaches === 0);
    assert.ok(breached.length > 300 && clean.length > 300);
    const churn = (os: TSimEpisodeOutcome[]): number => os.filter((o) => o.churned).length / os.length;
    assert.ok(mean(breached.map((o) => o.overall ?? 0)) < mean(clean.map((o) => o.overall ?? 0)) - 2);
    assert.ok(churn(breached) > 2 * churn(clean), `${churn(breached)} vs ${churn(clean)}`);
  });

  test('NPS follows overall satisfaction', () => {
    const rated = outcomes.filter((o) => o.overall !== null && o.nps !== null);
    const r = correlation(
      rated.map((o) => o.overall ?? 0),
      rated.map((o) => o.nps ?? 0),
    );
    assert.ok(r > 0.7, String(r));
  });

  test("a comment's tone follows the moment and its language is the customer's", () => {
    assert.ok(comments.length > 1000);
    const tones = new Set<TCommentTone>();
    for (const c of comments) {
      const written = templateTone.get(c.text);
      assert.ok(written, c.text);
      assert.equal(written.tone, commentToneOf(c.perceived), `${c.text} at ${c.perceived}`);
      assert.equal(written.locale, c.locale);
      tones.add(written.tone);
      if (c.rating !== undefined && written.tone === 'negative') assert.ok(c.rating <= 3);
      if (c.rating !== undefined && written.tone === 'positive') assert.ok(c.rating >= 3);
    }
    assert.equal(tones.size, 3);
  });
});
