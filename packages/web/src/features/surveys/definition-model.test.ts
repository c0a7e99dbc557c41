import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TFunction } from 'i18next';
import {
  addPage,
  addQuestion,
  applyPreset,
  blankDefinition,
  changeType,
  moveQuestion,
  newQuestion,
  presetOf,
  questionNames,
  questionsBefore,
  removePage,
  removeQuestion,
  renameQuestion,
  withBinding,
  withItemText,
  withText,
} from './definition-model.ts';
import type { TDefinition } from './definition-model.ts';
import { formFieldOf, readUploaded } from './form-errors.ts';
import { keyFromName } from '../../lib/keys.ts';
import { checkDefinition, placeProblem } from './problems.ts';
import { describeSurveyProblem } from './problem-message.ts';

/** Two pages: a, b on the first; c on the second. */
function sample(): TDefinition {
  let def = blankDefinition();
  def = addQuestion(def, 0, { ...newQuestion(def, 'rating'), name: 'a' }).def;
  def = addQuestion(def, 0, { ...newQuestion(def, 'text'), name: 'b' }).def;
  def = addPage(def, 0).def;
  def = addQuestion(def, 1, { ...newQuestion(def, 'comment'), name: 'c' }).def;
  return def;
}

test('new questions get free names and what their type needs, and pass core validation', () => {
  let def = blankDefinition();
  for (const type of ['rating', 'rating', 'radiogroup', 'checkbox', 'dropdown', 'matrix', 'html'] as const) {
    def = addQuestion(def, 0, newQuestion(def, type)).def;
  }
  assert.deepEqual(questionNames(def), [
    'rating',
    'rating2',
    'choice',
    'choices',
    'dropdown',
    'matrix',
    'note',
  ]);
  assert.deepEqual(checkDefinition(def), []);
  assert.equal(presetOf(def.pages[0]?.elements[0] as never), 'csat');
});

test('moving a question swaps it on its page and crosses page breaks at the ends', () => {
  const def = sample();
  const down = moveQuestion(def, { page: 0, index: 0 }, 1);
  assert.deepEqual(questionNames(down.def), ['b', 'a', 'c']);
  assert.deepEqual(down.at, { page: 0, index: 1 });
  const across = moveQuestion(down.def, down.at, 1);
  assert.deepEqual(
    across.def.pages.map((p) => p.elements.map((q) => q.name)),
    [['b'], ['a', 'c']],
  );
  assert.deepEqual(across.at, { page: 1, index: 0 });
  const back = moveQuestion(across.def, across.at, -1);
  assert.deepEqual(
    back.def.pages.map((p) => p.elements.map((q) => q.name)),
    [['b', 'a'], ['c']],
  );
  // At the very top nothing moves.
  const top = moveQuestion(def, { page: 0, index: 0 }, -1);
  assert.equal(top.def, def);
  // The input is left as it was.
  assert.deepEqual(questionNames(def), ['a', 'b', 'c']);
});

test('removing a page break keeps its questions; the last page stays', () => {
  const def = sample();
  assert.deepEqual(
    removePage(def, 1).pages.map((p) => p.elements.map((q) => q.name)),
    [['a', 'b', 'c']],
  );
  assert.deepEqual(
    removePage(def, 0).pages.map((p) => p.elements.map((q) => q.name)),
    [['a', 'b', 'c']],
  );
  assert.equal(removePage(blankDefinition(), 0).pages.length, 1);
  assert.deepEqual(questionNames(removeQuestion(def, { page: 0, index: 1 })), ['a', 'c']);
  assert.deepEqual(
    addPage(def, 0).def.pages.map((p) => p.name),
    ['page1', 'page3', 'page2'],
  );
});

test('texts: English is SurveyJS default, Chinese zh-cn, emptied locales are dropped', () => {
  assert.deepEqual(withText('Hello', 'zh-cn', '你好'), { default: 'Hello', 'zh-cn': '你好' });
  assert.deepEqual(withText({ default: 'Hello', 'zh-cn': '你好' }, 'zh-cn', ''), { default: 'Hello' });
  assert.equal(withText({ default: 'Hello' }, 'default', ''), undefined);
  assert.deepEqual(withItemText('yes', 'zh-cn', '是'), {
    value: 'yes',
    text: { default: 'yes', 'zh-cn': '是' },
  });
  assert.deepEqual(withItemText({ value: 1, text: { default: 'One' } }, 'zh-cn', '一'), {
    value: 1,
    text: { default: 'One', 'zh-cn': '一' },
  });
});

test('presets set the scale and end labels; NPS binding brings the 0-10 scale', () => {
  const def = sample();
  const q = def.pages[0]?.elements[0];
  assert.ok(q);
  const ces = applyPreset({ ...q, rateValues: [1, 2] }, 'ces');
  assert.equal(ces['rateMax'], 7);
  assert.equal(ces['rateValues'], undefined);
  assert.equal(presetOf(ces), 'ces');
  const nps = withBinding(q, 'nps');
  assert.deepEqual(nps['mot'], { role: 'nps' });
  assert.equal(presetOf(nps), 'nps');
  const tp = withBinding(withBinding(q, 'touchpoint_rating', 'visit'), 'touchpoint_rating');
  assert.deepEqual(tp['mot'], { role: 'touchpoint_rating', touchpoint: 'visit' });
  assert.equal(withBinding(tp, null)['mot'], undefined);
});

test('renaming a question rewrites the conditions that name it', () => {
  let def = sample();
  def = {
    ...def,
    pages: def.pages.map((p, i) =>
      i === 1 ? { ...p, elements: p.elements.map((q) => ({ ...q, visibleIf: '{a} <= 3 or {ab} = 1' })) } : p,
    ),
  };
  const renamed = renameQuestion(def, { page: 0, index: 0 }, 'overall');
  assert.equal(renamed.pages[1]?.elements[0]?.['visibleIf'], '{overall} <= 3 or {ab} = 1');
  // Typing a name through another question's name does not take that question's conditions with it.
  const through = renameQuestion(
    renameQuestion(renamed, { page: 0, index: 1 }, 'overall'),
    { page: 0, index: 1 },
    'overall2',
  );
  assert.equal(through.pages[1]?.elements[0]?.['visibleIf'], '{overall} <= 3 or {ab} = 1');
  assert.deepEqual(
    questionsBefore(renamed, { page: 1, index: 0 }).map((q) => q.name),
    ['overall', 'b'],
  );
});

test('changing the type keeps title and condition, drops a binding the new type cannot carry', () => {
  let def = sample();
  def = {
    ...def,
    pages: def.pages.map((p, i) =>
      i === 1
        ? {
            ...p,
            elements: p.elements.map((q) => ({ ...q, visibleIf: '{a} <= 3', mot: { role: 'comment' } })),
          }
        : p,
    ),
  };
  const text = changeType(def, { page: 1, index: 0 }, 'text').pages[1]?.elements[0];
  assert.deepEqual(text?.['mot'], { role: 'comment' });
  const radio = changeType(def, { page: 1, index: 0 }, 'radiogroup').pages[1]?.elements[0];
  assert.equal(radio?.['mot'], undefined);
  assert.equal(radio?.['visibleIf'], '{a} <= 3');
  assert.ok(Array.isArray(radio?.['choices']));
});

test('problems are placed at the question their path names', () => {
  let def = sample();
  def = addQuestion(def, 1, { type: 'comment', name: 'a', visibleIf: '{nobody} = 1' }).def;
  const problems = checkDefinition(def);
  assert.ok(problems.some((p) => p.at?.page === 1 && p.at.index === 1 && p.field === 'name'));
  assert.ok(problems.some((p) => p.at?.page === 1 && p.at.index === 1 && p.field === 'visibleIf'));
  assert.deepEqual(placeProblem(['definition', 'pages', 0, 'elements', 2, 'mot'], 'x').at, {
    page: 0,
    index: 2,
  });
  assert.equal(placeProblem(['key'], 'x').at, null);
});

test('server paths go to the form fields that hold them; uploaded files are read for their mot info', () => {
  assert.deepEqual(formFieldOf(['template', 'touchpoint']), ['touchpoint']);
  assert.deepEqual(formFieldOf(['template', 'features', 1, 'key']), ['features', 1, 'key']);
  assert.deepEqual(formFieldOf(['template', 'features', 1, 'names', 'en']), ['features', 1, 'zh']);
  assert.deepEqual(formFieldOf(['definition', 'pages', 0, 'elements', 1, 'name']), ['definition']);
  assert.deepEqual(formFieldOf(['key']), ['key']);
  assert.equal(keyFromName('After the repair!', 'survey', 'x1'), 'after-the-repair-x1');
  assert.equal(keyFromName('维修回访', 'survey', 'x1'), 'survey-x1');
  assert.deepEqual(readUploaded('{'), { ok: false, reason: 'not_json' });
  assert.deepEqual(readUploaded('{"title":"x"}'), { ok: false, reason: 'not_survey' });
  const file = { mot: { format: 'mot-survey', key: 'k', name: 'N', journey: null, version: 3 }, pages: [] };
  const read = readUploaded(JSON.stringify(file));
  assert.ok(read.ok);
  assert.equal(read.key, 'k');
  assert.equal(read.journey, null);
  assert.deepEqual(readUploaded('{"pages":[]}'), { ok: true, definition: { pages: [] } });
});

test('core problem messages are retold in the language of the page', () => {
  const t = ((key: string, values?: Record<string, string>) =>
    `T:${key.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values?.[k] ?? '')}`) as unknown as TFunction;
  assert.equal(
    describeSurveyProblem('"overall" is the name of an earlier question', t),
    'T:"overall" is already the name of an earlier question',
  );
  assert.equal(
    describeSurveyProblem('names no question of this survey: {b}', t),
    'T:The condition names no question of this survey: b',
  );
  assert.equal(describeSurveyProblem('something new', t), 'something new');
  // Every message core makes for these cases is one the function knows.
  let def = blankDefinition();
  def = addQuestion(def, 0, { type: 'rating', name: 'a', rateMin: 5, rateMax: 1, mot: { role: 'nps' } }).def;
  def = addQuestion(def, 0, {
    type: 'comment',
    name: 'a',
    visibleIf: '{zz} = 1',
    mot: { role: 'overall' },
  }).def;
  for (const problem of checkDefinition(def)) {
    assert.match(describeSurveyProblem(problem.message, t), /^T:/, problem.message);
  }
});
