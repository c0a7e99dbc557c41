import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashFeaturesEn, negatedLexiconTokensEn, tokenizeEnglish } from './features-en.ts';
import { scoreEnglishLexicon } from './sentiment-en.ts';
import { scoreSentiment } from './sentiment.ts';

const lexicon = (text: string): number => scoreEnglishLexicon(tokenizeEnglish(text)).sum;

test('a wait keeps its length under a negation, and the negation still says something was not done', () => {
  // Before: the negation reversed "for ten days" and the sarcastic "Lovely," read as praise.
  assert.ok(lexicon("the bins haven't been collected for ten days") <= -2.5);
  assert.ok(lexicon("Lovely, the bins haven't been collected for ten days.") < -2.5);
  // A promised speed under a negation is reversed as before.
  assert.ok(lexicon("the parcel didn't come within two days") < 0);
});

test('a promise followed by a negation with nothing to flip is broken, and a promised speed is no speed', () => {
  assert.equal(lexicon("The technician said he'd come back on Tuesday. He didn't."), -2);
  assert.equal(lexicon("He came back on Tuesday. He didn't."), -1);
  assert.equal(lexicon('I was promised a call back within 24 hours and never got one.'), -2);
});

test("a comparative of praise after can't / couldn't is praise", () => {
  assert.equal(lexicon("Couldn't ask for a friendlier waiter."), 3);
  assert.equal(lexicon("They couldn't have made the transfer easier."), 3);
});

test('the part before despite weighs more than the part after it', () => {
  assert.equal(lexicon('The staff were helpful despite the long queue.'), 1);
  assert.equal(lexicon('The staff were helpful, the long queue.'), 0);
});

test('the model does not read the negation the lexicon reverses, nor the word it reverses', () => {
  const tokens = tokenizeEnglish('Not once did I feel rushed, and nothing happened');
  assert.deepEqual(
    negatedLexiconTokensEn(tokens).flatMap((read, i) => (read ? [tokens[i]?.word] : [])),
    ['not', 'rushed'],
  );
  // "nothing happened" has no sentiment word: the model still reads its negation.
  const withNegation = hashFeaturesEn(tokenizeEnglish('nothing happened'), 18, false);
  assert.equal(withNegation.index.length, 2);
  assert.equal(hashFeaturesEn(tokenizeEnglish('not rushed'), 18, false).index.length, 0);
});

test('surprise is no complaint, and a request after a comma asks', () => {
  assert.equal(lexicon('which I did not expect'), 0);
  assert.equal(scoreSentiment('Order 5521, please send the invoice again.').label, 'neutral');
});
