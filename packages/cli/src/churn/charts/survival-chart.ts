import type { TSurvivalCurve } from '@mot/core';
import { COLOURS, niceStep, round, shorten, svgFrame, svgText } from '../../analyze/charts/svg.ts';
import type { TChurnContext } from '../churn-render-context.ts';

/** Colours of the groups' curves, in order (the first is the reference group's). */
export const GROUP_COLOURS = [
  '#2f5fb3',
  '#c8402f',
  '#1f8a5b',
  '#e3a21a',
  '#7a4fb3',
  '#0f8a9d',
  '#b35f2f',
  '#6b7785',
];

const W = 760;
const H = 330;
const PAD = { left: 56, right: 200, top: 14, bottom: 48 };
/** Most points drawn per curve: steps closer than 1/600 of the axis are merged (invisible at this size). */
const MAX_POINTS = 600;

/**
 * Kaplan–Meier curves as step functions on 0–100% retention against tenure, each with its pointwise
 * interval as a light band, and a legend naming each group with its size on the right.
 */
export function renderSurvivalChart(
  curves: readonly TSurvivalCurve[],
  labelOf: (group: string) => string,
  ctx: TChurnContext,
  unit: string,
): string {
  const longest = Math.max(1e-9, ...curves.flatMap((c) => c.steps.map((s) => s.time)));
  const step = niceStep(longest / 6);
  const maxX = Math.ceil(longest / step - 1e-9) * step;
  const x = (t: number) => PAD.left + (t / maxX) * (W - PAD.left - PAD.right);
  const y = (s: number) => PAD.top + (1 - s) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  for (let v = 0; v <= 1 + 1e-9; v += 0.2) {
    parts.push(
      `<line x1="${PAD.left}" y1="${round(y(v))}" x2="${W - PAD.right}" y2="${round(y(v))}" stroke="${COLOURS.grid}"/>`,
      svgText(PAD.left - 8, y(v) + 4, ctx.format.percent(v), { 'text-anchor': 'end', class: 'tick' }),
    );
  }
  for (let t = 0; t <= maxX + 1e-9; t += step) {
    parts.push(
      svgText(x(t), H - PAD.bottom + 18, ctx.format.number(t, 1), { 'text-anchor': 'middle', class: 'tick' }),
    );
  }
  parts.push(
    svgText((PAD.left + W - PAD.right) / 2, H - 8, ctx.text('survival.axis', { unit }), {
      'text-anchor': 'middle',
      class: 'axis',
    }),
  );
  curves.forEach((curve, i) => {
    const colour = GROUP_COLOURS[i % GROUP_COLOURS.length] ?? COLOURS.accent;
    const points = thin(curve, maxX);
    const upper: string[] = [];
    const lower: string[] = [];
    let line = `M${round(x(0))} ${round(y(1))}`;
    let previous = { s: 1, lo: 1, hi: 1 };
    for (const p of points) {
      line += ` H${round(x(p.time))} V${round(y(p.s))}`;
      upper.push(`${round(x(p.time))},${round(y(previous.hi))}`, `${round(x(p.time))},${round(y(p.hi))}`);
      lower.push(`${round(x(p.time))},${round(y(previous.lo))}`, `${round(x(p.time))},${round(y(p.lo))}`);
      previous = p;
    }
    const end = points[points.length - 1]?.time ?? 0;
    line += ` H${round(x(end))}`;
    const band = [
      `${round(x(0))},${round(y(1))}`,
      ...upper,
      ...lower.reverse(),
      `${round(x(0))},${round(y(1))}`,
    ];
    parts.push(
      `<polygon points="${band.join(' ')}" fill="${colour}" fill-opacity="0.12" stroke="none"/>`,
      `<path d="${line}" fill="none" stroke="${colour}" stroke-width="2.4"/>`,
    );
    const ly = PAD.top + 14 + i * 22;
    parts.push(
      `<rect x="${W - PAD.right + 14}" y="${ly - 9}" width="14" height="4" rx="2" fill="${colour}"/>`,
      svgText(
        W - PAD.right + 34,
        ly - 3,
        shorten(`${labelOf(curve.group)} (${ctx.format.number(curve.n, 0)})`, 28),
        {
          class: 'label',
        },
      ),
    );
  });
  return svgFrame(W, H, ctx.text('survival.retained'), parts.join(''));
}

/** The curve's steps where it changes, merged when closer than 1/MAX_POINTS of the axis. */
function thin(curve: TSurvivalCurve, maxX: number): { time: number; s: number; lo: number; hi: number }[] {
  const out: { time: number; s: number; lo: number; hi: number }[] = [];
  const gap = maxX / MAX_POINTS;
  for (const step of curve.steps) {
    const point = {
      time: step.time,
      s: step.survival,
      lo: step.lower ?? step.survival,
      hi: step.upper ?? step.survival,
    };
    const last = out[out.length - 1];
    if (last && step.time - last.time < gap) out[out.length - 1] = point;
    else out.push(point);
  }
  return out;
}
