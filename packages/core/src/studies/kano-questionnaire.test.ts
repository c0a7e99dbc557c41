import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeKano } from '../analytics/kano.ts';
import { CHINESE_KANO_CODING } from '../analytics/kano-table.ts';
import { createKanoQuestionnaire, readKanoSurveyAnswers } from './kano-questionnaire.ts';

const features = [
  { key: 'voice', name: 'voice guidance', names: { 'zh-CN': '语音引导' } },
  {
    key: 'refund',
    name: 'self-service refunds',
    names: { 'zh-CN': '自助退款' },
    dysfunctional: { en: 'If refunds need a member of staff, how do you feel?' },
  },
];

describe('createKanoQuestionnaire', () => {
  test('matrix layout: one question per feature, both sides, five answers valued 1..5 in both languages', () => {
    const survey = createKanoQuestionnaire({ features });
    const [voice, refund] = survey.pages[0]?.elements ?? [];
    assert.equal(voice?.type, 'matrix');
    if (voice?.type !== 'matrix' || refund?.type !== 'matrix') return;
    assert.equal(voice.name, 'voice');
    assert.deepEqual(
      voice.rows.map((r) => [r.value, r.text['zh-cn']]),
      [
        ['functional', '如果提供语音引导，您感觉如何？'],
        ['dysfunctional', '如果不提供语音引导，您感觉如何？'],
      ],
    );
    assert.equal(voice.rows[0]?.text.default, 'If voice guidance is available, how do you feel?');
    assert.deepEqual(
      voice.columns.map((c) => [c.value, c.text['zh-cn']]),
      [
        [1, '我喜欢'],
        [2, '理所当然'],
        [3, '无所谓'],
        [4, '能忍受'],
        [5, '我不喜欢'],
      ],
    );
    assert.equal(voice.columns[4]?.text.default, 'I dislike it that way');
    // Own wording replaces the default in that language only.
    assert.equal(refund.rows[1]?.text.default, 'If refunds need a member of staff, how do you feel?');
    assert.equal(refund.rows[1]?.text['zh-cn'], '如果不提供自助退款，您感觉如何？');
    assert.equal(survey.title['zh-cn'], '您对以下功能的看法');
  });

  test('a SurveyJS answer of either layout is a respondent the analysis reads', () => {
    const matrix = readKanoSurveyAnswers({ voice: { functional: 1, dysfunctional: 5 } }, ['voice', 'refund']);
    assert.deepEqual(matrix.voice, { functional: 1, dysfunctional: 5 });
    assert.deepEqual(matrix.refund, { functional: undefined, dysfunctional: undefined });
    const radio = createKanoQuestionnaire({ features, layout: 'radiogroup' });
    assert.deepEqual(
      radio.pages[0]?.elements.map((q) => [q.type, q.name]),
      [
        ['radiogroup', 'voice_functional'],
        ['radiogroup', 'voice_dysfunctional'],
        ['radiogroup', 'refund_functional'],
        ['radiogroup', 'refund_dysfunctional'],
      ],
    );
    const answers = [
      { voice_functional: 1, voice_dysfunctional: 5, refund_functional: 3, refund_dysfunctional: 5 },
      { voice: { functional: 1, dysfunctional: 3 }, refund: { functional: 2, dysfunctional: 5 } },
    ];
    const results = analyzeKano(
      answers.map((a) => readKanoSurveyAnswers(a, ['voice', 'refund'])),
      ['voice', 'refund'],
    );
    assert.deepEqual(
      results.map((r) => [r.counts.O, r.counts.A, r.counts.M]),
      [
        [1, 1, 0],
        [0, 0, 2],
      ],
    );
    // The Chinese answer texts are the labels the Chinese coding reads.
    const labels = createKanoQuestionnaire({ features }).pages[0]?.elements[0];
    const zh = labels?.type === 'matrix' ? labels.columns.map((c) => c.text['zh-cn']) : [];
    assert.deepEqual(Object.keys(CHINESE_KANO_CODING), zh);
  });

  test('bad input names the field', () => {
    assert.throws(
      () =>
        createKanoQuestionnaire({
          features: [
            { key: 'voice', name: 'a' },
            { key: 'voice', name: 'x' },
          ],
        }),
      /feature keys must be unique/,
    );
    assert.throws(
      () => createKanoQuestionnaire({ features: [{ key: 'a.b', name: 'x' }] }),
      (error: Error) => error.message.includes('"features"') && error.message.includes('must not contain'),
    );
    assert.throws(() => createKanoQuestionnaire({ features: [] }), /features/);
  });
});
