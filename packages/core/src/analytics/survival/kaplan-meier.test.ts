import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freireich } from '../fixtures/freireich.ts';
import { fitKaplanMeier, survivalAt } from './kaplan-meier.ts';

describe('fitKaplanMeier', () => {
  const { sixMp, placebo } = freireich;
  const fit = fitKaplanMeier(sixMp.weeks, sixMp.relapse);
  const at = (t: number) => fit.steps.find((s) => s.time === t);

  // The 6-MP product-limit table as printed in Kleinbaum & Klein (Survival Analysis, ch. 2) and by
  // R survfit: S(6) .857, S(7) .807, S(10) .753, S(13) .690, S(16) .627, S(22) .538, S(23) .448.
  test('6-MP survival at each relapse time', () => {
    const expected: [number, string][] = [
      [6, '0.857'],
      [7, '0.807'],
      [10, '0.753'],
      [13, '0.690'],
      [16, '0.627'],
      [22, '0.538'],
      [23, '0.448'],
    ];
    for (const [t, s] of expected) assert.equal(at(t)?.survival.toFixed(3), s, `S(${t})`);
    assert.equal(fit.n, 21);
    assert.equal(fit.events, 9);
  });

  // Hand computation at t = 6 (3 relapses among 21): v = 3/(21·18) = 0.0079365, S = 6/7,
  // SE = S·√v = 0.0764; log-log: se = √v/|ln S| = 0.57784, bounds S^exp(±1.95996·se) = 0.6197, 0.9516.
  test('Greenwood standard error and log-log interval at t = 6', () => {
    const s6 = at(6);
    assert.equal(s6?.standardError.toFixed(4), '0.0764');
    assert.equal(s6?.lower?.toFixed(4), '0.6197');
    assert.equal(s6?.upper?.toFixed(4), '0.9516');
    // survfit's std.err at 23 is 0.135.
    assert.equal(at(23)?.standardError.toFixed(3), '0.135');
  });

  test('medians: 23 weeks on 6-MP, 8 on placebo', () => {
    assert.equal(fit.median.estimate, 23);
    // The lower log-log curve crosses 0.5 at 13; the upper one never does (survfit: LCL 13, UCL NA).
    assert.equal(fit.median.lower, 13);
    assert.equal(fit.median.upper, null);
    assert.equal(fitKaplanMeier(placebo.weeks, placebo.relapse).median.estimate, 8);
  });

  test('reading the curve between steps', () => {
    assert.equal(survivalAt(fit, 5).survival, 1);
    assert.equal(survivalAt(fit, 12).survival.toFixed(3), '0.753');
    assert.equal(survivalAt(fit, 13).survival.toFixed(3), '0.690');
    assert.equal(survivalAt(fit, 13).atRisk, 11);
    assert.equal(survivalAt(fit, 40).isEstimated, false);
  });

  test('a curve flat at exactly 0.5 takes the midpoint (R convention)', () => {
    // Four subjects, events at 1 and 2, then S = 0.5 until the event at 5.
    const flat = fitKaplanMeier([1, 2, 5, 6], [1, 1, 1, 0]);
    assert.equal(flat.median.estimate, 3.5);
  });

  test('start of the curve (S = 1) has no log-log interval', () => {
    const s = fitKaplanMeier([1, 2, 3], [0, 1, 1]).steps[0];
    assert.equal(s?.survival, 1);
    assert.equal(s?.lower, null);
  });

  test('bad input names the field', () => {
    assert.throws(() => fitKaplanMeier([1, 2], [1, 2 as 1]), /not_binary at events\[1\]/);
    assert.throws(() => fitKaplanMeier([1, Number.NaN]), /not_finite at times\[1\]/);
    assert.throws(() => fitKaplanMeier([1], [1], { confidenceLevel: 95 }), /bad_option at confidenceLevel/);
  });
});
