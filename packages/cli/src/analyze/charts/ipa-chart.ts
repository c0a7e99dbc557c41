import type { TRenderContext } from '../render-context.ts';
import type { TReportTouchpoint } from '../report-model.ts';
import { COLOURS, niceStep, round, scaleColour, shorten, svgFrame, svgText } from './svg.ts';

const W = 760;
const H = 480;
const PAD = { left: 64, right: 24, top: 20, bottom: 52 };

type TPlotted = { tp: TReportTouchpoint; importance: number; performance: number };

/**
 * The importance-performance chart (Martilla & James 1977): performance across, importance up, crosshairs at
 * the averages, the four quadrants shaded and named, every touchpoint a labelled point.
 */
export function renderIpaChart(
  touchpoints: readonly TReportTouchpoint[],
  crosshairs: { importance: number; performance: number } | null,
  ctx: TRenderContext,
): string {
  const points: TPlotted[] = touchpoints.flatMap((tp) =>
    tp.importance && tp.experience !== null && tp.quadrant !== null
      ? [{ tp, importance: tp.importance.value, performance: tp.experience }]
      : [],
  );
  if (points.length === 0 || crosshairs === null) return '';
  const imps = points.map((p) => p.importance);
  const perfs = points.map((p) => p.performance);
  const meanImp = crosshairs.importance;
  const meanPerf = crosshairs.performance;
  const yStep = niceStep((Math.max(...imps) * 1.1) / 4);
  const yMax = Math.ceil((Math.max(...imps) * 1.1) / yStep) * yStep;
  // Performance is mean experience on -1..+1: zoom to the data with a margin, within the scale.
  const xMin = Math.max(-1, Math.floor(Math.min(...perfs) * 10 - 1) / 10);
  const xMax = Math.min(1, Math.ceil(Math.max(...perfs) * 10 + 1) / 10);
  const x = (v: number) => PAD.left + ((v - xMin) / (xMax - xMin || 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / (yMax || 1)) * (H - PAD.top - PAD.bottom);
  const cx = x(meanPerf);
  const cy = y(meanImp);
  const left = PAD.left;
  const right = W - PAD.right;
  const top = PAD.top;
  const bottom = H - PAD.bottom;
  const parts: string[] = [
    `<rect x="${left}" y="${top}" width="${round(cx - left)}" height="${round(cy - top)}" fill="#fbe9e6"/>`,
    `<rect x="${round(cx)}" y="${top}" width="${round(right - cx)}" height="${round(cy - top)}" fill="#e6f4ec"/>`,
    `<rect x="${left}" y="${round(cy)}" width="${round(cx - left)}" height="${round(bottom - cy)}" fill="#f3f4f6"/>`,
    `<rect x="${round(cx)}" y="${round(cy)}" width="${round(right - cx)}" height="${round(bottom - cy)}" fill="#fdf4e3"/>`,
    `<line x1="${round(cx)}" y1="${top}" x2="${round(cx)}" y2="${bottom}" stroke="${COLOURS.muted}" stroke-dasharray="4 4"/>`,
    `<line x1="${left}" y1="${round(cy)}" x2="${right}" y2="${round(cy)}" stroke="${COLOURS.muted}" stroke-dasharray="4 4"/>`,
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="none" stroke="${COLOURS.grid}"/>`,
    quadrantLabel(left + 8, top + 18, ctx.text('ipa.concentrate_here'), 'start', COLOURS.bad),
    quadrantLabel(right - 8, top + 18, ctx.text('ipa.keep_up_the_good_work'), 'end', COLOURS.good),
    quadrantLabel(left + 8, bottom - 10, ctx.text('ipa.low_priority'), 'start', COLOURS.muted),
    quadrantLabel(right - 8, bottom - 10, ctx.text('ipa.possible_overkill'), 'end', '#a36a00'),
  ];
  for (let i = 0; i <= 4; i++) {
    const v = xMin + ((xMax - xMin) * i) / 4;
    parts.push(
      svgText(x(v), bottom + 18, ctx.format.signed(v, 2), { 'text-anchor': 'middle', class: 'tick' }),
    );
  }
  for (let w = 0; w <= yMax + 1e-12; w += yStep) {
    parts.push(svgText(left - 8, y(w) + 4, ctx.format.number(w, 2), { 'text-anchor': 'end', class: 'tick' }));
  }
  parts.push(svgText((left + right) / 2, H - 10, ctx.text('ipa.performance'), axisAttrs()));
  parts.push(
    svgText(16, (top + bottom) / 2, ctx.text('ipa.importance'), {
      ...axisAttrs(),
      transform: `rotate(-90 16 ${round((top + bottom) / 2)})`,
    }),
  );
  parts.push(...placeLabels(points, x, y));
  return svgFrame(W, H, ctx.text('section.ipa'), parts.join(''));
}

function axisAttrs(): Record<string, string> {
  return { 'text-anchor': 'middle', class: 'axis' };
}

function quadrantLabel(x: number, y: number, label: string, anchor: string, colour: string): string {
  return svgText(x, y, label, { 'text-anchor': anchor, class: 'quadrant', fill: colour });
}

/** Dots and labels; a label that would overlap one already placed moves down (greedy, good enough for ~20 points). */
function placeLabels(
  points: readonly TPlotted[],
  x: (v: number) => number,
  y: (v: number) => number,
): string[] {
  const placed: { x: number; y: number; w: number }[] = [];
  const out: string[] = [];
  const sorted = [...points].sort((a, b) => b.importance - a.importance);
  for (const p of sorted) {
    const px = x(p.performance);
    const py = y(p.importance);
    const label = shorten(p.tp.name, 34);
    const w = [...label].reduce((s, c) => s + (/[\u3000-\u9fff]/.test(c) ? 13 : 7), 0);
    const anchorEnd = px + 10 + w > W - PAD.right;
    const lx = anchorEnd ? px - 10 - w : px + 10;
    let ly = py + 4;
    while (placed.some((q) => Math.abs(q.y - ly) < 14 && lx < q.x + q.w && q.x < lx + w)) ly += 14;
    placed.push({ x: lx, y: ly, w });
    // Performance here is mean experience on -1..+1.
    const fill = scaleColour((p.performance + 1) / 2);
    const ring = p.tp.isKeyMoment ? ` stroke="${COLOURS.ink}" stroke-width="2"` : ' stroke="#fff"';
    out.push(
      `<circle cx="${round(px)}" cy="${round(py)}" r="${p.tp.isKeyMoment ? 7 : 5.5}" fill="${fill}"${ring}/>`,
    );
    out.push(svgText(lx, ly, label, { class: p.tp.isKeyMoment ? 'label strong' : 'label' }));
  }
  return out;
}
