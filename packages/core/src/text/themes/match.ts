import type { TTextLanguage } from '../language.ts';
import { buildPhraseIndex, findPhrases, type TPhraseIndex } from '../phrase-index.ts';
import type { TThemeDictionary } from './schema.ts';

/** A dictionary compiled for fast matching: a phrase index per language and the theme of each word. */
export type TThemeMatcher = {
  dictionary: TThemeDictionary;
  indexes: Record<TTextLanguage, TPhraseIndex>;
  bySynonym: Record<TTextLanguage, Map<string, string>>;
};

/** One place a theme word was found in a text. */
export type TThemeHit = { theme: string; start: number; end: number; text: string };

/** Compiles a theme dictionary once; reuse the matcher for every comment. */
export function compileThemeMatcher(dictionary: TThemeDictionary): TThemeMatcher {
  const bySynonym = { zh: new Map<string, string>(), en: new Map<string, string>() };
  for (const t of dictionary.themes) {
    // The first theme to claim a word keeps it, so a pack's order decides between overlapping themes.
    for (const w of t.synonyms.zh) if (!bySynonym.zh.has(w)) bySynonym.zh.set(w, t.key);
    for (const w of t.synonyms.en.map((s) => s.toLowerCase()))
      if (!bySynonym.en.has(w)) bySynonym.en.set(w, t.key);
  }
  return {
    dictionary,
    indexes: {
      zh: buildPhraseIndex(bySynonym.zh.keys(), false),
      en: buildPhraseIndex(bySynonym.en.keys(), true),
    },
    bySynonym,
  };
}

/**
 * Finds theme words in a text, longest word first ("服务态度" before "态度"). Chinese is matched by
 * substring (Chinese has no spaces between words) and English by whole words, case-insensitive. A Chinese
 * text is also searched for English words, since comments mix them ("wifi 断了").
 */
export function findThemeHits(matcher: TThemeMatcher, text: string, language: TTextLanguage): TThemeHit[] {
  const hits: TThemeHit[] = [];
  let lower = text.toLowerCase();
  // A few letters change length when lower-cased ("İ"); keep those as they are so offsets stay true.
  if (lower.length !== text.length) {
    lower = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join(
      '',
    );
  }
  const languages: TTextLanguage[] = language === 'zh' ? ['zh', 'en'] : ['en'];
  for (const lang of languages) {
    for (const h of findPhrases(matcher.indexes[lang], lang === 'en' ? lower : text)) {
      const theme = matcher.bySynonym[lang].get(h.phrase);
      if (theme !== undefined)
        hits.push({ theme, start: h.start, end: h.end, text: text.slice(h.start, h.end) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The themes of a set of hits, the most frequent first (ties: the earliest first). */
export function rankThemes(hits: readonly TThemeHit[]): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  for (const h of hits) {
    const c = counts.get(h.theme);
    if (c === undefined) counts.set(h.theme, { n: 1, first: h.start });
    else c.n++;
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([theme]) => theme);
}
