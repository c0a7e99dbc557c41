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
  const x = (v: number) => left + v * (right - left);
  const y = (v: number) => bottom - v * (bottom - top);
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

/**
 * Dots and labels. Each label tries places right and left of its dot, then ever further up and down, and
 * takes the first that covers no other label or dot; a label placed away from its dot gets a leader line.
 */
function dots(
  features: readonly TKanoFeatureReport[],
  x: (v: number) => number,
  y: (v: number) => number,
): string[] {
  const plotted = features.flatMap((f) =>
    f.better === null || f.worse === null
      ? []
      : [{ f, px: x(-f.worse), py: y(f.better), label: shorten(f.name, 28) }],
  );
  const taken: TBox[] = plotted.map((p) => ({ x: p.px - 6, y: p.py - 6, w: 12, h: 12 }));
  const out: string[] = plotted.map(
    (p) =>
      `<circle cx="${round(p.px)}" cy="${round(p.py)}" r="5.5" fill="${CLASS_COLOURS[p.f.category]}" stroke="#fff"/>`,
  );
  for (const p of [...plotted].sort((a, b) => b.py - a.py || a.px - b.px)) {
    const w = [...p.label].reduce((s, c) => s + (/[\u1100-\u9fff\uac00-\ud7a3]/.test(c) ? 13 : 6.6), 0);
    const candidates: TBox[] = [];
    for (let step = 0; step <= 8; step++) {
      for (const dy of step === 0 ? [0] : [-step * 13, step * 13]) {
        for (const side of [1, -1]) {
          const bx = side === 1 ? p.px + 9 : p.px - 9 - w;
          candidates.push({ x: bx, y: p.py - 9 + dy, w, h: 13 });
        }
      }
    }
    const inside = (b: TBox) =>
      b.x >= PAD.left + 2 && b.x + b.w <= W - PAD.right - 2 && b.y >= PAD.top && b.y + b.h <= H - PAD.bottom;
    const box =
      candidates.find((b) => inside(b) && !taken.some((t) => overlaps(t, b))) ??
      candidates.find(inside) ??
      candidates[0];
    if (!box) continue;
    taken.push(box);
    const near = Math.abs(box.y + 9 - p.py) < 1;
    if (!near) {
      const lx = box.x > p.px ? box.x - 1 : box.x + box.w + 1;
      out.push(
        `<line x1="${round(p.px)}" y1="${round(p.py)}" x2="${round(lx)}" y2="${round(box.y + 6)}" stroke="${COLOURS.none}"/>`,
      );
    }
    out.push(svgText(box.x, box.y + 10, p.label, { class: 'label' }));
  }
  return out;
}
