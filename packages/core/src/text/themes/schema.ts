import { z } from 'zod';
import { LOCALES, ZKey, ZNames, ZStageKind } from '../../domain/journey.ts';
import type { TLocale } from '../../domain/journey.ts';

const ZSynonyms = z.array(z.string().trim().min(1).max(40)).max(500);

/**
 * One theme of customer comments (waiting, attitude, price...): its names, the Chinese and English words
 * that signal it, its weak words (a speed or a length of time for waiting, a place for environment: they
 * name the theme only when no other theme's word in the clause outweighs them), and hints that map it to
 * touchpoints: stage kinds, fragments of touchpoint keys, and (set by a journey pack) the exact touchpoint
 * keys it belongs to.
 */
export const ZTheme = z.object({
  key: ZKey,
  names: ZNames,
  synonyms: z.object({ zh: ZSynonyms.default([]), en: ZSynonyms.default([]) }),
  weakSynonyms: z
    .object({ zh: ZSynonyms.default([]), en: ZSynonyms.default([]) })
    .default({ zh: [], en: [] }),
  stageKinds: z.array(ZStageKind).default([]),
  touchpointHints: z.array(z.string().min(1).max(64)).default([]),
  touchpoints: z.array(ZKey).default([]),
});
export type TTheme = z.infer<typeof ZTheme>;
export type TThemeInput = z.input<typeof ZTheme>;

/** A theme dictionary: the themes a journey pack (or the default) recognises. Keys must be unique. */
export const ZThemeDictionary = z
  .object({ key: ZKey, themes: z.array(ZTheme).min(1).max(200) })
  .superRefine((dictionary, ctx) => {
    const seen = new Set<string>();
    dictionary.themes.forEach((theme, i) => {
      if (seen.has(theme.key))
        ctx.addIssue({ code: 'custom', path: ['themes', i, 'key'], message: 'duplicate_theme' });
      seen.add(theme.key);
    });
  });
export type TThemeDictionary = z.infer<typeof ZThemeDictionary>;
export type TThemeDictionaryInput = z.input<typeof ZThemeDictionary>;

/**
 * What a journey pack supplies to adapt a dictionary: themes to add, or changes to existing ones by key.
 * Synonyms and hints are added to the base theme's unless `replace` is true; `touchpoints` always replaces.
 */
export const ZThemePatch = z.object({
  key: ZKey,
  names: ZNames.optional(),
  synonyms: z.object({ zh: ZSynonyms.optional(), en: ZSynonyms.optional() }).optional(),
  weakSynonyms: z.object({ zh: ZSynonyms.optional(), en: ZSynonyms.optional() }).optional(),
  stageKinds: z.array(ZStageKind).optional(),
  touchpointHints: z.array(z.string().min(1).max(64)).optional(),
  touchpoints: z.array(ZKey).optional(),
  replace: z.boolean().optional(),
});
export type TThemePatch = z.infer<typeof ZThemePatch>;

/** A pack's adaptation of a theme dictionary: patches by key, and keys of base themes to drop. */
export const ZThemeDictionaryExtension = z.object({
  key: ZKey,
  themes: z.array(ZThemePatch).max(200).default([]),
  remove: z.array(ZKey).default([]),
});
export type TThemeDictionaryExtension = z.input<typeof ZThemeDictionaryExtension>;

/**
 * A theme's name in every locale the product speaks, each falling back to the theme's key (a theme a
 * dictionary no longer holds, or one a pack named in one language only).
 */
export function themeNames(dictionary: TThemeDictionary, key: string): Record<TLocale, string> {
  const names = dictionary.themes.find((t) => t.key === key)?.names ?? {};
  return Object.fromEntries(LOCALES.map((l) => [l, names[l] ?? key])) as Record<TLocale, string>;
}
