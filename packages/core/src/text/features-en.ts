import { FNV_OFFSET, fnvString, hashFinish, type TSparseVector, toSparseVector } from './hashing.ts';
import { NEGATIONS_EN, SERVICE_PHRASES_EN, valenceEn } from './lexicon-en.ts';

/** An English token: a lower-case word, or a clause break (punctuation or a contrast word). */
export type TTokenEn = { word: string; isBreak: boolean };

const TOKEN_EN = /[a-z0-9]+(?:['’][a-z]+)?|[.,;:!?()"…\u0085\n]+/g;
/** Contrast words end a negation's scope and start a clause that weighs more. */
export const CONTRAST_EN: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'despite',
  'yet',
]);
/**
 * Words that start a new clause inside a sentence without punctuation and so end a negation's scope:
 * "not a long wait at all and very clear advice", "wasn't ready until 6", "nobody came so I left".
 */
export const SCOPE_ENDS_EN: ReadonlySet<string> = new Set([
  'and',
  'so',
  'because',
  'when',
  'since',
  'until',
  'then',
  'while',
  'after',
  'before',
]);

const LONGEST_PHRASE = Math.max(...[...SERVICE_PHRASES_EN.keys()].map((p) => p.split(' ').length));

/**
 * Lower-case words and clause breaks of an English text ("don't" stays one word). A service phrase
 * (`SERVICE_PHRASES_EN`: "not bad", "no problem", "on hold") becomes one word, its words joined by spaces,
 * so the model learns it as a unit and the negation inside it opens no scope.
 */
export function tokenizeEnglish(text: string): TTokenEn[] {
  const raw: TTokenEn[] = [];
  for (const m of text.toLowerCase().replace(/’/g, "'").matchAll(TOKEN_EN)) {
    const word = m[0];
    raw.push({ word, isBreak: !/[a-z0-9]/.test(word) });
  }
  const out: TTokenEn[] = [];
  for (let i = 0; i < raw.length; i++) {
    let merged: string | undefined;
    for (let n = Math.min(LONGEST_PHRASE, raw.length - i); n >= 2 && merged === undefined; n--) {
      const words = raw.slice(i, i + n);
      if (words.some((t) => t.isBreak)) continue;
      const phrase = words.map((t) => t.word).join(' ');
      if (SERVICE_PHRASES_EN.has(phrase)) {
        merged = phrase;
        i += n - 1;
      }
    }
    out.push(merged === undefined ? (raw[i] as TTokenEn) : { word: merged, isBreak: false });
  }
  return out;
}

/**
 * Which words stand in a negation's scope: every word after a negation up to the end of its clause
 * (punctuation, a contrast word or a word that starts a new clause, `SCOPE_ENDS_EN`), the NOT_ marking of Das & Chen (2001) and Pang, Lee & Vaithyanathan
 * (2002). So "nobody came. Terrible." leaves "terrible" outside the scope of "nobody".
 */
export function negationScopesEn(tokens: readonly TTokenEn[]): boolean[] {
  let negated = false;
  return tokens.map(({ word, isBreak }) => {
    if (isBreak || CONTRAST_EN.has(word) || SCOPE_ENDS_EN.has(word)) {
      negated = false;
      return false;
    }
    if (NEGATIONS_EN.has(word)) {
      negated = !negated;
      return false;
    }
    return negated;
  });
}

/**
 * Topic words of service comments that review text uses mostly in complaints ("I had problems with it");
 * in a service comment they name what the comment is about, so the model does not read them (the lexicon
 * still does, softly: `SERVICE_LEXICON_EN`).
 */
export const TOPIC_WORDS_EN: ReadonlySet<string> = new Set(['problem', 'problems', 'issue', 'issues']);

/**
 * Which tokens the lexicon reads under a negation: each sentiment word in a negation's scope and the
 * negation that reverses it ("not rushed", "nothing was missing"). The lexicon's rule reads them; review
 * text, where "not" mostly comes with complaints, would read "not rushed" as one.
 */
export function negatedLexiconTokensEn(tokens: readonly TTokenEn[]): boolean[] {
  const scopes = negationScopesEn(tokens);
  const read = tokens.map(() => false);
  let opener = -1;
  tokens.forEach(({ word }, i) => {
    if (NEGATIONS_EN.has(word)) opener = i;
    if (scopes[i] !== true || opener < 0) return;
    const v = valenceEn(word);
    if (v !== undefined && v !== 0) {
      read[i] = true;
      read[opener] = true;
    }
  });
  return read;
}

/**
 * Hashed features of an English text (topic words and numbers left out, `TOPIC_WORDS_EN`): words (`w:`), words in a negation scope (`n:`) and word bigrams
 * within a clause (`b:`), each bucket summed, the vector scaled to unit length.
 */
export function hashFeaturesEn(tokens: readonly TTokenEn[], bits: number, bigrams = true): TSparseVector {
  const scopes = negationScopesEn(tokens);
  const lexical = negatedLexiconTokensEn(tokens);
  const buckets = new Map<number, number>();
  const add = (h: number): void => {
    const i = hashFinish(h, bits);
    buckets.set(i, (buckets.get(i) ?? 0) + 1);
  };
  let prev = '';
  tokens.forEach(({ word, isBreak }, i) => {
    if (isBreak) {
      prev = '';
      return;
    }
    // Numbers alone say nothing of sentiment; a text of only numbers has nothing to go on.
    if (TOPIC_WORDS_EN.has(word) || !/[a-z]/.test(word) || lexical[i] === true) return;
    add(fnvString(FNV_OFFSET, (scopes[i] === true ? 'n:' : 'w:') + word));
    if (bigrams && prev !== '') add(fnvString(fnvString(fnvString(FNV_OFFSET, 'b:'), prev), `|${word}`));
    prev = word;
  });
  return toSparseVector(buckets);
}
