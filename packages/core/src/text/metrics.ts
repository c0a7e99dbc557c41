/** Binary classification figures: accuracy and macro-F1 (the mean of the F1 of each class). */
export type TClassificationMetrics = { n: number; accuracy: number; macroF1: number };

/**
 * Accuracy and macro-F1 of predicted against true 0/1 labels. Macro-F1 averages the F1 of the positive
 * and the negative class, so a model that leans to the majority class is not flattered (Sokolova &
 * Lapalme, "A systematic analysis of performance measures for classification tasks", 2009).
 */
export function measureClassification(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
): TClassificationMetrics {
  let tp = 0;
  let tn = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i] === 1;
    const p = predicted[i] === 1;
    if (t && p) tp++;
    else if (!t && !p) tn++;
    else if (p) fp++;
    else fn++;
  }
  const f1 = (a: number, b: number, c: number): number => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  const n = truth.length;
  return { n, accuracy: n === 0 ? 0 : (tp + tn) / n, macroF1: (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2 };
}
