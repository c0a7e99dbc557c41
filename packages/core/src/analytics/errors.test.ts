import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnalyticsInputError } from './errors.ts';
import type { AnalyticsErrorCode } from './errors.ts';
import { analyzeKano } from './kano.ts';
import { adjustBenjaminiHochberg } from './multiple-testing.ts';
import { scoreEpisode } from './peak-end.ts';
import { wilsonInterval } from './proportions.ts';
import { scoreNps } from './scores.ts';

function throwsCode(run: () => unknown, code: AnalyticsErrorCode, path: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof AnalyticsInputError);
    assert.equal(error.code, code);
    assert.equal(error.path, path);
    return true;
  });
}

describe('analytics error codes say what kind of input was wrong, and where', () => {
  test('a survey answer outside its scale or coding is bad_answer', () => {
    throwsCode(() => scoreNps([9, 11]), 'bad_answer', 'answers[1]');
    throwsCode(
      () => analyzeKano([{ x: { functional: 1, dysfunctional: 9 } }], ['x']),
      'bad_answer',
      'respondents[0].x.dysfunctional',
    );
  });

  test('a number outside its allowed range is out_of_range', () => {
    throwsCode(() => adjustBenjaminiHochberg([0.01, 1.5]), 'out_of_range', 'pValues[1]');
    throwsCode(() => scoreEpisode([{ value: 0.2 }, { value: 2 }]), 'out_of_range', 'moments[1].value');
    throwsCode(() => wilsonInterval(5, 3), 'out_of_range', 'successes');
  });

  test('a missing number is not_finite, not out of range', () => {
    throwsCode(() => adjustBenjaminiHochberg([NaN]), 'not_finite', 'pValues[0]');
  });
});
