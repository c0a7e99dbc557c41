import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCallbackScript, formatMeasureValue } from './callback-script.ts';

const visit = { name: 'Repair visit', names: { 'zh-CN': '上门维修', en: 'Repair visit' } };

describe('callback script', () => {
  test('names the touchpoint, the measure with its value and floor in units, and the resolution', () => {
    const script = buildCallbackScript({
      touchpoint: visit,
      breach: {
        kind: 'measure',
        measure: {
          key: 'arrival_hours',
          name: 'Arrival hours',
          names: { 'zh-CN': '上门时长', en: 'Arrival hours' },
        },
        unit: 'hours',
        value: 30.456,
        floor: 24,
      },
      resolution: '更换了水管阀门',
    });
    assert.match(script['zh-CN'].apology ?? '', /上门维修/);
    assert.match(script['zh-CN'].apology ?? '', /上门时长为30\.46小时/);
    assert.match(script['zh-CN'].apology ?? '', /24小时/);
    assert.match(script['zh-CN'].action ?? '', /更换了水管阀门/);
    assert.match(
      script.en.apology ?? '',
      /arrival hours was 30\.46 hours, beyond the limit we promise \(24 hours\)/,
    );
    assert.match(script.en.greeting, /"Repair visit"/);
    assert.equal(script.en.solvedQuestion, 'Is the problem solved now?');
    assert.match(script['zh-CN'].satisfactionQuestion ?? '', /1 到 5 分/);
  });

  test('a rating breach, and no breach nor resolution', () => {
    const rated = buildCallbackScript({
      touchpoint: visit,
      breach: { kind: 'rating', value: 1, scaleMax: 5 },
    });
    assert.match(rated.en.apology ?? '', /rated "Repair visit" 1 out of 5/);
    assert.match(rated['zh-CN'].apology ?? '', /1 分（满分 5 分）/);
    const bare = buildCallbackScript({ touchpoint: { name: 'Hotline' } });
    assert.match(bare['zh-CN'].apology ?? '', /「Hotline」/);
    assert.equal(bare.en.action, 'We have dealt with the problem.');
  });

  test('a routine callback asks how it went, and apologises only for a breach of the episode', () => {
    const plain = buildCallbackScript({ purpose: 'routine', touchpoint: visit });
    assert.equal(plain['zh-CN'].apology, undefined);
    assert.equal(plain['zh-CN'].action, undefined);
    assert.equal(plain['zh-CN'].opening, '我们想了解一下您在「上门维修」的体验。');
    assert.equal(plain.en.opening, 'We would like to hear how "Repair visit" went for you.');
    assert.match(plain['zh-CN'].satisfactionQuestion ?? '', /「上门维修」的服务打个分/);
    assert.doesNotMatch(JSON.stringify(plain), /抱歉|sorry|处理/);
    const breached = buildCallbackScript({
      purpose: 'routine',
      touchpoint: visit,
      breach: { kind: 'rating', value: 1, scaleMax: 5 },
    });
    assert.match(breached['zh-CN'].apology ?? '', /很抱歉/);
    assert.equal(breached['zh-CN'].opening, undefined);
    assert.equal(breached['zh-CN'].action, undefined);
  });

  test('a survey by phone opens and closes the call and leaves the questions to the survey', () => {
    const survey = buildCallbackScript({
      purpose: 'survey',
      touchpoint: visit,
      breach: { kind: 'rating', value: 1, scaleMax: 5 },
    });
    for (const lines of [survey['zh-CN'], survey.en]) {
      assert.deepEqual(Object.keys(lines), ['greeting', 'opening', 'closing']);
    }
    assert.match(survey['zh-CN'].greeting, /「上门维修」请您回答几个问题/);
    assert.match(survey.en.greeting, /a few questions about your recent "Repair visit"/);
  });

  test('values with units in both languages', () => {
    assert.equal(formatMeasureValue(1, 'hours', 'en'), '1 hour');
    assert.equal(formatMeasureValue(0, 'boolean', 'zh-CN'), '否');
    assert.equal(formatMeasureValue(1, 'boolean', 'en'), 'yes');
    assert.equal(formatMeasureValue(85, 'percent', 'en'), '85%');
    assert.equal(formatMeasureValue(3, 'visits', 'en'), '3 visits');
  });
});
