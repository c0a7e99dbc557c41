/** Agreement of a screen with reviewers on one yes/no judgement. */
export type TAgreement = { n: number; accuracy: number; kappa: number };

/**
 * Raw agreement and Cohen's kappa (Cohen, "A coefficient of agreement for nominal scales", 1960) of two
 * yes/no raters: kappa = (po - pe) / (1 - pe), with pe from each rater's own yes rate. When both raters
 * always give the same single answer, pe = 1 and kappa is taken as 1 (perfect, if uninformative).
 */
export function measureAgreement(a: readonly boolean[], b: readonly boolean[]): TAgreement {
  const n = Math.min(a.length, b.length);
  if (n === 0) return { n: 0, accuracy: 0, kappa: 0 };
  let same = 0;
  let yesA = 0;
  let yesB = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    if (a[i]) yesA++;
    if (b[i]) yesB++;
  }
  const po = same / n;
  const pe = (yesA / n) * (yesB / n) + (1 - yesA / n) * (1 - yesB / n);
  return { n, accuracy: po, kappa: pe >= 1 ? 1 : (po - pe) / (1 - pe) };
}
