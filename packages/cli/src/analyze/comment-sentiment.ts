/** Scores a comment's sentiment on −1..+1, or null when the text says nothing a model can read. */
export type TSentimentScorer = (comment: string) => number | null;

/**
 * Loads core's sentiment scorer only when asked: it loads a word segmenter and a model, which a run without
 * `--sentiment` should not pay for. A comment counts as ingestion counts it (core's `sentimentSignal`): a
 * neutral one, or one with nothing the model can read, gives no value, so the measures decide.
 */
export async function loadSentimentScorer(): Promise<TSentimentScorer> {
  const { scoreSentiment, sentimentSignal } = await import('@mot/core/text');
  return (comment) => sentimentSignal(scoreSentiment(comment));
}
