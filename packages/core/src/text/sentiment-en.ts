import { CONTRAST_EN, SCOPE_ENDS_EN, type TTokenEn } from './features-en.ts';
import { BOOSTERS_EN, NEGATIONS_EN, SARCASM_MARKERS_EN, valenceEn } from './lexicon-en.ts';

/** The lexicon's reading of an English text: the summed valence (AFINN scale) and how many words spoke. */
export type TLexiconScore = { sum: number; hits: number };

/** VADER's negation factor: a negated word keeps about three quarters of its strength, reversed. */
const NEGATION_FACTOR = -0.74;

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

const NUMBER_WORDS_EN = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety half few several couple'.split(
    ' ',
  ),
);
const SHORT_UNITS = /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?)$/;
const LONG_UNITS = /^(?:weeks?|months?)$/;
const QUICK_MINUTES = new Set(
  'a one two three four five six seven eight nine ten fifteen few couple'.split(' '),
);
const SOON = new Set(['within', 'in', 'under', 'only', 'just']);
const KEPT_WAITING = new Set(['for', 'after', 'waited', 'waiting', 'took', 'takes', 'over', 'another']);
/** Valence of "still not ..." with no sentiment word in the negation's scope (AFINN scale). */
const STILL_NOT = -2;
/** Valence of any other negation with no sentiment word in its scope. */
const NOT_DONE = -1;
/** Valence of a length of time in a service comment, on the AFINN scale (see `durationValence`). */
const DURATION_VALENCE = 1.5;

/**
 * How a length of time reads in a service comment: "within ten minutes", "in two days" is praise of speed;
 * "for nine days", "waited forty minutes", "took a month", "two hours past", and weeks or months after
 * anything but "within" are a complaint of waiting. `i` is the unit's index; undefined when the word is
 * not a unit after a number.
 */
function durationValence(words: readonly string[], i: number): number | undefined {
  const unit = words[i] ?? '';
  const short = SHORT_UNITS.test(unit);
  if (!short && !LONG_UNITS.test(unit)) return undefined;
  let j = i - 1;
  const count = words[j] ?? '';
  // "in seconds", "within the week": a unit without a number after "in"/"within".
  if (count === 'in' && /^sec/.test(unit)) return DURATION_VALENCE;
  if (count === 'the' && words[i - 2] === 'within') return DURATION_VALENCE;
  if (!(NUMBER_WORDS_EN.has(count) || /^\d+$/.test(count))) return undefined;
  j--;
  // "a few", "a couple of", "half an hour": step over the article.
  while (j >= 0 && /^(?:a|an|of|half)$/.test(words[j] ?? '') && NUMBER_WORDS_EN.has(words[j + 1] ?? '')) j--;
  const before = words[j] ?? '';
  const after = words[i + 1] ?? '';
  if (before === 'within' || (short && SOON.has(before))) return DURATION_VALENCE;
  // "took ten minutes" is quick, "took forty minutes" is not.
  if (/^min/.test(unit) && (before === 'took' || before === 'takes'))
    return QUICK_MINUTES.has(count) || Number(count) <= 15 ? DURATION_VALENCE : -DURATION_VALENCE;
  // "twenty minutes of security questions": a length of something sat through.
  if (KEPT_WAITING.has(before) || after === 'past' || after === 'of') return -DURATION_VALENCE;
  // "two days later" dates an event; a bare "six weeks" is a long time in a service comment.
  return short || after === 'later' ? undefined : -DURATION_VALENCE;
}

/** Words that promise: a later negation with nothing to flip breaks the promise ("He said he'd call. He didn't."). */
const PROMISES_EN = new Set(['promised', 'promise', 'promises', 'said', 'told', 'assured', 'guaranteed']);
/** Negations of ability that turn a comparative of praise into praise ("couldn't ask for a friendlier waiter"). */
const CANNOT_EN = new Set(["couldn't", "can't", 'cannot']);
/** Valence of "couldn't have made it easier": as strong as "couldn't have been more". */
const CANNOT_BETTER = 3;

/** Whether a word is a comparative of praise: "better", "easier" (easy), "friendlier" (friendly), "nicer" (nice). */
function isPraiseComparative(word: string): boolean {
  if (word === 'better' || word === 'more') return true;
  const stems = word.endsWith('ier')
    ? [`${word.slice(0, -3)}y`]
    : word.endsWith('er')
      ? [word.slice(0, -2), word.slice(0, -1)]
      : [];
  return stems.some((stem) => (valenceEn(stem) ?? 0) > 0);
}

/** What a comment's clauses pass on to the next: whether a promise was made. */
type TCommentState = { promised: boolean };

/** Scores one clause: words and phrases, with boosters and a negation scope that ends with the clause (or at a word starting a new one, `SCOPE_ENDS_EN`). */
function scoreClause(clause: TClauseEn, state: TCommentState): void {
  const { words } = clause;
  let negated = false;
  let negation = '';
  // After a promise word, up to the end of its clause or scope, praise is only what was promised.
  let promisedHere = false;
  let booster = 1;
  // "still hasn't appeared", "still isn't cooling": a thing still not done is a complaint, unless the
  // negation finds a sentiment word of its own to flip ("still not fixed").
  let stillNot = false;
  // "the referral letter was never sent", "nobody checked my allergies": a negation with no sentiment
  // word of its own to flip says that something was not done.
  let emptyNegation = false;
  const endScope = (): void => {
    if (stillNot || emptyNegation) {
      clause.sum += stillNot || state.promised ? STILL_NOT : NOT_DONE;
      clause.hits++;
    }
    stillNot = false;
    emptyNegation = false;
  };
  for (const [i, word] of words.entries()) {
    if (NEGATIONS_EN.has(word)) {
      negated = !negated;
      negation = word;
      stillNot = negated && words[i - 1] === 'still';
      emptyNegation = negated && !stillNot;
      continue;
    }
    if (PROMISES_EN.has(word)) {
      state.promised = true;
      promisedHere = true;
    }
    if (negated && CANNOT_EN.has(negation) && isPraiseComparative(word)) {
      // "couldn't have made the transfer easier", "can't ask for better": the most praise there is.
      clause.sum += CANNOT_BETTER;
      clause.hits++;
      negated = false;
      emptyNegation = false;
      booster = 1;
      continue;
    }
    if (SCOPE_ENDS_EN.has(word)) {
      endScope();
      promisedHere = false;
      negated = false;
      booster = 1;
      continue;
    }
    const b = BOOSTERS_EN.get(word);
    if (b !== undefined) {
      booster = b;
      continue;
    }
    const lexical = valenceEn(word);
    const duration = lexical === undefined ? durationValence(words, i) : undefined;
    // What was promised ("said he'd come back", "a call back within 24 hours") is not yet praise.
    const found = lexical ?? duration;
    const v = promisedHere && (found ?? 0) > 0 ? undefined : found;
    if (v === undefined || v === 0) {
      booster = 1;
      continue;
    }
    // "haven't been collected for ten days": the wait is as long under the negation, and the negation
    // still says something was not done.
    if (negated && duration !== undefined && duration < 0) {
      clause.sum += duration;
      clause.hits++;
      continue;
    }
    clause.sum += v * booster * (negated ? NEGATION_FACTOR : 1);
    clause.hits++;
    booster = 1;
    stillNot = false;
    emptyNegation = false;
  }
  endScope();
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
  const state: TCommentState = { promised: false };
  for (const c of clauses) scoreClause(c, state);
  const complaint = clauses.some((c) => c.sum <= -1.5);
  // "Great, my contract renewed itself", "Oh wonderful, the water's off again": a comment that opens with
  // praise words alone ("Great,", "Oh wonderful,") and praises nothing after them is a complaint.
  const opener = clauses[0];
  const sarcasticOpener =
    opener !== undefined &&
    clauses.length > 1 &&
    opener.sum > 0 &&
    opener.words.length <= 2 &&
    opener.words.every((w) => SARCASM_MARKERS_EN.has(w)) &&
    clauses.slice(1).every((c) => c.sum <= 0);
  const butAt = clauses.findIndex(
    (c) => c.contrast !== undefined && !/^(?:(?:al)?though|despite)$/.test(c.contrast),
  );
  let sum = 0;
  let hits = 0;
  clauses.forEach((c, i) => {
    let v = c.sum;
    const sarcastic =
      (i === 0 && sarcasticOpener) ||
      (complaint && v > 0 && c.words.length <= 4 && c.words.some((w) => SARCASM_MARKERS_EN.has(w)));
    if (sarcastic) v = -v;
    if (butAt > 0) v *= i < butAt ? 0.5 : 1.5;
    if (c.contrast === 'although' || c.contrast === 'though' || c.contrast === 'despite') v *= 0.5;
    sum += v;
    hits += c.hits;
  });
  return { sum, hits };
}
