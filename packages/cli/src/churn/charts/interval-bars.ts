import { COLOURS, niceStep, round, shorten, svgFrame, svgText } from '../../analyze/charts/svg.ts';
import type { TChurnContext } from '../churn-render-context.ts';

/** One bar: a label, a value and its interval. */
export type TIntervalBar = { label: string; value: number; lower: number; upper: number; note: string };

const W = 760;
const ROW = 28;
const LABEL = 250;
const RIGHT = 120;

/** Horizontal bars in the given order with interval whiskers, on a percentage or plain axis (reasons, drivers). */
export function renderIntervalBars(
  bars: readonly TIntervalBar[],
  title: string,
  ctx: TChurnContext,
  scale: 'percent' | 'number' = 'percent',
): string {
  if (bars.length === 0) return '';
  const highest = Math.max(...bars.map((b) => Math.max(b.upper, b.value)));
  const step = niceStep(highest / 4);
  const max = Math.max(step, Math.ceil(highest / step - 1e-9) * step);
  const height = bars.length * ROW + 34;
  const x = (v: number) => LABEL + (Math.max(0, v) / max) * (W - LABEL - RIGHT);
  const parts: string[] = [];
  for (let i = 0; i * step <= max + 1e-12; i++) {
    const v = i * step;
    parts.push(
      `<line x1="${round(x(v))}" y1="4" x2="${round(x(v))}" y2="${height - 26}" stroke="${COLOURS.grid}"/>`,
      svgText(
        x(v),
        height - 10,
        scale === 'percent' ? ctx.format.percent(v, step < 0.01 ? 1 : 0) : ctx.format.number(v, 3),
        {
          'text-anchor': 'middle',
          class: 'tick',
        },
      ),
    );
  }
  bars.forEach((b, i) => {
    const top = 6 + i * ROW;
    const mid = top + ROW / 2;
    parts.push(
      svgText(LABEL - 10, mid + 4, shorten(b.label, 34), {
        'text-anchor': 'end',
        class: i === 0 ? 'label strong' : 'label',
      }),
      `<rect x="${LABEL}" y="${round(top + 5)}" width="${round(x(b.value) - LABEL)}" height="${ROW - 10}" rx="3" fill="${i === 0 ? COLOURS.accent : '#9fb3d1'}"/>`,
      `<line x1="${round(x(b.lower))}" y1="${round(mid)}" x2="${round(x(b.upper))}" y2="${round(mid)}" stroke="${COLOURS.ink}" stroke-width="1.5"/>`,
      `<line x1="${round(x(b.lower))}" y1="${round(mid - 5)}" x2="${round(x(b.lower))}" y2="${round(mid + 5)}" stroke="${COLOURS.ink}" stroke-width="1.5"/>`,
      `<line x1="${round(x(b.upper))}" y1="${round(mid - 5)}" x2="${round(x(b.upper))}" y2="${round(mid + 5)}" stroke="${COLOURS.ink}" stroke-width="1.5"/>`,
      svgText(W - RIGHT + 12, mid + 4, b.note, { class: 'note' }),
    );
  });
  return svgFrame(W, height, title, parts.join(''));
}
