import { clamp } from './clamp.ts';
import { splitClauses } from './clauses.ts';
import { detectLanguage, type TTextLanguage } from './language.ts';
import type { TSentimentModel } from './model-data.ts';
import { scoreClauseSentiment, scoreSentiment, type TSentiment } from './sentiment.ts';
import { DEFAULT_THEME_DICTIONARY } from './themes/default.ts';
import {
  compileThemeMatcher,
  findThemeHits,
  rankThemes,
  type TThemeHit,
  type TThemeMatcher,
} from './themes/match.ts';

/** One clause of a comment with its themes (most evident first) and its own sentiment. */
export type TAspect = {
  text: string;
  start: number;
  end: number;
  contrast: boolean;
  theme: string | null;
  themes: string[];
  sentiment: TSentiment;
  evidence: TThemeHit[];
};

/** A theme's sentiment over the clauses of one comment that mention it. */
export type TThemeSentiment = { theme: string; score: number; mentions: number };

/** The analysis of one comment: overall sentiment, its clauses, and a sentiment per theme. */
export type TTextAnalysis = { sentiment: TSentiment; aspects: TAspect[]; themes: TThemeSentiment[] };

/** Options of `analyzeText`: language (default auto), a pack's compiled theme matcher, a Chinese model. */
export type TAnalyzeOptions = {
  language?: TTextLanguage | 'auto';
  matcher?: TThemeMatcher;
  model?: TSentimentModel;
};

let defaultMatcher: TThemeMatcher | undefined;

/**
 * Analyses a comment: its overall sentiment, then each clause with the themes it mentions and its own
 * sentiment, so "维修人员两个小时才到，态度很差，但问题最终解决了" gives waiting -, attitude -,
 * resolution +. Each clause picks its language itself when the language is auto (mixed comments).
 */
export function analyzeText(text: string, options: TAnalyzeOptions = {}): TTextAnalysis {
  const matcher = options.matcher ?? (defaultMatcher ??= compileThemeMatcher(DEFAULT_THEME_DICTIONARY));
  const auto = options.language === undefined || options.language === 'auto';
  const language = auto ? detectLanguage(text) : (options.language as TTextLanguage);
  const sentiment = scoreSentiment(text, { language, model: options.model });
  const aspects: TAspect[] = [];
  const byTheme = new Map<string, { sum: number; n: number }>();
  for (const clause of splitClauses(text, language)) {
    const lang = auto ? detectLanguage(clause.text) : language;
    const evidence = findThemeHits(matcher, clause.text, lang).map((h) => ({
      ...h,
      start: h.start + clause.start,
      end: h.end + clause.start,
    }));
    const themes = rankThemes(evidence);
    const clauseSentiment = scoreClauseSentiment(clause.text, { language: lang, model: options.model });
    aspects.push({ ...clause, theme: themes[0] ?? null, themes, sentiment: clauseSentiment, evidence });
    for (const theme of themes) {
      const agg = byTheme.get(theme) ?? { sum: 0, n: 0 };
      agg.sum += clauseSentiment.score;
      agg.n++;
      byTheme.set(theme, agg);
    }
  }
  const themes = [...byTheme].map(([theme, a]) => ({
    theme,
    score: clamp(a.sum / a.n, -1, 1),
    mentions: a.n,
  }));
  return { sentiment, aspects, themes };
}
