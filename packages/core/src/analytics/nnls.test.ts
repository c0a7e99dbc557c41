import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nnls, nnlsGram } from './nnls.ts';

const close = (actual: number, expected: number, tol: number) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} != ${expected}`);

describe('nnls (Lawson & Hanson 1974)', () => {
  test('scipy.optimize.nnls documentation example', () => {
    const a = [
      [1, 0],
      [1, 0],
      [0, 1],
    ];
    const r = nnls(a, [2, 1, 1]);
    close(r.x[0]!, 1.5, 1e-12);
    close(r.x[1]!, 1, 1e-12);
    close(r.residualNorm, 0.7071, 5e-5);
    const negative = nnls(a, [-1, -1, -1]);
    assert.deepEqual(negative.x, [0, 0]);
    close(negative.residualNorm, 1.7320508, 5e-8);
  });

  test('MATLAB lsqnonneg documentation example: x = [0; 0.6929], resnorm 0.8315', () => {
    const c = [
      [0.0372, 0.2869],
      [0.6861, 0.7071],
      [0.6233, 0.6245],
      [0.6344, 0.617],
    ];
    const r = nnls(c, [0.8587, 0.1781, 0.0747, 0.8405]);
    assert.equal(r.x[0], 0);
    close(r.x[1]!, 0.6929, 5e-5);
    close(r.residualNorm ** 2, 0.8315, 5e-5);
  });

  test('an unconstrained optimum inside the orthant is the least-squares solution', () => {
    const r = nnlsGram(
      [
        [4, 1],
        [1, 3],
      ],
      [1, 2],
    );
    close(r.x[0]!, 1 / 11, 1e-14);
    close(r.x[1]!, 7 / 11, 1e-14);
  });

  test('bad input says where', () => {
    assert.throws(() => nnls([[1, 2], [3]], [1, 2]), { code: 'width_mismatch', path: 'a[1]' });
    assert.throws(() => nnls([[1, NaN]], [1]), { code: 'not_finite', path: 'a[0][1]' });
  });
});
