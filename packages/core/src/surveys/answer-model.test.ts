import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_RATING_SCALE } from '../domain/journey.ts';
import { answerModel, answerNeedsJourney, toOutcomeScale } from './answer-model.ts';
import { ZSurveyDefinition } from './definition.ts';

const definition = ZSurveyDefinition.parse({
  pages: [
    {
      name: 'p',
      elements: [
        {
          type: 'rating',
          name: 'visit',
          rateMin: 1,
          rateMax: 10,
          mot: { role: 'touchpoint_rating', touchpoint: 'visit' },
        },
        { type: 'comment', name: 'visit_why', mot: { role: 'touchpoint_comment', touchpoint: 'visit' } },
        { type: 'comment', name: 'call_why', mot: { role: 'touchpoint_comment', touchpoint: 'call' } },
        { type: 'rating', name: 'csat', rateMin: 1, rateMax: 5, mot: { role: 'csat' } },
        { type: 'rating', name: 'ces', rateMin: 1, rateMax: 7, mot: { role: 'ces' } },
        { type: 'rating', name: 'leave', rateMin: 1, rateMax: 20, mot: { role: 'churn_intent' } },
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } },
        { type: 'comment', name: 'anything', mot: { role: 'comment' } },
        { type: 'text', name: 'plain' },
      ],
    },
  ],
});

describe('what an answer becomes', () => {
  test('every binding lands: ratings re-scaled to the touchpoint, outcome scores on 0..10, free comments kept', () => {
    const model = answerModel(
      definition,
      {
        visit: 10,
        visit_why: 'quick and kind',
        call_why: '电话一直占线',
        csat: 2,
        ces: 6,
        leave: 20,
        nps: 3,
        anything: '  ',
        plain: 'not bound',
      },
      (t) => (t === 'visit' ? { min: 1, max: 5 } : DEFAULT_RATING_SCALE),
    );
    assert.deepEqual(model.moments, [
      { touchpoint: 'visit', rating: 5, comment: 'quick and kind' },
      { touchpoint: 'call', comment: '电话一直占线' },
    ]);
    // CSAT 1-5 and CES 1-7 fit 0..10 and keep their scale; churn intent on 1..20 is re-scaled (20 -> 10);
    // with no overall question the CSAT is the overall.
    assert.deepEqual(model.outcome, { csat: 2, overall: 2, ces: 6, churnIntent: 10, nps: 3 });
    assert.deepEqual(model.comments, []);
  });

  test('an overall question wins over the CSAT; a free comment is kept by its question', () => {
    const withOverall = ZSurveyDefinition.parse({
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'rating', name: 'o', rateMin: 1, rateMax: 5, mot: { role: 'overall' } },
            { type: 'rating', name: 'c', rateMin: 1, rateMax: 5, mot: { role: 'csat' } },
            { type: 'comment', name: 'why', mot: { role: 'comment' } },
          ],
        },
      ],
    });
    const model = answerModel(withOverall, { o: 4, c: 1, why: '等太久了' }, () => DEFAULT_RATING_SCALE);
    assert.deepEqual(model.outcome, { overall: 4, csat: 1 });
    assert.deepEqual(model.comments, [{ question: 'why', text: '等太久了' }]);
    assert.deepEqual(model.moments, []);
  });

  test('an answer about a touchpoint that rates none becomes its moment: the CSAT its rating, the comments its comment', () => {
    const counter = ZSurveyDefinition.parse({
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'rating', name: 'c', rateMin: 1, rateMax: 10, mot: { role: 'csat' } },
            { type: 'comment', name: 'why', mot: { role: 'comment' } },
          ],
        },
      ],
    });
    const model = answerModel(counter, { c: 10, why: '很快' }, () => DEFAULT_RATING_SCALE, 'counter');
    assert.deepEqual(model.moments, [{ touchpoint: 'counter', rating: 5, comment: '很快' }]);
    assert.deepEqual(model.outcome, { csat: 10, overall: 10 });
    // A survey that rates the touchpoint itself keeps its own rating.
    const rated = answerModel(definition, { visit: 1 }, () => DEFAULT_RATING_SCALE, 'visit');
    assert.deepEqual(rated.moments, [{ touchpoint: 'visit', rating: 1 }]);
  });

  test('outcome scale and the need of a journey', () => {
    assert.equal(toOutcomeScale(7, { min: 1, max: 7 }), 7);
    assert.equal(toOutcomeScale(-2, { min: -2, max: 2 }), 0);
    assert.equal(toOutcomeScale(100, { min: 0, max: 100 }), 10);
    assert.equal(answerNeedsJourney(definition), true);
    const commentsOnly = ZSurveyDefinition.parse({
      pages: [{ name: 'p', elements: [{ type: 'comment', name: 'c', mot: { role: 'comment' } }] }],
    });
    assert.equal(answerNeedsJourney(commentsOnly), false);
  });
});
