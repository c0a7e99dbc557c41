import type { TTextLanguage } from '../language.ts';
import { buildPhraseIndex, findPhrases, type TPhraseIndex } from '../phrase-index.ts';
import type { TThemeDictionary } from './schema.ts';

/** A dictionary compiled for fast matching: a phrase index per language and the theme of each word. */
export type TThemeMatcher = {
  dictionary: TThemeDictionary;
  indexes: Record<TTextLanguage, TPhraseIndex>;
  bySynonym: Record<TTextLanguage, Map<string, string>>;
  weak: Record<TTextLanguage, Set<string>>;
};

/** One place a theme word was found in a text; `weak` when it is one of the theme's weak words. */
export type TThemeHit = { theme: string; start: number; end: number; text: string; weak?: boolean };

/** How much a weak word counts against a theme's other words when themes are ranked. */
const WEAK_WEIGHT = 0.5;

/** Compiles a theme dictionary once; reuse the matcher for every comment. */
export function compileThemeMatcher(dictionary: TThemeDictionary): TThemeMatcher {
  const bySynonym = { zh: new Map<string, string>(), en: new Map<string, string>() };
  const weak = { zh: new Set<string>(), en: new Set<string>() };
  const claim = (lang: TTextLanguage, w: string, key: string, isWeak: boolean): void => {
    // The first theme to claim a word keeps it, so a pack's order decides between overlapping themes.
    if (bySynonym[lang].has(w)) return;
    bySynonym[lang].set(w, key);
    if (isWeak) weak[lang].add(w);
  };
  for (const t of dictionary.themes) {
    for (const w of t.synonyms.zh) claim('zh', w, t.key, false);
    for (const w of t.synonyms.en) claim('en', w.toLowerCase(), t.key, false);
  }
  // Weak words come after every theme's own words, so a word some theme lists as its own stays strong.
  for (const t of dictionary.themes) {
    for (const w of t.weakSynonyms.zh) claim('zh', w, t.key, true);
    for (const w of t.weakSynonyms.en) claim('en', w.toLowerCase(), t.key, true);
  }
  return {
    dictionary,
    indexes: {
      zh: buildPhraseIndex(bySynonym.zh.keys(), false),
      en: buildPhraseIndex(bySynonym.en.keys(), true),
    },
    bySynonym,
    weak,
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
      if (theme === undefined) continue;
      const hit: TThemeHit = { theme, start: h.start, end: h.end, text: text.slice(h.start, h.end) };
      if (matcher.weak[lang].has(h.phrase)) hit.weak = true;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The themes of a set of hits, the best evidenced first: each word counts 1 and a weak word `WEAK_WEIGHT`
 * (ties: the theme found earliest first).
 */
export function rankThemes(hits: readonly TThemeHit[]): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  for (const h of hits) {
    const weight = h.weak === true ? WEAK_WEIGHT : 1;
    const c = counts.get(h.theme);
    if (c === undefined) counts.set(h.theme, { n: weight, first: h.start });
    else c.n += weight;
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([theme]) => theme);
}
