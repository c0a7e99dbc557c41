import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSentimentScorer } from './comment-sentiment.ts';

test('scores comments in Chinese and English, and says nothing of a text without words it knows', async () => {
  const score = await loadSentimentScorer();
  assert.ok((score('等了三天都没人来修，太失望了') ?? 0) < 0);
  assert.ok((score('The technician was friendly and very helpful.') ?? 0) > 0);
  assert.equal(score('12345'), null);
});
