import type { TTextLanguage } from '../language.ts';
import type { TThemeDictionary } from './schema.ts';

/** A dictionary compiled for fast matching: one regular expression per language. */
export type TThemeMatcher = {
  dictionary: TThemeDictionary;
  patterns: Record<TTextLanguage, RegExp | undefined>;
  bySynonym: Map<string, string>;
};

/** One place a theme word was found in a text. */
export type TThemeHit = { theme: string; start: number; end: number; text: string };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(synonyms: string[], wordBoundaries: boolean): RegExp | undefined {
  if (synonyms.length === 0) return undefined;
  // Longest first, so "服务态度" wins over "态度" and "on time" over "time".
  const body = [...new Set(synonyms)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(wordBoundaries ? `\\b(?:${body})\\b` : body, wordBoundaries ? 'gi' : 'g');
}

/** Compiles a theme dictionary once; reuse the matcher for every comment. */
export function compileThemeMatcher(dictionary: TThemeDictionary): TThemeMatcher {
  const bySynonym = new Map<string, string>();
  const zh: string[] = [];
  const en: string[] = [];
  for (const t of dictionary.themes) {
    // The first theme to claim a word keeps it, so a pack's order decides between overlapping themes.
    for (const [lang, list, words] of [
      ['zh', zh, t.synonyms.zh],
      ['en', en, t.synonyms.en.map((w) => w.toLowerCase())],
    ] as const) {
      for (const w of words) {
        if (bySynonym.has(`${lang}:${w}`)) continue;
        bySynonym.set(`${lang}:${w}`, t.key);
        list.push(w);
      }
    }
  }
  return { dictionary, patterns: { zh: compile(zh, false), en: compile(en, true) }, bySynonym };
}

/**
 * Finds theme words in a text. Chinese is matched by substring (no word boundaries in Chinese text) and
 * English by whole words, case-insensitive. A Chinese text is also searched for English words, since
 * comments mix them ("wifi 断了").
 */
export function findThemeHits(matcher: TThemeMatcher, text: string, language: TTextLanguage): TThemeHit[] {
  const hits: TThemeHit[] = [];
  const languages: TTextLanguage[] = language === 'zh' ? ['zh', 'en'] : ['en'];
  for (const lang of languages) {
    const pattern = matcher.patterns[lang];
    if (pattern === undefined) continue;
    for (const m of text.matchAll(pattern)) {
      const theme = matcher.bySynonym.get(`${lang}:${lang === 'en' ? m[0].toLowerCase() : m[0]}`);
      if (theme !== undefined) hits.push({ theme, start: m.index, end: m.index + m[0].length, text: m[0] });
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
