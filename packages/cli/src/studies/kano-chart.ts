import type { KanoCategory } from '@mot/core';
import { escapeHtml } from '../analyze/html.ts';
import { COLOURS, round, shorten, svgText } from '../analyze/charts/svg.ts';
import type { TReportLocale } from '../analyze/messages.ts';
import type { TKanoFeatureReport } from './run-kano.ts';

const W = 760;
const H = 560;
const PAD = { left: 64, right: 24, top: 48, bottom: 56 };

const TEXTS = {
  en: {
    title: 'Better / Worse: what the features do to satisfaction',
    x: 'Dissatisfaction when absent (|Worse|)',
    y: 'Satisfaction when present (Better)',
    A: 'Attractive',
    O: 'One-dimensional',
    M: 'Must-be',
    I: 'Indifferent',
  },
  'zh-CN': {
    title: 'Better-Worse 系数图：各功能对满意度的影响',
    x: '不提供时的不满意度（|Worse|）',
    y: '提供时的满意度（Better）',
    A: '魅力属性',
    O: '期望属性',
    M: '必备属性',
    I: '无差异属性',
  },
} as const;

const CLASS_COLOURS: Record<KanoCategory, string> = {
  A: COLOURS.good,
  O: COLOURS.accent,
  M: COLOURS.bad,
  I: COLOURS.muted,
  R: COLOURS.mid,
  Q: COLOURS.none,
};

/**
 * The Better / Worse chart (Berger et al. 1993, the customer satisfaction coefficients of Timko): |Worse|
 * across, Better up, both 0..1, split at 0.5 into the attractive, one-dimensional, must-be and indifferent
 * quadrants; each feature a dot coloured by its class and labelled with its name. A standalone SVG file.
 */
export function renderKanoChart(features: readonly TKanoFeatureReport[], locale: TReportLocale): string {
  const t = TEXTS[locale];
  const left = PAD.left;
  const right = W - PAD.right;
  const top = PAD.top;
  const bottom = H - PAD.bottom;
  // A little room beyond 0 and 1, so a feature at either end is not drawn on the frame.
  const scale = (v: number) => (v + 0.03) / 1.06;
  const x = (v: number) => left + scale(v) * (right - left);
  const y = (v: number) => bottom - scale(v) * (bottom - top);
  const [mx, my] = [x(0.5), y(0.5)];
  const quadrant = (qx: number, qy: number, label: string, anchor: string) =>
    svgText(qx, qy, label, { 'text-anchor': anchor, class: 'quadrant' });
  const parts: string[] = [
    svgText(W / 2, 28, t.title, { 'text-anchor': 'middle', class: 'title' }),
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="none" stroke="${COLOURS.grid}"/>`,
    `<line x1="${mx}" y1="${top}" x2="${mx}" y2="${bottom}" stroke="${COLOURS.muted}" stroke-dasharray="4 4"/>`,
    `<line x1="${left}" y1="${my}" x2="${right}" y2="${my}" stroke="${COLOURS.muted}" stroke-dasharray="4 4"/>`,
    quadrant(left + 8, top + 18, t.A, 'start'),
    quadrant(right - 8, top + 18, t.O, 'end'),
    quadrant(right - 8, bottom - 10, t.M, 'end'),
    quadrant(left + 8, bottom - 10, t.I, 'start'),
  ];
  for (let i = 0; i <= 4; i++) {
    const v = i / 4;
    parts.push(svgText(x(v), bottom + 18, v.toFixed(2), { 'text-anchor': 'middle', class: 'tick' }));
    parts.push(svgText(left - 8, y(v) + 4, v.toFixed(2), { 'text-anchor': 'end', class: 'tick' }));
  }
  parts.push(svgText((left + right) / 2, H - 12, t.x, { 'text-anchor': 'middle', class: 'axis' }));
  const cy = round((top + bottom) / 2);
  parts.push(
    svgText(18, cy, t.y, { 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 18 ${cy})` }),
  );
  parts.push(...dots(features, x, y));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" ` +
    `aria-label="${escapeHtml(t.title)}"><style>text{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;fill:${COLOURS.ink}}` +
    `.title{font-size:16px;font-weight:600}.tick{font-size:11px;fill:${COLOURS.muted}}.axis{font-size:13px}` +
    `.quadrant{font-size:13px;font-weight:600;fill:${COLOURS.muted}}.label{font-size:12px}</style>` +
    `<rect width="${W}" height="${H}" fill="#fff"/>${parts.join('')}</svg>\n`
  );
}

type TBox = { x: number; y: number; w: number; h: number };

const overlaps = (a: TBox, b: TBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

type TPlotted = { f: TKanoFeatureReport; px: number; py: number; label: string; w: number };

/**
 * Dots and labels. Each label tries places right and left of its dot, then ever further up and down, and
 * takes the first that covers no other label or dot; a label placed away from its dot gets a leader line.
 * Labels are placed in a few orders (bottom up, top down, left to right, right to left, most crowded
 * first) and the layout that moves them least is kept.
 */
function dots(
  features: readonly TKanoFeatureReport[],
  x: (v: number) => number,
  y: (v: number) => number,
): string[] {
  const plotted: TPlotted[] = features.flatMap((f) => {
    if (f.better === null || f.worse === null) return [];
    const label = shorten(f.name, 28);
    const w = [...label].reduce((s, c) => s + (/[\u1100-\u9fff\uac00-\ud7a3]/.test(c) ? 13 : 6.6), 0);
    return [{ f, px: x(-f.worse), py: y(f.better), label, w }];
  });
  const crowd = (p: TPlotted) => plotted.filter((q) => Math.hypot(q.px - p.px, q.py - p.py) < 60).length;
  const orders: ((a: TPlotted, b: TPlotted) => number)[] = [
    (a, b) => b.py - a.py || a.px - b.px,
    (a, b) => a.py - b.py || a.px - b.px,
    (a, b) => a.px - b.px || a.py - b.py,
    (a, b) => b.px - a.px || a.py - b.py,
    (a, b) => crowd(b) - crowd(a) || a.py - b.py,
  ];
  const layouts = orders.map((order) => placeLabels([...plotted].sort(order), plotted));
  const best = layouts.reduce((a, b) => (b.cost < a.cost ? b : a));
  const out: string[] = plotted.map(
    (p) =>
      `<circle cx="${round(p.px)}" cy="${round(p.py)}" r="5.5" fill="${CLASS_COLOURS[p.f.category]}" stroke="#fff"/>`,
  );
  for (const { p, box } of best.placed) {
    if (Math.abs(box.y + 9 - p.py) >= 1) {
      const lx = box.x > p.px ? box.x - 1 : box.x + box.w + 1;
      out.push(
        `<line x1="${round(p.px)}" y1="${round(p.py)}" x2="${round(lx)}" y2="${round(box.y + 6)}" stroke="${COLOURS.none}"/>`,
      );
    }
    out.push(svgText(box.x, box.y + 10, p.label, { class: 'label' }));
  }
  return out;
}

/** Places the labels in the given order; the cost is how far they moved, overlaps counting heavily. */
function placeLabels(
  order: readonly TPlotted[],
  all: readonly TPlotted[],
): { placed: { p: TPlotted; box: TBox }[]; cost: number } {
  const taken: TBox[] = all.map((p) => ({ x: p.px - 6, y: p.py - 6, w: 12, h: 12 }));
  const inside = (b: TBox) =>
    b.x >= PAD.left + 2 && b.x + b.w <= W - PAD.right - 2 && b.y >= PAD.top && b.y + b.h <= H - PAD.bottom;
  const placed: { p: TPlotted; box: TBox }[] = [];
  let cost = 0;
  for (const p of order) {
    const candidates: TBox[] = [];
    for (let step = 0; step <= 16; step++) {
      for (const dy of step === 0 ? [0] : [-step * 6.5, step * 6.5]) {
        for (const side of [1, -1]) {
          const bx = side === 1 ? p.px + 9 : p.px - 9 - p.w;
          candidates.push({ x: bx, y: p.py - 9 + dy, w: p.w, h: 13 });
        }
      }
    }
    const free = candidates.find((b) => inside(b) && !taken.some((t) => overlaps(t, b)));
    const box = free ?? candidates.find(inside) ?? candidates[0];
    if (!box) continue;
    cost += Math.abs(box.y + 9 - p.py) + (free ? 0 : 1000);
    taken.push(box);
    placed.push({ p, box });
  }
  return { placed, cost };
}
