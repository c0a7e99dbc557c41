import type { TTextLanguage } from './language.ts';

/** A clause of a comment: its text (without a leading contrast word) and where it sits in the comment. */
export type TClause = { text: string; start: number; end: number; contrast: boolean };

const PUNCTUATION = /[，,。！!？?；;\n\r…～~]+|\.(?:\s+|$)/g;
// "但" after "不" is "不但" (not only), not a contrast.
const CONTRAST_ZH = /但是|(?<!不)但|可是|不过|然而|只是|可惜/g;
const CONTRAST_EN = /\b(?:but|however|although|though|whereas|yet)\b/gi;

function pushClause(out: TClause[], text: string, from: number, to: number, contrast: boolean): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, contrast });
}

/**
 * Splits a comment into clauses at punctuation and before contrast words (但/可是/不过, but/however),
 * the units that carry one aspect each in most short reviews (Hu & Liu, "Mining and Summarizing Customer
 * Reviews", KDD 2004, work on the same sentence/clause granularity).
 */
export function splitClauses(text: string, language: TTextLanguage): TClause[] {
  const out: TClause[] = [];
  const contrast = language === 'zh' ? CONTRAST_ZH : CONTRAST_EN;
  let pieceStart = 0;
  const pieces: [number, number][] = [];
  for (const m of text.matchAll(PUNCTUATION)) {
    pieces.push([pieceStart, m.index]);
    pieceStart = m.index + m[0].length;
  }
  pieces.push([pieceStart, text.length]);
  for (const [from, to] of pieces) {
    const piece = text.slice(from, to);
    let cursor = 0;
    let isContrast = false;
    for (const m of piece.matchAll(contrast)) {
      pushClause(out, text, from + cursor, from + m.index, isContrast);
      cursor = m.index + m[0].length;
      isContrast = true;
    }
    pushClause(out, text, from + cursor, to, isContrast);
  }
  return out;
}
