import { negationScopesZh, tokenizeChinese } from './features-zh.ts';
import { buildPhraseIndex, findPhrases, type TPhraseHit } from './phrase-index.ts';

/**
 * Chinese service phrases and their pull on sentiment, in logit units. The sentiment model is trained on
 * product reviews; these phrases cover the service vocabulary it rarely saw or reads in another sense
 * (a repair that got solved, a visit that came late, "问题" as the topic rather than a verdict), and the
 * litotes and "no problem" phrases that carry their own negation (没问题, 不差, 挑不出毛病). The longest
 * phrase wins where phrases overlap, so "不差" is not read as "差".
 */
export const SERVICE_CUES_ZH: ReadonlyMap<string, number> = new Map([
  // resolution
  ['解决了', 3],
  ['已解决', 3],
  ['修好了', 3],
  ['修好', 2],
  ['搞定', 2.5],
  ['恢复了', 2],
  ['恢复正常', 2.5],
  ['好用了', 2],
  ['处理好', 2],
  ['处理得很及时', 2.5],
  ['已经好了', 2.5],
  ['好了', 1],
  ['没再', 1.5],
  ['再也没', 1.5],
  ['一次就', 1.5],
  ['彻底', 1.5],
  // litotes and "no problem" phrases: positive as a whole, never flipped by their own negation
  ['没问题', 3],
  ['没有问题', 3],
  ['没什么问题', 3],
  ['没毛病', 3],
  ['挑不出毛病', 3.5],
  ['无可挑剔', 3.5],
  ['没得说', 3],
  ['不差', 2.5],
  ['不赖', 2.5],
  ['不贵', 1.5],
  ['不算贵', 1.5],
  ['不麻烦', 2],
  ['不疼', 1.5],
  ['没事了', 2],
  ['还行', 1],
  ['差不多', 0],
  // topic words of service comments that product reviews use mostly in complaints: read by no one
  ['问题', 0],
  ['投诉', 0],
  ['客服', 0],
  ['售后', 0],
  ['物业', 0],
  ['师傅', 0],
  ['维修', 0],
  ['快递', 0],
  ['签收', 0],
  ['订单', 0],
  ['账单', 0],
  ['发票', 0],
  ['取消', 0],
  ['联系', 0],
  ['外卖', 0],
  ['上门', 0],
  ['麻烦您', 0],
  ['麻烦你', 0],
  ['麻烦帮', 0],
  ['出差', 0],
  ['差价', 0],
  ['没错', 0],
  ['说好', 0],
  ['约好', 0],
  // praise of the service
  ['准时', 2],
  ['按时', 2],
  ['及时', 2],
  ['很快', 2],
  ['马上', 1],
  ['当天', 1],
  ['耐心', 2],
  ['热情', 2],
  ['热心', 2],
  ['专业', 2],
  ['礼貌', 2],
  ['周到', 2],
  ['贴心', 2],
  ['细心', 2],
  ['仔细', 2],
  ['细致', 2],
  ['用心', 2],
  ['认真', 2],
  ['负责', 2],
  ['靠谱', 2],
  ['到位', 2],
  ['厚道', 2],
  ['诚恳', 2],
  ['和气', 2],
  ['温柔', 2],
  ['高效', 2],
  ['效率很高', 2],
  ['效率高', 2],
  ['顺利', 2],
  ['顺手', 1.5],
  ['方便', 1.5],
  ['稳定', 2],
  ['流畅', 2],
  ['好用', 2],
  ['干净', 2],
  ['整洁', 2],
  ['舒适', 2],
  ['舒服', 2],
  ['新鲜', 2],
  ['好吃', 2],
  ['丰盛', 2],
  ['清楚', 1.5],
  ['讲得很清楚', 2],
  ['解释清楚', 2],
  ['满意', 2],
  ['放心', 1.5],
  ['惊喜', 2],
  ['感动', 2],
  ['值得', 2],
  ['点赞', 2],
  ['点个赞', 2],
  ['谢谢', 1.5],
  ['感谢', 1.5],
  ['辛苦了', 1.5],
  ['态度好', 2.5],
  ['态度很好', 2.5],
  ['态度不错', 2.5],
  ['服务好', 2],
  ['服务很好', 2],
  ['合理', 2],
  ['实惠', 2],
  ['划算', 2],
  ['性价比高', 2],
  ['性价比很高', 2],
  ['下次还', 2],
  ['还会再来', 2.5],
  ['还会继续', 2],
  ['推荐', 1.5],
  ['免费', 2],
  ['没收钱', 2],
  ['一分钱没收', 2.5],
  ['不收费', 2],
  ['一模一样', 2],
  ['和描述一致', 2],
  ['一点声音都没有', 2],
  ['没有异响', 2],
  ['经验丰富', 2],
  ['好多了', 2],
  ['好转', 2],
  ['康复', 2],
  ['不咳了', 2],
  ['不疼了', 2],
  ['失望', -2.5],
  // complaints
  ['态度差', -2.5],
  ['态度很差', -2.5],
  ['态度恶劣', -3],
  ['爱答不理', -3],
  ['冷淡', -2.5],
  ['冷冰冰', -2.5],
  ['一问三不知', -3],
  ['不耐烦', -3],
  ['敷衍', -3],
  ['推诿', -3],
  ['推脱', -3],
  ['推来推去', -3],
  ['踢皮球', -3],
  ['不管', -2],
  ['没人', -2.5],
  ['没下文', -2.5],
  ['没消息', -2],
  ['没有结果', -2],
  ['还没', -2],
  ['没有人', -2.5],
  ['打不通', -2.5],
  ['没解决', -3],
  ['未解决', -3],
  ['没修好', -3],
  ['又坏', -3],
  ['坏了', -2],
  ['坏的', -2],
  ['问题依旧', -3],
  ['还是不', -2.5],
  ['才到', -2.5],
  ['才来', -2.5],
  ['才叫到', -2.5],
  ['迟到', -2.5],
  ['等了', -1.5],
  ['好久', -1.5],
  ['半天', -1.5],
  ['排队', -1],
  ['拖延', -2.5],
  ['拖了', -2.5],
  ['耽误', -2],
  ['太慢', -2.5],
  ['慢', -1.5],
  ['麻烦', -1.5],
  ['复杂', -1.5],
  ['折腾', -2.5],
  ['不方便', -2],
  ['解释不清', -2.5],
  ['说不清', -2],
  ['看不懂', -1.5],
  ['不透明', -2],
  ['莫名其妙', -2.5],
  ['乱收费', -3],
  ['乱扣', -3],
  ['多收', -2.5],
  ['多扣', -2.5],
  ['多算', -2.5],
  ['不合理', -2.5],
  ['太贵', -2],
  ['骚扰', -3],
  ['烦', -2],
  ['错', -1.5],
  ['不错', 2],
  ['不准', -1.5],
  ['马虎', -2.5],
  ['粗心', -2.5],
  ['不靠谱', -3],
  ['没兑现', -3],
  ['被拒', -2.5],
  ['拒绝', -2],
  ['不给退', -2.5],
  ['脏', -2.5],
  ['霉味', -2.5],
  ['异味', -2],
  ['吵', -2],
  ['噪音', -1.5],
  ['断线', -2],
  ['掉线', -2],
  ['断网', -2],
  ['闪退', -2.5],
  ['恶心', -3],
  ['过期', -2.5],
  ['烂', -2.5],
  ['虫子', -3],
  ['拉肚子', -3],
  ['掉色', -2],
  ['开胶', -2],
  ['差', -2],
  ['太差', -3],
  ['糟糕', -3],
  ['无语', -3],
  ['再也不', -3],
  ['不会再来', -3],
  // sarcasm of complaints
  ['呵呵', -3],
  ['服了', -2.5],
  ['真是服了', -3],
  ['了个寂寞', -3],
]);

const INDEX = buildPhraseIndex(SERVICE_CUES_ZH.keys(), false);
/** Phrases that open a sarcastic clause when the comment around them complains ("真是好服务，..."). */
const SARCASM_OPENERS = /^(?:真是|真|好一个|太)?(?:好|棒|太棒了|厉害|专业|贴心|不错|优秀|好服务|好银行)/;
// Punctuation that ends a clause, and every character `\s` matches.
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ...'，,。！!？?；;…～~',
  ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
]);
const CONTRAST = /^(?:但是|但|可是|不过|然而|只是)/;

/** Marks with 1 each character of `text` that belongs to a word in a negation's scope. */
function negationMask(text: string, tokens: readonly string[]): Uint8Array {
  const words = tokens.join('') === text ? tokens : tokenizeChinese(text);
  const scopes = negationScopesZh(words);
  const mask = new Uint8Array(text.length);
  let at = 0;
  words.forEach((word, i) => {
    if (scopes[i] === true) mask.fill(1, at, at + word.length);
    at += word.length;
  });
  return mask;
}

/** A cue's weight, reversed when the cue starts inside a negation's scope ("不够耐心", "没有及时"). */
function cueWeight(hit: TPhraseHit, mask: Uint8Array): number {
  const weight = SERVICE_CUES_ZH.get(hit.phrase) ?? 0;
  return mask[hit.start] === 1 ? -weight : weight;
}

/**
 * Sum of the service cues found in a Chinese clause, each reversed when it starts inside a negation's
 * scope by the rule the sentiment features use (`negationScopesZh`): "不够耐心" is a complaint while
 * "特别耐心" (a degree word ending in 别) stays praise, and "没问题" is praise (its negation is its own).
 * `tokens` are the clause's words when it was already segmented.
 */
export function scoreServiceCuesZh(clause: string, tokens: readonly string[] = []): number {
  const hits = findPhrases(INDEX, clause);
  if (hits.length === 0) return 0;
  const mask = negationMask(clause, tokens);
  return hits.reduce((sum, hit) => sum + cueWeight(hit, mask), 0);
}

/**
 * The service cues of a whole comment: their weighted sum, how many with a weight were found, and the
 * comment's words the cues did not cover (what the model reads, see `scoreCommentCuesZh`).
 */
export type TCommentCues = { sum: number; hits: number; rest: readonly string[] };

/** The words of `tokens` (which join to `text`) that no phrase hit overlaps. */
function uncoveredTokens(tokens: readonly string[], hits: readonly TPhraseHit[]): readonly string[] {
  if (hits.length === 0) return tokens;
  const rest: string[] = [];
  let at = 0;
  let k = 0;
  for (const token of tokens) {
    const end = at + token.length;
    while (k < hits.length && (hits[k]?.end ?? 0) <= at) k++;
    const hit = hits[k];
    if (hit === undefined || hit.start >= end) rest.push(token);
    at = end;
  }
  return rest;
}

/**
 * Service cues over a whole Chinese comment, clause by clause. Contrast: a clause before the first
 * 但是/不过/可是 counts half and the clauses from it on count 1.5 times (the weights VADER gives "but",
 * Hutto & Gilbert 2014). Sarcasm: a short clause of praise (真是好服务, 真棒) in a comment whose other
 * clauses complain is counted as a complaint. The words a cue covers are left out of what the model
 * reads (`rest`), so the two never count the same words twice and the cue, not the product-review model,
 * reads "没有问题"; a cue of weight 0 (问题) only hides a topic word from the model.
 */
export function scoreCommentCuesZh(text: string, tokens: readonly string[]): TCommentCues {
  const hits = findPhrases(INDEX, text);
  const rest = tokens.join('') === text ? uncoveredTokens(tokens, hits) : tokens;
  const weighted = hits.filter((h) => SERVICE_CUES_ZH.get(h.phrase) !== 0).length;
  if (hits.length === 0 && !text.includes('真')) return { sum: 0, hits: 0, rest };
  const mask = negationMask(text, tokens);
  // Clause boundaries: starts of clauses, by punctuation, and whether each starts with a contrast word.
  const clauses: { start: number; end: number; sum: number; contrast: boolean }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_BREAKS.has(text[i] ?? '')) continue;
    if (i > start) {
      const piece = text.slice(start, i);
      const m = /但是|(?<!不)但|可是|不过|然而/.exec(piece);
      if (m !== null && m.index > 0) {
        clauses.push({ start, end: start + m.index, sum: 0, contrast: false });
        clauses.push({ start: start + m.index, end: i, sum: 0, contrast: true });
      } else clauses.push({ start, end: i, sum: 0, contrast: CONTRAST.test(piece) });
    }
    start = i + 1;
  }
  let k = 0;
  for (const hit of hits) {
    while (k < clauses.length - 1 && (clauses[k]?.end ?? 0) <= hit.start) k++;
    const clause = clauses[k];
    if (clause !== undefined) clause.sum += cueWeight(hit, mask);
  }
  const complaint = clauses.some((c) => c.sum <= -1.5);
  const firstContrast = clauses.findIndex((c) => c.contrast);
  let sum = 0;
  clauses.forEach((c, i) => {
    let v = c.sum;
    const piece = text.slice(c.start, c.end);
    // Sarcasm: short praise next to a complaint. Its praise words may not be cues, so it counts -2.
    if (complaint && piece.length <= 6 && v >= 0 && SARCASM_OPENERS.test(piece)) v = -Math.max(2, v);
    if (firstContrast > 0) v *= i < firstContrast ? 0.5 : 1.5;
    sum += v;
  });
  return { sum, hits: weighted, rest };
}
