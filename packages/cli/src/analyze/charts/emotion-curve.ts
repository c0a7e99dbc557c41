import { escapeHtml } from '../html.ts';
import type { TRenderContext } from '../render-context.ts';
import type { TEmotionCurve } from '../report-model.ts';
import { COLOURS, round, scaleColour, shorten, svgFrame, svgText } from './svg.ts';

const W = 760;
const H = 210;
// Wide side margins leave room for the first and last labels, which are centred on their points.
const PAD = { left: 100, right: 100, top: 14, bottom: 46 };

/** One episode's moments as a line on the −1..+1 experience scale, each point named by its touchpoint. */
export function renderEmotionCurve(
  curve: TEmotionCurve,
  title: string,
  colour: string,
  ctx: TRenderContext,
): string {
  const n = curve.points.length;
  const span = W - PAD.left - PAD.right;
  const x = (i: number) => (n <= 1 ? PAD.left + span / 2 : PAD.left + (i / (n - 1)) * span);
  const y = (v: number) => PAD.top + ((1 - v) / 2) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  for (const v of [-1, -0.5, 0, 0.5, 1]) {
    const stroke = v === 0 ? COLOURS.muted : COLOURS.grid;
    parts.push(
      `<line x1="${PAD.left}" y1="${round(y(v))}" x2="${W - PAD.right}" y2="${round(y(v))}" stroke="${stroke}"/>`,
      svgText(PAD.left - 8, y(v) + 4, ctx.format.signed(v, 1), { 'text-anchor': 'end', class: 'tick' }),
    );
  }
  const path = curve.points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(i))} ${round(y(p.value))}`)
    .join(' ');
  parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"/>`);
  // Labels get the room between two points; CJK characters count double (see `shorten`).
  const room = Math.max(8, Math.floor(Math.min(n <= 1 ? span : span / (n - 1), 2 * PAD.left) / 7.5));
  curve.points.forEach((p, i) => {
    const px = x(i);
    parts.push(
      `<circle cx="${round(px)}" cy="${round(y(p.value))}" r="5" fill="${scaleColour((p.value + 1) / 2)}" stroke="${colour}" stroke-width="2"/>`,
      ...twoLines(p.touchpoint, room).map((line, k) =>
        svgText(px, H - PAD.bottom + 18 + k * 14, line, { 'text-anchor': 'middle', class: 'tick' }),
      ),
    );
  });
  return `<figure class="curve"><figcaption>${escapeHtml(title)}</figcaption>${svgFrame(W, H, title, parts.join(''))}</figure>`;
}

/** Splits a label into at most two lines of about `room` units, at a space when there is one. */
export function twoLines(label: string, room: number): string[] {
  if (shorten(label, room) === label) return [label];
  const words = label.split(' ');
  if (words.length === 1) {
    const chars = [...label];
    const cut = chars.findIndex(
      (_, i) => shorten(chars.slice(0, i + 1).join(''), room) !== chars.slice(0, i + 1).join(''),
    );
    const first = chars.slice(0, cut).join('');
    return [first, shorten(chars.slice(cut).join(''), room)];
  }
  let first = '';
  let rest = 0;
  while (
    rest < words.length &&
    shorten(`${first} ${words[rest]}`.trim(), room) === `${first} ${words[rest]}`.trim()
  ) {
    first = `${first} ${words[rest]}`.trim();
    rest++;
  }
  if (first === '') return [shorten(label, room)];
  return [first, shorten(words.slice(rest).join(' '), room)];
}
