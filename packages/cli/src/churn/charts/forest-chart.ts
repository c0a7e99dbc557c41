import type { TChurnHazardRatio } from '@mot/core';
import { COLOURS, round, shorten, svgFrame, svgText } from '../../analyze/charts/svg.ts';
import type { TChurnContext } from '../churn-render-context.ts';

const W = 760;
const ROW = 28;
const LABEL = 250;
const RIGHT = 210;

/**
 * Hazard ratios with their intervals on a log scale around 1 (a forest plot), highest first: red when the
 * interval lies above 1 (churn comes sooner), green below 1, grey when it spans 1; the ratio, interval and
 * p printed on the right.
 */
export function renderForestChart(rows: readonly TChurnHazardRatio[], ctx: TChurnContext): string {
  const shown = rows.filter((r) => Number.isFinite(r.lower) && Number.isFinite(r.upper) && r.lower > 0);
  if (shown.length === 0) return '';
  const sorted = [...shown].sort((a, b) => b.hazardRatio - a.hazardRatio);
  const low = Math.min(0.5, ...sorted.map((r) => r.lower));
  const high = Math.max(2, ...sorted.map((r) => r.upper));
  // The axis runs from the round tick at or below the lowest bound to the one at or above the highest.
  const all = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 10, 25, 50, 100, 250];
  const first = [...all].reverse().find((t) => t <= low) ?? low;
  const last = all.find((t) => t >= high) ?? high;
  const ticks = all.filter((t) => t >= first && t <= last);
  const lo = Math.log(first);
  const hi = Math.log(last);
  const x = (v: number) => LABEL + ((Math.log(v) - lo) / (hi - lo)) * (W - LABEL - RIGHT);
  const height = sorted.length * ROW + 34;
  const parts: string[] = [];
  for (const t of ticks) {
    const stroke = t === 1 ? COLOURS.muted : COLOURS.grid;
    parts.push(
      `<line x1="${round(x(t))}" y1="4" x2="${round(x(t))}" y2="${height - 26}" stroke="${stroke}"${t === 1 ? ' stroke-width="1.5"' : ''}/>`,
      svgText(x(t), height - 10, ctx.format.number(t, 2), { 'text-anchor': 'middle', class: 'tick' }),
    );
  }
  sorted.forEach((r, i) => {
    const mid = 6 + i * ROW + ROW / 2;
    const colour = r.lower > 1 ? COLOURS.bad : r.upper < 1 ? COLOURS.good : COLOURS.muted;
    const strong = r.lower > 1 || r.upper < 1;
    parts.push(
      svgText(LABEL - 10, mid + 4, shorten(ctx.nameOf(r.key), 34), {
        'text-anchor': 'end',
        class: strong ? 'label strong' : 'label',
      }),
      `<line x1="${round(x(r.lower))}" y1="${round(mid)}" x2="${round(x(r.upper))}" y2="${round(mid)}" stroke="${colour}" stroke-width="2"/>`,
      `<rect x="${round(x(r.hazardRatio) - 5)}" y="${round(mid - 5)}" width="10" height="10" fill="${colour}"/>`,
      svgText(
        W - RIGHT + 12,
        mid + 4,
        ctx.text('hazards.ratio', {
          hr: ctx.format.fixed(r.hazardRatio, 2),
          lower: ctx.format.fixed(r.lower, 2),
          upper: ctx.format.fixed(r.upper, 2),
          p: ctx.p(r.p),
        }),
        { class: 'note' },
      ),
    );
  });
  return svgFrame(W, height, ctx.text('section.hazards'), parts.join(''));
}
