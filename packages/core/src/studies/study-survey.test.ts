import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZSurveyDefinition } from '../surveys/definition.ts';
import { buildSurveyTemplate } from '../surveys/templates.ts';
import {
  analyzeKanoStudy,
  analyzeServqualStudy,
  readServqualSurveyAnswers,
  studyOfDefinition,
  type TServqualStudyMarker,
} from './study-survey.ts';

const features = [
  { key: 'voice', name: 'voice guidance', names: { 'zh-CN': '语音引导' } },
  { key: 'gloves', name: 'use with gloves on' },
];

test('the KANO and SERVQUAL templates are marked as studies; the mark survives validation', () => {
  const kano = buildSurveyTemplate({ template: 'kano', features });
  assert.deepEqual(studyOfDefinition(ZSurveyDefinition.parse(kano)), {
    kind: 'kano',
    features: [
      { key: 'voice', names: { en: 'voice guidance', 'zh-CN': '语音引导' } },
      { key: 'gloves', names: { en: 'use with gloves on', 'zh-CN': 'use with gloves on' } },
    ],
  });
  const servqual = buildSurveyTemplate({ template: 'servqual' });
  assert.deepEqual(studyOfDefinition(servqual), {
    kind: 'servqual',
    scale: { min: 1, max: 7 },
    importance: true,
  });
  // The importance page asks the five dimensions, in points 0..100.
  const importance = servqual.pages[2]?.elements.map((q) => q.name);
  assert.deepEqual(importance, [
    'importance_tangibles',
    'importance_reliability',
    'importance_responsiveness',
    'importance_assurance',
    'importance_empathy',
  ]);
  assert.equal(studyOfDefinition(buildSurveyTemplate({ template: 'ces' })), null);
  assert.equal(studyOfDefinition({ pages: [], study: { kind: 'kano', features: [] } }), null);
});

test('KANO answers as the survey stores them, classified by hand', () => {
  const kano = studyOfDefinition(buildSurveyTemplate({ template: 'kano', features }));
  assert.equal(kano?.kind, 'kano');
  if (kano?.kind !== 'kano') return;
  // voice: like/dislike = O twice, must-be/dislike = M once -> O (Berger's table, p. 6).
  // gloves: like/neutral = A, live-with/live-with = I (Berger) or Q (Pouliot), third unanswered.
  const answers = [
    { voice: { functional: 1, dysfunctional: 5 }, gloves: { functional: 1, dysfunctional: 3 } },
    { voice: { functional: 1, dysfunctional: 5 }, gloves: { functional: 4, dysfunctional: 4 } },
    { voice: { functional: 2, dysfunctional: 5 } },
  ];
  const berger = analyzeKanoStudy(kano, answers);
  const [voice, gloves] = berger.features;
  assert.deepEqual([voice?.category, voice?.counts.O, voice?.counts.M], ['O', 2, 1]);
  assert.deepEqual(voice?.names, { en: 'voice guidance', 'zh-CN': '语音引导' });
  assert.deepEqual([gloves?.n, gloves?.missing, gloves?.counts.A, gloves?.counts.I], [2, 1, 1, 1]);
  // Better (A+O)/(A+O+M+I) = 1/2, Worse −(O+M)/(A+O+M+I) = 0 for gloves.
  assert.deepEqual([gloves?.better, gloves?.worse], [0.5, -0]);
  const pouliot = analyzeKanoStudy(kano, answers, { table: 'pouliot' });
  assert.deepEqual([pouliot.features[1]?.counts.I, pouliot.features[1]?.counts.Q], [0, 1]);
});

test('SERVQUAL answers: items by their matrix rows, the own allocation weights the score', () => {
  const marker: TServqualStudyMarker = { kind: 'servqual', scale: { min: 1, max: 7 }, importance: true };
  // Everyone expects 7 and perceives 5 except reliability, perceived 7: gaps −2 except reliability 0.
  const answer = (points: number[]) => {
    const record: Record<string, unknown> = {};
    const dims = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'];
    const items = [4, 5, 4, 4, 5];
    let k = 0;
    dims.forEach((d, i) => {
      const e: Record<string, number> = {};
      const p: Record<string, number> = {};
      for (let j = 0; j < (items[i] ?? 0); j++) {
        k++;
        e[`e${k}`] = 7;
        p[`p${k}`] = d === 'reliability' ? 7 : 5;
      }
      record[`e_${d}`] = e;
      record[`p_${d}`] = p;
      record[`importance_${d}`] = points[i];
    });
    return record;
  };
  const read = readServqualSurveyAnswers(answer([20, 20, 20, 20, 20]));
  assert.equal(read.expectations.length, 22);
  assert.deepEqual([read.perceptions[4], read.perceptions[9]], [7, 5]);
  // One gives reliability 60 of 100, the other 20 of 100: weighted gaps −0.8 and −1.6, mean −1.2.
  const result = analyzeServqualStudy(marker, [answer([10, 60, 10, 10, 10]), answer([20, 20, 20, 20, 20])]);
  assert.equal(result.weighting, 'respondents');
  assert.equal(result.allocations, 2);
  assert.ok(Math.abs((result.weightedScore ?? NaN) - -1.2) < 1e-12);
  assert.ok(Math.abs(result.unweightedScore - -1.6) < 1e-12);
  // Without the allocation asked, no weighting.
  const plain = analyzeServqualStudy({ ...marker, importance: false }, [answer([20, 20, 20, 20, 20])]);
  assert.deepEqual([plain.weighting, plain.weighted], ['none', null]);
});
