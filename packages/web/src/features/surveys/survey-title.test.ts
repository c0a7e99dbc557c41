import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surveyTitleIn } from './survey-title.ts';

test('the title in the language asked for, else the other language, else the survey’s name', () => {
  const both = { title: { default: 'Your visit to our hall', 'zh-cn': '您在营业厅的体验' } };
  assert.equal(surveyTitleIn(both, 'zh-CN', 'hall'), '您在营业厅的体验');
  assert.equal(surveyTitleIn(both, 'en', 'hall'), 'Your visit to our hall');
  assert.equal(surveyTitleIn({ title: { default: 'Only English' } }, 'zh-CN', 'hall'), 'Only English');
  assert.equal(surveyTitleIn({ title: { 'zh-cn': '只有中文', default: ' ' } }, 'en', 'hall'), '只有中文');
  assert.equal(surveyTitleIn({ title: 'One for all' }, 'zh-CN', 'hall'), 'One for all');
  assert.equal(surveyTitleIn({ pages: [] }, 'zh-CN', '营业厅柜台满意度'), '营业厅柜台满意度');
  assert.equal(surveyTitleIn(undefined, 'en', 'hall'), 'hall');
});
