/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateTextWidth, overlaps, placeLabels } from './label-placement.ts';
import type { TLabelPoint, TRect } from './label-placement.ts';

const bounds: TRect = { x: 0, y: 0, width: 640, height: 400 };
const options = { fontSize: 12, markerRadius: 6, bounds };

/** Asserts the placed labels overlap neither each other nor any marker, and stay in the plot. */
function assertClear(points: TLabelPoint[]) {
  const placed = placeLabels(points, options);
  assert.equal(placed.length, points.length);
  const rects = placed.flatMap((p) => (p ? [p.rect] : []));
  for (const [i, a] of rects.entries()) {
    for (const b of rects.slice(i + 1))
      assert.ok(!overlaps(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
    for (const p of points) {
      const marker = { x: p.x - 6, y: p.y - 6, width: 12, height: 12 };
      assert.ok(!overlaps(a, marker), `${JSON.stringify(a)} covers the point at ${p.x},${p.y}`);
    }
    assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.width <= 640 && a.y + a.height <= 400);
  }
  return placed;
}

test('twelve touchpoints clustered within 20 pixels all get a label, none overlapping another or a point', () => {
  const names = [
    '上门维修',
    'Phone support',
    '预约',
    'Diagnosis',
    '报修受理',
    'Follow-up call',
    '回访',
    'Invoice',
    '技术员到达',
    'Remote check',
    '满意度调查',
    'Closing',
  ];
  const points = names.map((text, i) => ({ x: 320 + (i % 4) * 6, y: 200 + Math.floor(i / 4) * 7, text }));
  const placed = assertClear(points);
  assert.equal(placed.filter((p) => p === null).length, 0, 'every label found a place');
  assert.ok(
    placed.some((p) => p?.leader),
    'labels pushed away from their point get a leader line',
  );
});

test('points on top of each other: labels still never overlap (some may be hidden)', () => {
  const points = Array.from({ length: 40 }, (_, i) => ({ x: 100, y: 100, text: `Touchpoint ${i}` }));
  const placed = assertClear(points);
  assert.ok(placed.filter((p) => p !== null).length >= 10);
});

test('points at the plot edges keep their labels inside it; spread points get the place beside them', () => {
  const points = [
    { x: 2, y: 2, text: 'top left corner' },
    { x: 638, y: 398, text: '右下角的触点' },
    { x: 320, y: 200, text: 'middle' },
  ];
  const placed = assertClear(points);
  assert.deepEqual(placed[2], { rect: { x: 329, y: 192, width: 46, height: 16 }, leader: false });
});

test('estimated widths: a CJK character is one em, a Latin one narrower', () => {
  assert.equal(estimateTextWidth('回访', 12), 24);
  assert.equal(estimateTextWidth('ab', 10), 12);
});
