import {
  ZTheme,
  ZThemeDictionary,
  ZThemeDictionaryExtension,
  type TTheme,
  type TThemeDictionary,
  type TThemeDictionaryExtension,
  type TThemePatch,
} from './schema.ts';

const union = (a: readonly string[], b: readonly string[] | undefined): string[] => [
  ...new Set([...a, ...(b ?? [])]),
];

function applyPatch(base: TTheme, patch: TThemePatch): TTheme {
  const merge = (a: readonly string[], b: readonly string[] | undefined): string[] =>
    patch.replace === true && b !== undefined ? [...b] : union(a, b);
  return {
    key: base.key,
    names: { ...base.names, ...patch.names },
    synonyms: {
      zh: merge(base.synonyms.zh, patch.synonyms?.zh),
      en: merge(base.synonyms.en, patch.synonyms?.en),
    },
    weakSynonyms: {
      zh: merge(base.weakSynonyms.zh, patch.weakSynonyms?.zh),
      en: merge(base.weakSynonyms.en, patch.weakSynonyms?.en),
    },
    stageKinds: merge(base.stageKinds, patch.stageKinds) as TTheme['stageKinds'],
    touchpointHints: merge(base.touchpointHints, patch.touchpointHints),
    touchpoints: patch.touchpoints ?? base.touchpoints,
  };
}

/**
 * Builds a pack's theme dictionary from a base (usually `DEFAULT_THEME_DICTIONARY`) and the pack's
 * extension: drops the removed themes, patches themes with a known key, appends new ones. The result is
 * validated again, so a bad extension fails with the path of the offending field.
 */
export function extendThemeDictionary(
  base: TThemeDictionary,
  extension: TThemeDictionaryExtension,
): TThemeDictionary {
  const ext = ZThemeDictionaryExtension.parse(extension);
  const removed = new Set(ext.remove);
  const themes = base.themes.filter((t) => !removed.has(t.key));
  for (const patch of ext.themes) {
    const i = themes.findIndex((t) => t.key === patch.key);
    const existing = themes[i];
    if (existing !== undefined) themes[i] = applyPatch(existing, patch);
    else themes.push(ZTheme.parse({ ...patch, names: patch.names ?? {}, synonyms: patch.synonyms ?? {} }));
  }
  return ZThemeDictionary.parse({ key: ext.key, themes });
}
