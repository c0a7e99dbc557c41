import { detectLanguage, type TTextLanguage } from '../language.ts';
import { cuesFor, FIVE_C, type TFiveC, type TFiveCCues } from './rules.ts';
import type { TTranscript } from './transcript.ts';

/** A span of a transcript that a rule matched: turn index, character offsets in that turn, the cue. */
export type TFiveCEvidence = {
  turn: number;
  start: number;
  end: number;
  text: string;
  cue: keyof TFiveCCues;
};

/** One C's result: score 0, 0.5 (partly shown) or 1 (shown), `met` when 1, with its evidence. */
export type TFiveCScore = { score: number; met: boolean; evidence: TFiveCEvidence[] };

/** The screen of one transcript: per C, and the mean score. */
export type TFiveCScreen = { language: TTextLanguage; scores: Record<TFiveC, TFiveCScore>; total: number };

type TSentence = { turn: number; offset: number; text: string };

function agentSentences(transcript: TTranscript): TSentence[] {
  const out: TSentence[] = [];
  transcript.turns.forEach((turn, i) => {
    if (turn.speaker !== 'agent') return;
    for (const m of turn.text.matchAll(/[^。！？!?]+[。！？!?]*|[^.]+\.?/g)) {
      if (m[0].trim() !== '') out.push({ turn: i, offset: m.index, text: m[0] });
    }
  });
  return out;
}

function find(s: TSentence, cue: keyof TFiveCCues, cues: TFiveCCues): TFiveCEvidence | undefined {
  const m = cues[cue].exec(s.text);
  if (m === null) return undefined;
  return { turn: s.turn, start: s.offset + m.index, end: s.offset + m.index + m[0].length, text: m[0], cue };
}

function result(score: number, evidence: TFiveCEvidence[]): TFiveCScore {
  return { score, met: score >= 1, evidence };
}

function screenCommitment(sentences: TSentence[], cues: TFiveCCues): TFiveCScore {
  let partial: TFiveCEvidence[] = [];
  for (const s of sentences) {
    const promise = find(s, 'promise', cues);
    if (promise === undefined) continue;
    const time = find(s, 'time', cues);
    if (time !== undefined) return result(1, [promise, time]);
    if (partial.length === 0) partial = [promise];
  }
  return result(partial.length > 0 ? 0.5 : 0, partial);
}

function screenEither(sentences: TSentence[], cues: TFiveCCues, parts: (keyof TFiveCCues)[]): TFiveCScore {
  const evidence: TFiveCEvidence[] = [];
  for (const part of parts) {
    const hit = sentences.map((s) => find(s, part, cues)).find((e) => e !== undefined);
    if (hit) evidence.push(hit);
  }
  return result(evidence.length / parts.length, evidence);
}

function screenConfirmation(transcript: TTranscript, sentences: TSentence[], cues: TFiveCCues): TFiveCScore {
  let partial: TFiveCEvidence[] = [];
  for (const s of sentences) {
    const restate = find(s, 'restate', cues);
    const check = find(s, 'check', cues);
    const next = transcript.turns[s.turn + 1];
    const affirmed = next?.speaker === 'customer' && cues.affirm.test(next.text.trim());
    if (restate && (check || affirmed)) return result(1, check ? [restate, check] : [restate]);
    if (partial.length === 0 && (restate || check))
      partial = [restate ?? check].filter((e) => e !== undefined);
  }
  return result(partial.length > 0 ? 0.5 : 0, partial);
}

function screenSatisfaction(transcript: TTranscript, sentences: TSentence[], cues: TFiveCCues): TFiveCScore {
  const hits = sentences.map((s) => find(s, 'satisfaction', cues)).filter((e) => e !== undefined);
  // "Before closing": the check must come in the second half of the conversation.
  const late = hits.filter((e) => e.turn >= (transcript.turns.length - 1) / 2);
  if (late.length > 0) return result(1, late.slice(0, 1));
  return result(hits.length > 0 ? 0.5 : 0, hits.slice(0, 1));
}

/**
 * First-pass 5C screen of an interaction transcript by rules over the agent's turns: a score and the
 * evidence spans per C, for a human reviewer to confirm (rule-based content screening in the manner of
 * call-centre QA checklists; its agreement with hand labels is measured in `screen.test.ts`).
 * Commitment: a promise with a time in the same sentence. Communication: an explanation and courtesy.
 * Confirmation: a restatement of the need, checked by a question or the customer's "yes". Collaboration:
 * bringing in colleagues or asking the customer to work with them. Satisfaction: asking whether the
 * customer is satisfied, in the second half of the conversation.
 */
export function screenFiveC(
  transcript: TTranscript,
  language: TTextLanguage | 'auto' = 'auto',
): TFiveCScreen {
  const lang = language === 'auto' ? detectLanguage(transcript.turns.map((t) => t.text).join(' ')) : language;
  const cues = cuesFor(lang);
  const sentences = agentSentences(transcript);
  const scores: Record<TFiveC, TFiveCScore> = {
    commitment: screenCommitment(sentences, cues),
    communication: screenEither(sentences, cues, ['explain', 'courtesy']),
    confirmation: screenConfirmation(transcript, sentences, cues),
    collaboration: screenEither(sentences, cues, ['collaborate']),
    satisfaction: screenSatisfaction(transcript, sentences, cues),
  };
  const total = FIVE_C.reduce((s, c) => s + scores[c].score, 0) / FIVE_C.length;
  return { language: lang, scores, total };
}
