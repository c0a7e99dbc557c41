import { negationScopesZh, tokenizeChinese } from './features-zh.ts';
import { buildPhraseIndex, findPhrases } from './phrase-index.ts';

/**
 * Chinese service phrases and their pull on a clause's sentiment, in logit units. The sentiment model is
 * trained on product and food reviews; these phrases cover the service vocabulary it rarely saw (a
 * repair that got solved, a visit that came late). Used only for clause-level (aspect) sentiment, so the
 * model's reported held-out figures are untouched.
 */
export const SERVICE_CUES_ZH: ReadonlyMap<string, number> = new Map([
  ['解决了', 3],
  ['已解决', 3],
  ['修好了', 3],
  ['修好', 2],
  ['搞定', 2.5],
  ['恢复了', 2],
  ['好用了', 2],
  ['处理好', 2],
  ['准时', 2],
  ['按时', 2],
  ['及时', 2],
  ['很快', 2],
  ['耐心', 2],
  ['热情', 2],
  ['专业', 2],
  ['礼貌', 2],
  ['周到', 2],
  ['干净', 2],
  ['讲得很清楚', 2],
  ['态度好', 2.5],
  ['态度很好', 2.5],
  ['态度不错', 2.5],
  ['服务好', 2],
  ['服务很好', 2],
  ['合理', 2],
  ['实惠', 2],
  ['划算', 2],
  ['态度差', -2.5],
  ['态度很差', -2.5],
  ['态度恶劣', -3],
  ['太贵', -2],
  ['仔细', 2],
  ['认真', 2],
  ['细心', 2],
  ['靠谱', 2],
  ['下次还找', 2.5],
  ['还会再来', 2.5],
  ['推荐', 1.5],
  ['打不通', -2.5],
  ['马虎', -2.5],
  ['粗心', -2.5],
  ['不靠谱', -3],
  ['解释清楚', 2],
  ['没解决', -3],
  ['未解决', -3],
  ['没修好', -3],
  ['又坏', -3],
  ['问题依旧', -3],
  ['还是不行', -3],
  ['才到', -2.5],
  ['才来', -2.5],
  ['迟到', -2.5],
  ['等了', -1.5],
  ['好久', -1.5],
  ['半天', -1.5],
  ['拖延', -2.5],
  ['不耐烦', -3],
  ['敷衍', -3],
  ['推诿', -3],
  ['踢皮球', -3],
  ['乱收费', -3],
  ['多收', -2.5],
  ['没人接', -2.5],
  ['没人理', -2.5],
]);

const INDEX = buildPhraseIndex(SERVICE_CUES_ZH.keys(), false);

/**
 * Sum of the service cues found in a Chinese clause. A praising cue counts reversed when one of its words
 * stands in a negation's scope, by the rule the sentiment features use (`negationScopesZh`), so "不够耐心"
 * is a complaint while "特别耐心" (a degree word ending in 别) stays praise. `tokens` are the clause's
 * words when it was already segmented.
 */
export function scoreServiceCuesZh(clause: string, tokens?: readonly string[]): number {
  const hits = findPhrases(INDEX, clause);
  if (hits.length === 0) return 0;
  const words = tokens !== undefined && tokens.join('') === clause ? tokens : tokenizeChinese(clause);
  const scopes = negationScopesZh(words);
  // inScope[c] = 1 when character c belongs to a word in a negation's scope.
  const inScope = new Uint8Array(clause.length);
  let at = 0;
  words.forEach((word, i) => {
    if (scopes[i] === true) inScope.fill(1, at, at + word.length);
    at += word.length;
  });
  let sum = 0;
  for (const hit of hits) {
    const weight = SERVICE_CUES_ZH.get(hit.phrase) ?? 0;
    const negated = weight > 0 && inScope.subarray(hit.start, hit.end).includes(1);
    sum += negated ? -weight : weight;
  }
  return sum;
}
