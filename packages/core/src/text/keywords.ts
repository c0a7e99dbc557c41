import { analyzeText, type TTextAnalysis } from './aspects.ts';
import { detectLanguage } from './language.ts';
import { cutChinese, cutEnglish, isBreakToken } from './segment.ts';
import { STOPWORDS_EN, STOPWORDS_ZH } from './stopwords.ts';

/** One comment for keyword analysis: its touchpoint, period (e.g. "2026-11"), optional rating. */
export type TKeywordDocument = {
  text: string;
  touchpoint: string;
  period: string;
  rating?: number;
  analysis?: TTextAnalysis;
};

/** A keyword of a group: TF-IDF score and the number of the group's comments that use it. */
export type TKeyword = { term: string; score: number; comments: number };

/**
 * A theme voiced negatively in a group and how much it pulls the group's mean outcome down: `pull` is
 * the mean outcome of the comments without that negative theme minus the mean of all comments.
 */
export type TNegativeTheme = {
  theme: string;
  mentions: number;
  meanWith: number;
  meanWithout: number;
  pull: number;
};

/** Keywords and negative themes of one touchpoint in one period. */
export type TKeywordGroup = {
  touchpoint: string;
  period: string;
  comments: number;
  keywords: TKeyword[];
  negativeThemes: TNegativeTheme[];
};

/** Options: keywords per group (default 10), the theme score under which a theme counts as negative. */
export type TKeywordOptions = { top?: number; negativeBelow?: number };

/** Content words of a comment: jieba words or English words, without stop words, digits and punctuation. */
export function extractTerms(text: string): string[] {
  const zh = detectLanguage(text) === 'zh';
  const words = zh ? cutChinese(text).map((w) => w.toLowerCase().trim()) : cutEnglish(text);
  const stop = zh ? STOPWORDS_ZH : STOPWORDS_EN;
  return words.filter(
    (w) => w.length >= (zh ? 2 : 3) && !stop.has(w) && !isBreakToken(w) && !/^\d+$/.test(w),
  );
}

function rankNegativeThemes(
  docs: TKeywordDocument[],
  analyses: TTextAnalysis[],
  below: number,
): TNegativeTheme[] {
  // The outcome is the customers' rating when every comment of the group has one, else each comment's own
  // sentiment: a rating (e.g. 1..5) and a sentiment (-1..+1) are on different scales and cannot share a mean.
  const rated = docs.every((d) => d.rating !== undefined);
  const outcome = docs.map((d, i) => (rated ? d.rating : undefined) ?? analyses[i]?.sentiment.score ?? 0);
  const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const all = mean(outcome);
  const negative = new Map<string, Set<number>>();
  analyses.forEach((a, i) => {
    for (const t of a.themes)
      if (t.score < below) negative.set(t.theme, (negative.get(t.theme) ?? new Set()).add(i));
  });
  return [...negative]
    .map(([theme, with_]) => {
      const meanWith = mean(outcome.filter((_, i) => with_.has(i)));
      const without = outcome.filter((_, i) => !with_.has(i));
      const meanWithout = without.length === 0 ? meanWith : mean(without);
      return { theme, mentions: with_.size, meanWith, meanWithout, pull: meanWithout - all };
    })
    .sort((a, b) => b.pull - a.pull || b.mentions - a.mentions);
}

/**
 * TF-IDF keywords per touchpoint and period (Salton & Buckley, "Term-weighting approaches in automatic
 * text retrieval", 1988): term frequency is the share of the group's comments using the term, and the
 * inverse document frequency ln((1 + N) / (1 + df)) + 1 is taken over all comments (scikit-learn's
 * smoothed form). Negative themes are ranked by how much they pull the group's mean outcome down: its
 * ratings when every comment of the group has one, else the comments' sentiment.
 */
export function findKeywords(
  docs: readonly TKeywordDocument[],
  options: TKeywordOptions = {},
): TKeywordGroup[] {
  const top = options.top ?? 10;
  const terms = docs.map((d) => new Set(extractTerms(d.text)));
  const df = new Map<string, number>();
  for (const set of terms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const groups = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const key = JSON.stringify([d.touchpoint, d.period]);
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [i]);
    else members.push(i);
  });
  const n = docs.length;
  return [...groups].map(([key, members]) => {
    const [touchpoint, period] = JSON.parse(key) as [string, string];
    const counts = new Map<string, number>();
    for (const i of members) for (const t of terms[i] ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    const keywords = [...counts]
      .map(([term, c]) => ({
        term,
        comments: c,
        score: (c / members.length) * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1),
      }))
      .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
      .slice(0, top);
    const groupDocs = members.map((i) => docs[i]).filter((d) => d !== undefined);
    const analyses = groupDocs.map((d) => d.analysis ?? analyzeText(d.text));
    const negativeThemes = rankNegativeThemes(groupDocs, analyses, options.negativeBelow ?? -0.2);
    return { touchpoint, period, comments: members.length, keywords, negativeThemes };
  });
}
