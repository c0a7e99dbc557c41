import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZJourney } from '../../domain/journey.ts';
import { DEFAULT_THEME_DICTIONARY } from './default.ts';
import { extendThemeDictionary } from './extend.ts';
import { compileThemeMatcher, findThemeHits } from './match.ts';
import { themeNames, ZThemeDictionary } from './schema.ts';
import { findThemeTouchpoints } from './touchpoints.ts';

const journey = ZJourney.parse({
  key: 'home-repair',
  name: 'Home repair',
  stages: [
    { key: 'report', name: 'Report', kind: 'pre_contact' },
    { key: 'fix', name: 'Fix', kind: 'problem_handling' },
  ],
  touchpoints: [
    { key: 'hotline-call', name: 'Hotline', stage: 'report', channel: 'phone', owner: 'Call centre' },
    { key: 'technician-arrival', name: 'Arrival', stage: 'fix', channel: 'on_site', owner: 'Field' },
    { key: 'onsite-work', name: 'Work', stage: 'fix', channel: 'on_site', owner: 'Field' },
  ],
});

describe('theme dictionaries', () => {
  test('the default dictionary validates and has Chinese and English words for every theme', () => {
    ZThemeDictionary.parse(DEFAULT_THEME_DICTIONARY);
    for (const t of DEFAULT_THEME_DICTIONARY.themes) {
      assert.ok(t.synonyms.zh.length > 0 && t.synonyms.en.length > 0, t.key);
      assert.ok(t.names['zh-CN'] && t.names.en, t.key);
    }
  });

  test('a duplicate theme key is reported with its path', () => {
    const themes = [...DEFAULT_THEME_DICTIONARY.themes, DEFAULT_THEME_DICTIONARY.themes[0]];
    const r = ZThemeDictionary.safeParse({ key: 'x', themes });
    assert.equal(r.success, false);
    assert.deepEqual(r.error?.issues[0]?.path, ['themes', themes.length - 1, 'key']);
  });

  test('a pack extends, overrides and removes themes, and maps them to its touchpoints', () => {
    const pack = extendThemeDictionary(DEFAULT_THEME_DICTIONARY, {
      key: 'property',
      remove: ['network'],
      themes: [
        { key: 'waiting', synonyms: { zh: ['物业磨蹭'] }, touchpoints: ['technician-arrival'] },
        { key: 'noise', names: { en: 'Noise' }, synonyms: { zh: ['装修噪音'], en: ['drilling'] } },
      ],
    });
    assert.equal(
      pack.themes.some((t) => t.key === 'network'),
      false,
    );
    const waiting = pack.themes.find((t) => t.key === 'waiting');
    assert.ok(waiting?.synonyms.zh.includes('物业磨蹭') && waiting.synonyms.zh.includes('排队'));
    const matcher = compileThemeMatcher(pack);
    assert.deepEqual(
      findThemeHits(matcher, '楼上装修噪音太大', 'zh').map((h) => h.theme),
      ['noise'],
    );
    assert.deepEqual(findThemeTouchpoints(pack, 'waiting', journey), ['technician-arrival']);
  });

  test('without explicit touchpoints, hints and stage kinds map a theme', () => {
    assert.deepEqual(findThemeTouchpoints(DEFAULT_THEME_DICTIONARY, 'communication', journey), [
      'hotline-call',
    ]);
    assert.deepEqual(findThemeTouchpoints(DEFAULT_THEME_DICTIONARY, 'resolution', journey), [
      'technician-arrival',
      'onsite-work',
    ]);
    assert.deepEqual(findThemeTouchpoints(DEFAULT_THEME_DICTIONARY, 'unknown', journey), []);
  });

  test('English words match whole words only, case-insensitive, longest first', () => {
    const matcher = compileThemeMatcher(DEFAULT_THEME_DICTIONARY);
    assert.deepEqual(
      findThemeHits(matcher, 'Lateral thinking; he came LATE, on time next day', 'en').map((h) => [
        h.theme,
        h.text,
      ]),
      [
        ['waiting', 'LATE'],
        ['waiting', 'on time'],
      ],
    );
  });

  test('a bad extension fails with the path of the field', () => {
    assert.throws(
      () => extendThemeDictionary(DEFAULT_THEME_DICTIONARY, { key: 'x', themes: [{ key: 'Bad Key' }] }),
      (e: Error) => e.message.includes('themes'),
    );
  });

  test("a theme's names in every locale, its key where a name is missing", () => {
    const waiting = DEFAULT_THEME_DICTIONARY.themes.find((t) => t.key === 'waiting');
    assert.deepEqual(themeNames(DEFAULT_THEME_DICTIONARY, 'waiting'), {
      'zh-CN': waiting?.names['zh-CN'],
      en: waiting?.names.en,
    });
    const onlyChinese = ZThemeDictionary.parse({
      key: 'x',
      themes: [{ key: 'parking', names: { 'zh-CN': '停车' }, synonyms: { zh: ['车位'], en: ['parking'] } }],
    });
    assert.deepEqual(themeNames(onlyChinese, 'parking'), { 'zh-CN': '停车', en: 'parking' });
    assert.deepEqual(themeNames(onlyChinese, 'gone'), { 'zh-CN': 'gone', en: 'gone' });
  });
});
