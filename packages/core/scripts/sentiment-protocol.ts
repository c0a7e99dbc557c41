// Shared steps of the sentiment training scripts: metrics with calibration, the neutral margins chosen on
// the development comments, and the service-language test set scored once the model is fixed.
import { format, resolveConfig } from 'prettier';
import { expectedCalibrationError } from '../src/text/calibration.ts';
import { measureClassification } from '../src/text/metrics.ts';
import type { TSentimentModel } from '../src/text/model-data.ts';
import { SENTIMENT_CLASSES, type TSentimentClass } from '../src/text/sentiment.ts';
import type { TLabelledComment } from '../src/text/service-set/parse.ts';

/** Held-out figures of a binary set: accuracy, macro-F1 and expected calibration error. */
export type TBinaryFigures = { n: number; accuracy: number; macroF1: number; ece: number };

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Accuracy, macro-F1 (p >= 0.5 is positive) and ECE of calibrated probabilities against 0/1 labels. */
export function measureBinary(truth: readonly number[], probabilities: readonly number[]): TBinaryFigures {
  const predicted = probabilities.map((p) => (p >= 0.5 ? 1 : 0));
  const m = measureClassification(truth, predicted);
  const ece = expectedCalibrationError(
    probabilities.map((p) => Math.max(p, 1 - p)),
    predicted.map((p, i) => p === truth[i]),
  );
  return { n: m.n, accuracy: round(m.accuracy), macroF1: round(m.macroF1), ece: round(ece) };
}

/** Three-class accuracy and macro-F1 (mean F1 of negative, neutral, positive). */
export type TThreeClassFigures = { n: number; accuracy: number; macroF1: number };

/** Scores labelled comments in three classes. */
export function measureThreeClass(
  comments: readonly TLabelledComment[],
  classify: (text: string) => TSentimentClass,
): TThreeClassFigures {
  const predicted = comments.map((c) => classify(c.text));
  const f1 = SENTIMENT_CLASSES.map((k) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    comments.forEach((c, i) => {
      if (predicted[i] === k && c.label === k) tp++;
      else if (predicted[i] === k) fp++;
      else if (c.label === k) fn++;
    });
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  const right = comments.filter((c, i) => predicted[i] === c.label).length;
  return {
    n: comments.length,
    accuracy: round(right / comments.length),
    macroF1: round(f1.reduce((s, x) => s + x, 0) / f1.length),
  };
}

/**
 * Chooses the neutral margins on the development comments (never on the test set): the pair with the
 * best three-class accuracy, the narrowest on ties. `evidence` gives each comment's score and whether a
 * cue or lexicon word was found.
 */
export function chooseNeutralMargins(
  comments: readonly TLabelledComment[],
  evidence: (text: string) => { score: number; hasCues: boolean },
): NonNullable<TSentimentModel['neutral']> {
  const seen = comments.map((c) => ({ label: c.label, ...evidence(c.text) }));
  let best = { margin: 0, plainMargin: 0, right: -1 };
  for (let a = 0; a <= 12; a++)
    for (let b = a; b <= 19; b++) {
      const margin = a / 20;
      const plainMargin = b / 20;
      const right = seen.filter(({ label, score, hasCues }) => {
        const m = hasCues ? margin : plainMargin;
        const k = Math.abs(score) <= m ? 'neutral' : score > 0 ? 'positive' : 'negative';
        return k === label;
      }).length;
      if (right > best.right) best = { margin, plainMargin, right };
    }
  return { margin: best.margin, plainMargin: best.plainMargin };
}

/** JSON for `file` as the repository's formatter writes it, so a re-run leaves `prettier --check` clean. */
export async function formatJson(file: string, value: unknown): Promise<string> {
  return format(JSON.stringify(value), { ...(await resolveConfig(file)), parser: 'json' });
}
