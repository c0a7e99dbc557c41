// The service-language test set scored by the shipped models: the figures recorded by the training
// scripts (model/*.metrics.json, "serviceTestSet") must hold. Nothing was chosen on this set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import metricsEn from '../model/sentiment-en.metrics.json' with { type: 'json' };
import metricsZh from '../model/sentiment-zh.metrics.json' with { type: 'json' };
import { scoreSentiment } from '../sentiment.ts';
import { SERVICE_COMMENTS_EN } from './comments-en.fixture.ts';
import { SERVICE_COMMENTS_ZH } from './comments-zh.fixture.ts';
import type { TLabelledComment } from './parse.ts';

const accuracyOf = (set: readonly TLabelledComment[]): number =>
  set.filter((c) => scoreSentiment(c.text).label === c.label).length / set.length;

test('service-language test set, Chinese: three-class accuracy as recorded', () => {
  const accuracy = accuracyOf(SERVICE_COMMENTS_ZH);
  assert.ok(Math.abs(accuracy - metricsZh.serviceTestSet.accuracy) < 0.0001, `${accuracy}`);
});

test('service-language test set, English: three-class accuracy as recorded', () => {
  const accuracy = accuracyOf(SERVICE_COMMENTS_EN);
  assert.ok(Math.abs(accuracy - metricsEn.serviceTestSet.accuracy) < 0.0001, `${accuracy}`);
});
