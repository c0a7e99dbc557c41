import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenizeChinese } from './features-zh.ts';
import { scoreSentiment } from './sentiment.ts';
import { scoreCommentCuesZh } from './service-cues-zh.ts';

const cues = (text: string) => scoreCommentCuesZh(text, tokenizeChinese(text));

test('a wait told by its length is not reversed by a negation before it', () => {
  // 没 scopes over 信号 一个 星期: before, "个星期了" was read as praise.
  assert.ok(cues('家里没信号一个星期了').sum <= -4);
});

test('麻烦 asking for something weighs nothing; 麻烦 as a verdict complains', () => {
  assert.deepEqual(cues('麻烦派人看一下门禁').hits, 0);
  assert.ok(cues('手续很麻烦').sum < 0);
  assert.ok(cues('麻烦死了').sum < 0);
  assert.equal(scoreSentiment('麻烦再加一个枕头').label, 'neutral');
});

test('不光 / 不仅 are "not only", not a negation', () => {
  assert.ok(cues('师傅不光修好了故障，还免费检查了一遍').sum > 4);
});

test('the negation a cue reverses is read by the cue, not by the model', () => {
  const { sum, rest } = cues('一点都不油腻');
  assert.ok(sum > 0);
  assert.deepEqual(rest, ['一点', '都']);
  // A negation with no cue in its scope stays with the model.
  assert.deepEqual(cues('不是我的').rest, tokenizeChinese('不是我的'));
});

test('一点 is "a little", not one o\'clock; a polite question naming a mishap still asks', () => {
  assert.equal(scoreSentiment('这个价格一点都不值').label, 'negative');
  assert.equal(scoreSentiment('明天下午一点到').label, 'neutral');
  assert.equal(scoreSentiment('请问保修卡丢了还能保修吗').label, 'neutral');
  assert.equal(scoreSentiment('路由器的密码怎么改').label, 'neutral');
});

test('结果 opening a clause turns the comment as 但是 does; 没想到 negates nothing', () => {
  // The praise after 结果 counts 1.5 times, the worry before it half.
  assert.equal(cues('以为要推来推去，结果当天就赔了').sum, -3 * 0.5 + 2 * 1.5);
  assert.ok(cues('没想到当天就出了结果').sum > 0);
});

test('an A-not-A question asks', () => {
  assert.equal(scoreSentiment('这个套餐包不包含宽带').label, 'neutral');
});
