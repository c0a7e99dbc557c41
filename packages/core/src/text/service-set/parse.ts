/** A sentiment class: what a reader takes the customer to feel. */
export type TSentimentClass = 'negative' | 'neutral' | 'positive';

/** One labelled comment of the service-language test set. */
export type TLabelledComment = { industry: string; label: TSentimentClass; text: string };

const MARKS: Readonly<Record<string, TSentimentClass>> = { '-': 'negative', '0': 'neutral', '+': 'positive' };

/**
 * Reads a block of labelled comments, one per line: a class mark (`-` negative, `0` neutral, `+` positive),
 * a space, then the comment. Blank lines are skipped; any other line is an error in the fixture.
 */
export function parseLabelledComments(industry: string, block: string): TLabelledComment[] {
  const out: TLabelledComment[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const label = MARKS[line[0] ?? ''];
    if (label === undefined || line[1] !== ' ') throw new Error(`bad fixture line: ${line}`);
    out.push({ industry, label, text: line.slice(2).trim() });
  }
  return out;
}
