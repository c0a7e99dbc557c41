import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newcombeDifference, twoProportionZTest, wilsonInterval } from './proportions.ts';

/** Equal to the printed precision: within half a unit of the last printed digit. */
const printed = (actual: number, expected: string) => {
  const decimals = expected.split('.')[1]?.length ?? 0;
  const tol = 0.5 * 10 ** -decimals + 1e-12;
  assert.ok(Math.abs(actual - Number(expected)) <= tol, `${actual} != ${expected}`);
};

describe('wilsonInterval (Newcombe 1998a, Table II, 95%)', () => {
  const rows: [number, number, [string, string], [string, string]][] = [
    [81, 263, ['0.2553', '0.3662'], ['0.2535', '0.3682']],
    [15, 148, ['0.0624', '0.1605'], ['0.0598', '0.1644']],
    [0, 20, ['0', '0.1611'], ['0', '0.2005']],
    [1, 29, ['0.0061', '0.1718'], ['0.0018', '0.1963']],
  ];
  for (const [k, n, plain, corrected] of rows) {
    test(`${k}/${n}`, () => {
      const a = wilsonInterval(k, n);
      printed(a.lower, plain[0]);
      printed(a.upper, plain[1]);
      const b = wilsonInterval(k, n, { continuityCorrection: true });
      printed(b.lower, corrected[0]);
      printed(b.upper, corrected[1]);
      assert.equal(a.estimate, k / n);
    });
  }

  test('bad counts say which', () => {
    assert.throws(() => wilsonInterval(5, 4), { path: 'successes' });
    assert.throws(() => wilsonInterval(1, 0), { path: 'trials' });
    assert.throws(() => wilsonInterval(1, 10, { confidence: 95 }), { path: 'options.confidence' });
  });
});

describe('newcombeDifference (Newcombe 1998b, method 10, 95%)', () => {
  const pairs: [number, number, number, number, string, string][] = [
    [56, 70, 48, 80, '0.0524', '0.3339'],
    [9, 10, 3, 10, '0.1705', '0.8090'],
    [6, 7, 2, 7, '0.0582', '0.8062'],
    [5, 56, 0, 29, '-0.0381', '0.1926'],
  ];
  for (const [x1, n1, x2, n2, lower, upper] of pairs) {
    test(`${x1}/${n1} - ${x2}/${n2}`, () => {
      const d = newcombeDifference(x1, n1, x2, n2);
      printed(d.lower, lower);
      printed(d.upper, upper);
      assert.equal(d.estimate, x1 / n1 - x2 / n2);
    });
  }
});

describe('twoProportionZTest (pooled)', () => {
  test('statsmodels vector: [5, 12] of [83, 99]', () => {
    const r = twoProportionZTest(5, 83, 12, 99);
    assert.ok(Math.abs(r.z - -1.4078304151258787) < 1e-13, String(r.z));
    assert.ok(Math.abs(r.p - 0.15918129181156992) < 1e-13, String(r.p));
  });

  test('no variance: z 0, p 1', () => {
    assert.deepEqual(twoProportionZTest(0, 10, 0, 20), { difference: 0, z: 0, p: 1 });
  });
});
