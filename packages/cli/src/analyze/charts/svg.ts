import { escapeHtml } from '../html.ts';

/** Colours shared by the charts and the CSS: performance from bad (red) to good (green), and neutrals. */
export const COLOURS = {
  good: '#1f8a5b',
  mid: '#e3a21a',
  bad: '#c8402f',
  ink: '#1d2733',
  muted: '#6b7785',
  grid: '#e3e7ec',
  accent: '#2f5fb3',
  none: '#b8c0c9',
} as const;

/** An inline SVG element that scales to its container's width, with an accessible title. */
export function svgFrame(width: number, height: number, title: string, body: string): string {
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" ` +
    `preserveAspectRatio="xMidYMid meet">${body}</svg>`
  );
}

/** A text element; `content` is escaped here. */
export function svgText(
  x: number,
  y: number,
  content: string,
  attributes: Readonly<Record<string, string | number>> = {},
): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<text x="${round(x)}" y="${round(y)}"${attrs}>${escapeHtml(content)}</text>`;
}

/** Rounds a coordinate to 0.1 px, which keeps the file small and is finer than any screen. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Shortens a label to `max` characters with an ellipsis; CJK characters count double (they are wider). */
export function shorten(label: string, max: number): string {
  let width = 0;
  let out = '';
  for (const char of label) {
    width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
    if (width > max) return `${out}…`;
    out += char;
  }
  return out;
}

/** Colour of a position 0..1 on the red-amber-green scale (0 bad, 1 good); grey when unknown. */
export function scaleColour(position: number | null): string {
  if (position === null || !Number.isFinite(position)) return COLOURS.none;
  const stops: [number, number, number][] = [
    [200, 64, 47],
    [227, 162, 26],
    [31, 138, 91],
  ];
  const x = Math.min(1, Math.max(0, position)) * 2;
  const i = Math.min(1, Math.floor(x));
  const f = x - i;
  const a = stops[i];
  const b = stops[i + 1];
  if (!a || !b) return COLOURS.none;
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * f);
  return `rgb(${mix(0)},${mix(1)},${mix(2)})`;
}

/**
 * Colour of a share of moments meeting the standard: standards are meant to be met nearly always, so the
 * scale runs from red at 50% or less through amber at about 72% to green at 95% or more.
 */
export function performanceColour(share: number | null): string {
  return share === null ? COLOURS.none : scaleColour((share - 0.5) / 0.45);
}

/** A round tick step at or above `raw`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= raw * (1 - 1e-9)) ?? 10;
  return step * power;
}
