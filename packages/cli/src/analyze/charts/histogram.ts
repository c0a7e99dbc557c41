import type { TRenderContext } from '../render-context.ts';
import { COLOURS, niceStep, round, scaleColour, svgFrame, svgText } from './svg.ts';

const W = 760;
const H = 220;
const PAD = { left: 56, right: 16, top: 14, bottom: 44 };

/** Episode scores 0..10 in ten bins, each bar coloured by where it sits on the scale. */
export function renderHistogram(bins: readonly number[], ctx: TRenderContext): string {
  // Counts: a whole-number step.
  const step = Math.max(1, niceStep(Math.max(4, ...bins) / 4));
  const max = Math.ceil(Math.max(4, ...bins) / step) * step;
  const width = (W - PAD.left - PAD.right) / Math.max(1, bins.length);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  for (let v = 0; v <= max; v += step) {
    parts.push(
      `<line x1="${PAD.left}" y1="${round(y(v))}" x2="${W - PAD.right}" y2="${round(y(v))}" stroke="${COLOURS.grid}"/>`,
      svgText(PAD.left - 8, y(v) + 4, ctx.format.number(v, 0), { 'text-anchor': 'end', class: 'tick' }),
    );
  }
  bins.forEach((count, i) => {
    const left = PAD.left + i * width;
    parts.push(
      `<rect x="${round(left + 2)}" y="${round(y(count))}" width="${round(width - 4)}" height="${round(y(0) - y(count))}" rx="2" fill="${scaleColour((i + 0.5) / bins.length)}"/>`,
      svgText(left, H - PAD.bottom + 16, ctx.format.number(i, 0), { 'text-anchor': 'middle', class: 'tick' }),
    );
  });
  parts.push(
    svgText(W - PAD.right, H - PAD.bottom + 16, ctx.format.number(bins.length, 0), {
      'text-anchor': 'middle',
      class: 'tick',
    }),
    svgText((PAD.left + W - PAD.right) / 2, H - 6, ctx.text('histogram.axis'), {
      'text-anchor': 'middle',
      class: 'axis',
    }),
  );
  return svgFrame(W, H, ctx.text('section.histogram'), parts.join(''));
}
