/**
 * Where the labels of a scatter chart go so that none overlaps another label, or covers another point, or
 * leaves the plot: a greedy placement (the most important point first) trying positions around each point,
 * nearest first, then farther out with a leader line. A label that finds no free place is hidden (the table
 * beside the chart lists every touchpoint); on the charts mot draws that takes dozens of points in one spot.
 */

/** A point in pixels, with the text of its label. */
export type TLabelPoint = { x: number; y: number; text: string };

/** A rectangle in pixels. */
export type TRect = { x: number; y: number; width: number; height: number };

/** Where a point's label went: its box, and whether it needs a line back to its point. */
export type TPlacedLabel = { rect: TRect; leader: boolean } | null;

/** Options of the placement. */
export type TPlacementOptions = {
  /** Font size in pixels. */
  fontSize: number;
  /** Radius of a point's marker in pixels. */
  markerRadius: number;
  /** The plot: labels stay inside it. */
  bounds: TRect;
  /** Width of a text in pixels; by default estimated (a CJK character is 1 em, others 0.6 em). */
  measure?: (text: string) => number;
};

/** A text's width estimated from its characters: CJK and full-width characters are square, others narrower. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x2e80 && code <= 0xffef ? fontSize : fontSize * 0.6;
  }
  return Math.ceil(width);
}

/** Whether two rectangles overlap (touching edges do not). */
export function overlaps(a: TRect, b: TRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const inside = (r: TRect, b: TRect) =>
  r.x >= b.x && r.y >= b.y && r.x + r.width <= b.x + b.width && r.y + r.height <= b.y + b.height;

/** Candidate boxes around a point at a distance, the usual places first (right, left, above, below, corners). */
function candidates(p: TLabelPoint, w: number, h: number, gap: number): TRect[] {
  const boxes: Array<[number, number]> = [
    [p.x + gap, p.y - h / 2],
    [p.x - gap - w, p.y - h / 2],
    [p.x - w / 2, p.y - gap - h],
    [p.x - w / 2, p.y + gap],
    [p.x + gap * 0.7, p.y - gap * 0.7 - h],
    [p.x - gap * 0.7 - w, p.y - gap * 0.7 - h],
    [p.x + gap * 0.7, p.y + gap * 0.7],
    [p.x - gap * 0.7 - w, p.y + gap * 0.7],
  ];
  return boxes.map(([x, y]) => ({ x, y, width: w, height: h }));
}

/**
 * Places the labels of `points`, in the order given (put the most important first): the result has one entry
 * per point, in the same order. No two placed labels overlap, none covers a marker, all lie within `bounds`.
 */
export function placeLabels(points: readonly TLabelPoint[], options: TPlacementOptions): TPlacedLabel[] {
  const { fontSize, markerRadius, bounds } = options;
  const measure = options.measure ?? ((text: string) => estimateTextWidth(text, fontSize));
  const height = Math.ceil(fontSize * 1.3);
  const markers: TRect[] = points.map((p) => ({
    x: p.x - markerRadius,
    y: p.y - markerRadius,
    width: markerRadius * 2,
    height: markerRadius * 2,
  }));
  const placed: TRect[] = [];
  const gaps = [markerRadius + 3, markerRadius + 14, markerRadius + 28, markerRadius + 44, markerRadius + 64];
  return points.map((p) => {
    const width = measure(p.text) + 2;
    for (const [step, gap] of gaps.entries()) {
      for (const box of candidates(p, width, height, gap)) {
        if (!inside(box, bounds)) continue;
        if (placed.some((other) => overlaps(box, other))) continue;
        if (markers.some((m) => overlaps(box, m))) continue;
        placed.push(box);
        return { rect: box, leader: step > 0 };
      }
    }
    return null;
  });
}
