import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeKanoContinuous } from './kano-continuous.ts';
import { CHINESE_KANO_CODING } from './kano-table.ts';

// Hand-computed on DuMouchel's scale (functional like 4, must-be 2, neutral 0; dysfunctional
// neutral 0, dislike 4). Feature x: pairs (1,5) (1,3) (3,5) (2,5) score f = 4, 4, 0, 2 and
// d = 4, 0, 4, 4: means 2.5 and 3 (quadrant O); sd(f) = √(11/3) = 1.9149.
describe('analyzeKanoContinuous', () => {
  const pair = (functional: number, dysfunctional: number) => ({ functional, dysfunctional });
  const respondents = [
    { x: pair(1, 5), y: pair(1, 3), z: pair(3, 5), w: pair(3, 3), v: pair(5, 1) },
    { x: pair(1, 3) },
    { x: pair(3, 5) },
    { x: pair(2, 5) },
  ];
  const results = analyzeKanoContinuous(respondents, ['x', 'y', 'z', 'w', 'v']);

  test('means, spread and quadrant of a feature', () => {
    const x = results[0];
    assert.equal(x?.n, 4);
    assert.equal(x?.functional.mean, 2.5);
    assert.equal(x?.dysfunctional.mean, 3);
    assert.equal(x?.functional.sd.toFixed(4), '1.9149');
    assert.equal(x?.quadrant, 'O');
  });

  test('one point in each quadrant, and reverse below zero', () => {
    assert.deepEqual(
      results.slice(1).map((r) => r.quadrant),
      ['A', 'M', 'I', 'R'],
    );
    assert.equal(results[1]?.n, 1);
  });

  test('Chinese labels; bad labels name the field', () => {
    const zh = analyzeKanoContinuous([{ x: { functional: '我喜欢', dysfunctional: '无所谓' } }], ['x'], {
      coding: CHINESE_KANO_CODING,
    });
    assert.equal(zh[0]?.quadrant, 'A');
    assert.throws(
      () =>
        analyzeKanoContinuous([{ x: { functional: '喜欢', dysfunctional: '无所谓' } }], ['x'], {
          coding: CHINESE_KANO_CODING,
        }),
      /respondents\[0\]\.x\.functional/,
    );
  });
});
