import type { TRenderContext } from '../render-context.ts';
import type { TReportTouchpoint } from '../report-model.ts';
import { COLOURS, niceStep, round, shorten, svgFrame, svgText } from './svg.ts';

const W = 760;
const ROW = 30;
const LABEL = 230;
const RIGHT = 150;

/** Importance of each touchpoint as a horizontal bar with its confidence interval as a whisker, largest first. */
export function renderDriverChart(touchpoints: readonly TReportTouchpoint[], ctx: TRenderContext): string {
  const rows = touchpoints
    .flatMap((tp) => (tp.importance ? [{ tp, imp: tp.importance }] : []))
    .sort((a, b) => b.imp.value - a.imp.value);
  if (rows.length === 0) return '';
  const highest = Math.max(...rows.map((r) => Math.max(r.imp.high, r.imp.value)));
  const step = niceStep(highest / 4);
  const max = Math.max(step, Math.ceil(highest / step - 1e-9) * step);
  const height = rows.length * ROW + 34;
  const x = (v: number) => LABEL + (Math.max(0, v) / max) * (W - LABEL - RIGHT);
  const parts: string[] = [];
  for (let i = 0; i * step <= max + 1e-12; i++) {
    const v = i * step;
    parts.push(
      `<line x1="${round(x(v))}" y1="4" x2="${round(x(v))}" y2="${height - 26}" stroke="${COLOURS.grid}"/>`,
      svgText(x(v), height - 10, ctx.format.number(v, 2), { 'text-anchor': 'middle', class: 'tick' }),
    );
  }
  rows.forEach(({ tp, imp }, i) => {
    const top = 6 + i * ROW;
    const mid = top + ROW / 2 - 2;
    const fill = tp.isKeyMoment ? COLOURS.accent : '#9fb3d1';
    parts.push(
      svgText(LABEL - 10, mid + 4, shorten(tp.name, 30), {
        'text-anchor': 'end',
        class: tp.isKeyMoment ? 'label strong' : 'label',
      }),
      `<rect x="${LABEL}" y="${round(top + 4)}" width="${round(x(imp.value) - LABEL)}" height="${ROW - 12}" rx="3" fill="${fill}"/>`,
      `<line x1="${round(x(imp.low))}" y1="${round(mid)}" x2="${round(x(imp.high))}" y2="${round(mid)}" stroke="${COLOURS.ink}" stroke-width="1.5"/>`,
      `<line x1="${round(x(imp.low))}" y1="${round(mid - 6)}" x2="${round(x(imp.low))}" y2="${round(mid + 6)}" stroke="${COLOURS.ink}" stroke-width="1.5"/>`,
      `<line x1="${round(x(imp.high))}" y1="${round(mid - 6)}" x2="${round(x(imp.high))}" y2="${round(mid + 6)}" stroke="${COLOURS.ink}" stroke-width="1.5"/>`,
    );
    if (tp.expectedLift !== null) {
      const lift = ctx.text('drivers.lift', { value: ctx.format.signed(tp.expectedLift, 2) });
      parts.push(svgText(W - RIGHT + 12, mid + 4, lift, { class: 'note' }));
    }
  });
  return svgFrame(W, height, ctx.text('section.drivers', { outcome: '' }), parts.join(''));
}
