import { NEGATIONS_ZH } from './cues-zh.ts';
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
  // a request opened with 麻烦 ("外卖麻烦放在门口") is courtesy, not a complaint
  ['麻烦放', 0],
  ['麻烦给', 0],
  ['麻烦尽快', 0],
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
  // added with the aspect development sets (third and fourth): praise of the work told by how it looks
  // or what was done, which the review model reads as a complaint ("干完活还把垃圾带走了")
  ['整整齐齐', 2],
  ['锃亮', 2],
  ['很准', 2],
  ['确认了', 1.5],
  ['讲清楚', 2],
  ['鞋套', 1.5],
  ['垃圾带走', 2.5],
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
  // added with the second development comments: speed, initiative and "nothing hidden"
  ['分钟就', 1.5],
  ['小时就', 1],
  ['当天就', 2],
  ['第二天就', 2],
  ['主动', 1.5],
  ['比预计还早', 2],
  ['隐藏费用', -2],
  ['隐形消费', -2],
  ['满格', 2],
  ['利索', 2],
  ['麻利', 2],
  ['一看就知道', 2],
  ['热乎', 1.5],
  ['失望', -2.5],
  // added with the second development comments: waiting told by its length, things that never change
  ['排了', -1.5],
  ['个小时', -1],
  ['个多小时', -1.5],
  ['个月了', -2],
  ['个星期了', -2],
  ['一直没', -2.5],
  ['一点没变', -2],
  ['年年涨', -2],
  ['涨价', -1.5],
  ['形同虚设', -3],
  ['时有时无', -2],
  ['时好时坏', -2],
  ['忽冷忽热', -2],
  ['谁都能进', -2],
  ['不办', -2],
  ['推销', -1.5],
  ['被扣', -2],
  ['很卡', -2],
  ['都卡', -2],
  ['卡顿', -2],
  ['转圈', -1.5],
  ['打不开', -2],
  ['不便宜', -1],
  ['不到位', -2.5],
  ['冷漠', -2.5],
  // added with the fourth development comments: refunds and make-goods, things that stopped going wrong,
  // litotes, speed told by "X days and it was done", and complaints of repetition, loss and damage
  ['退给我', 3],
  ['就退了', 3],
  ['退回来了', 2.5],
  ['补了', 1.5],
  ['补偿', 2],
  ['省了', 2],
  ['快了', 1.5],
  ['简单', 1.5],
  ['提前到', 2],
  ['提前一天', 1.5],
  ['提前通知', 2],
  ['提前完成', 2],
  ['天就', 1.5],
  ['亲自', 1.5],
  ['还记得', 1.5],
  ['有求必应', 3],
  ['一尘不染', 3],
  ['分量足', 2],
  ['分量很足', 2],
  ['还是热的', 1.5],
  ['一件没少', 2.5],
  ['都没少', 2],
  ['不漏了', 2.5],
  ['不卡了', 2],
  ['不响了', 2],
  ['没什么可挑剔', 3.5],
  ['一点问题都没有', 3],
  ['一点问题也没有', 3],
  ['什么问题都没有', 3],
  ['没说的', 3],
  ['刁难', -2.5],
  ['油腻', -2],
  ['又要', -1.5],
  ['又开始', -2],
  ['又是', -1.5],
  ['好几遍', -2],
  ['好几次', -1.5],
  ['三遍', -1.5],
  ['现在都', -1.5],
  ['丢了', -2.5],
  ['没带', -2],
  ['忘记', -2],
  ['忘了', -2],
  ['没说', -2],
  ['都不知道', -2],
  ['凹痕', -2],
  ['划痕', -2],
  ['漏得', -2],
  ['比以前还', -1.5],
  ['太久', -2.5],
  ['等得', -1.5],
  ['没信号', -2.5],
  // added with the fifth development comments: waived and replaced, kept promises, remembered needs;
  // complaints told by what is still wrong, starting over, being stood up and faults on delivery
  ['二话没说', 3],
  ['减免', 2],
  ['费退了', 2],
  ['钱退了', 2],
  ['换了新', 2],
  ['暖心', 2.5],
  ['终于', 1],
  ['忘不了', 2],
  ['说到做到', 3],
  ['就到', 1.5],
  ['就赔', 2],
  ['批下来', 2],
  ['给我换了', 2],
  ['不会再', 2],
  ['就能', 1],
  ['全好了', 3],
  ['当回事', 2],
  ['一下就', 1.5],
  ['都没感觉', 2],
  ['不用提醒', 2],
  ['专门', 1.5],
  ['为难', -2],
  ['怨言', -2],
  ['一直好好的', 2],
  ['赞', 2],
  ['从头', -1.5],
  ['心累', -2.5],
  ['就不错了', -2],
  ['处理中', -1.5],
  ['到现在', -1.5],
  ['天了', -1.5],
  ['耸耸肩', -2],
  ['一直关着', -2],
  ['另外收费', -2],
  ['跳闸', -2],
  ['亮线', -2],
  ['凉的', -2],
  ['可惜', -1.5],
  ['不行', -2.5],
  ['站了', -1.5],
  ['吃出', -2.5],
  ['头发', -2],
  ['吞了', -2.5],
  ['给取消了', -2],
  ['人影都没有', -2.5],
  ['皱巴巴', -2],
  ['污渍', -2],
  ['不对', -2],
  ['模板', -1.5],
  ['一点关系都没有', -2.5],
  ['排到', -1.5],
  ['不归', -1.5],
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
// 结果 opening a clause ("as it turned out": "以为要扯皮，结果一周内就赔了") and 可惜 turn a comment as
// 但是 does.
const CONTRAST = /^(?:但是|但|可是|不过|然而|只是|结果|可惜)/;

/**
 * Marks each character of `text` that belongs to a word in a negation's scope with 1 + the offset of the
 * negation word that opened the scope (0: not in a scope), so a cue reversed by a negation knows which.
 */
function negationMask(text: string, tokens: readonly string[]): Int32Array {
  const words = tokens.join('') === text ? tokens : tokenizeChinese(text);
  const scopes = negationScopesZh(words);
  const mask = new Int32Array(text.length);
  let at = 0;
  let opener = 0;
  words.forEach((word, i) => {
    if (NEGATIONS_ZH.has(word)) opener = at;
    if (scopes[i] === true) mask.fill(opener + 1, at, at + word.length);
    at += word.length;
  });
  return mask;
}

/**
 * Waiting told by its length: "没信号一个星期了" still waited a week, so a negation before it does not
 * reverse it.
 */
const NEVER_NEGATED: ReadonlySet<string> = new Set([
  '排了',
  '个小时',
  '个多小时',
  '个月了',
  '个星期了',
  '等了',
  '好久',
  '半天',
  '太久',
  '现在都',
  '天了',
  '到现在',
]);
// 麻烦 followed by what is asked ("麻烦派人看一下", "麻烦通知我") is courtesy; "很麻烦", "麻烦死了" complain.
const COURTESY_MABAN = /^麻烦[\p{Script=Han}](?<![了死得的事])/u;
const DEGREE_BEFORE = /[很太真好挺特超]$/;

/**
 * A cue's weight in `text`, reversed when the cue starts inside a negation's scope ("不够耐心", "没有及时"),
 * except waiting told by its length (`NEVER_NEGATED`); 麻烦 asking for something weighs nothing.
 */
function cueWeight(hit: TPhraseHit, mask: Int32Array, text: string): number {
  const weight = SERVICE_CUES_ZH.get(hit.phrase) ?? 0;
  if (
    hit.phrase === '麻烦' &&
    COURTESY_MABAN.test(text.slice(hit.start, hit.start + 3)) &&
    !DEGREE_BEFORE.test(text.slice(0, hit.start))
  )
    return 0;
  return (mask[hit.start] ?? 0) > 0 && !NEVER_NEGATED.has(hit.phrase) ? -weight : weight;
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
  return hits.reduce((sum, hit) => sum + cueWeight(hit, mask, clause), 0);
}

/**
 * The service cues of a whole comment: their weighted sum, how many with a weight were found, and the
 * comment's words the cues did not cover (what the model reads, see `scoreCommentCuesZh`).
 */
export type TCommentCues = { sum: number; hits: number; rest: readonly string[] };

/**
 * The words of `tokens` (which join to `text`) that no phrase hit overlaps, nor the negation word that
 * reverses a cue (`mask`, `weights`): the cue reads "不油腻" as a whole, so the model reads neither word.
 */
function uncoveredTokens(
  tokens: readonly string[],
  hits: readonly TPhraseHit[],
  mask: Int32Array,
  weights: readonly number[],
): readonly string[] {
  const covered = new Uint8Array(mask.length);
  hits.forEach((hit, h) => {
    covered.fill(1, hit.start, hit.end);
    const opener = (mask[hit.start] ?? 0) - 1;
    if (opener >= 0 && weights[h] !== 0 && !NEVER_NEGATED.has(hit.phrase)) covered[opener] = 1;
  });
  const rest: string[] = [];
  let at = 0;
  for (const token of tokens) {
    const end = at + token.length;
    if (!covered.subarray(at, end).includes(1)) rest.push(token);
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
  if (hits.length === 0 && !text.includes('真')) return { sum: 0, hits: 0, rest: tokens };
  const mask = negationMask(text, tokens);
  const weights = hits.map((hit) => cueWeight(hit, mask, text));
  const weighted = weights.filter((w) => w !== 0).length;
  const rest = tokens.join('') === text ? uncoveredTokens(tokens, hits, mask, weights) : tokens;
  // Clause boundaries: starts of clauses, by punctuation, and whether each starts with a contrast word.
  const clauses: { start: number; end: number; sum: number; contrast: boolean }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_BREAKS.has(text[i] ?? '')) continue;
    if (i > start) {
      const piece = text.slice(start, i);
      const m = /但是|(?<!不)但|可是|不过|然而|可惜/.exec(piece);
      if (m !== null && m.index > 0) {
        clauses.push({ start, end: start + m.index, sum: 0, contrast: false });
        clauses.push({ start: start + m.index, end: i, sum: 0, contrast: true });
      } else clauses.push({ start, end: i, sum: 0, contrast: CONTRAST.test(piece) });
    }
    start = i + 1;
  }
  let k = 0;
  hits.forEach((hit, h) => {
    while (k < clauses.length - 1 && (clauses[k]?.end ?? 0) <= hit.start) k++;
    const clause = clauses[k];
    if (clause !== undefined) clause.sum += weights[h] ?? 0;
  });
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
