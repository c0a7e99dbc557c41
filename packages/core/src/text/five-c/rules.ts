import type { TTextLanguage } from '../language.ts';

/**
 * The five behaviours of the 5C service standard: Commitment 承诺, Communication 沟通,
 * Confirmation 确认, Collaboration 协作, Customer satisfaction 客户满意.
 */
export const FIVE_C = [
  'commitment',
  'communication',
  'confirmation',
  'collaboration',
  'satisfaction',
] as const;
/** One of the five Cs. */
export type TFiveC = (typeof FIVE_C)[number];

/** The cue patterns of the screen, per language. Each names a part of a C's rule (see `screen.ts`). */
export type TFiveCCues = {
  promise: RegExp;
  time: RegExp;
  explain: RegExp;
  courtesy: RegExp;
  restate: RegExp;
  check: RegExp;
  affirm: RegExp;
  collaborate: RegExp;
  satisfaction: RegExp;
};

const NUM_ZH = '[一二三四五六七八九十两半\\d]+';

/** Chinese cues. */
export const CUES_ZH: TFiveCCues = {
  promise:
    /(会|将|保证|承诺|一定|安排|马上|预约|约了)[^。！？!?]{0,15}?(回复|回电|致电|上门|到|过去|处理|解决|联系|反馈|答复|办理|寄出|退还|退款|送达|修好|打给|给您)/,
  time: new RegExp(
    `(今天|明天|后天|今晚|上午|下午|晚上|中午|周[一二三四五六日天]|星期[一二三四五六日天]|${NUM_ZH}\\s*点|${NUM_ZH}\\s*个?(小时|分钟|工作日|天)(内|之内|以内)?)`,
  ),
  explain:
    /(因为|原因是|是由于|由于|这是因为|主要是|一般是|可能是|流程是|步骤|首先|接下来|具体是|意思是|需要先|会先)/,
  courtesy: /(您好|请问|抱歉|不好意思|理解您|非常理解|给您带来|感谢|谢谢您|麻烦您)/,
  restate:
    /(您是说|您的意思是|也就是说|我确认一下|跟您确认|和您确认|核对一下|跟您核实|我重复一下|您反映的是|您遇到的是|您需要的是)/,
  check: /(对吗|是吗|是吧|对吧|没错吧|是这样吗|对不对)/,
  affirm: /^(对|是的|没错|对的|嗯|是)/,
  collaborate:
    /(同事|技术部门|技术人员|相关部门|上级|主管|协调|转给|转接|升级处理|派单|一起|配合|联系[^，。]{0,6}(部门|师傅|工程师|同事)|(预约|安排|派)[^，。]{0,4}(工程师|师傅|技术员))/,
  satisfaction:
    /(还有(其他|别的|什么)[^，。？]{0,8}(问题|需要|可以帮|帮您)|满意吗|是否满意|您看这样可以吗|这样处理您看|问题解决了吗|您还有什么疑问|还有什么需要)/,
};

/** English cues. */
export const CUES_EN: TFiveCCues = {
  promise:
    /\b(i|we)('ll| will| shall| promise| guarantee| am going to| are going to)\b|\bwill (call|send|visit|arrive|be there|fix|get back|email|refund|follow up|return|come back|check|replace|deliver|contact|credit|be (refunded|fixed|sent|delivered|credited|resolved|back))\b/i,
  time: /\b(today|tonight|tomorrow|this (morning|afternoon|evening|week)|by (noon|end of (the )?day|\d{1,2}(:\d{2})?\s*(am|pm)?)|within \w+ (business )?(hours?|minutes?|days?)|in (\w+|\d+) (hours?|minutes?|days?)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(:\d{2})?\s*(am|pm)|(\d+|one|two|three) (hours?|business days?))\b/i,
  explain:
    /\b(because|the reason|this is due to|due to|what happens next|next step|first|then we|this means|let me explain|the way it works|which is why|that's why|probably|likely)\b/i,
  courtesy: /\b(sorry|apologi[sz]e|i understand|thank you|thanks for|please)\b/i,
  restate:
    /\b(so you('re| are) saying|just to confirm|let me confirm|to confirm|if i understand (you )?correctly|so the (problem|issue) is|you mean|let me repeat|let me make sure)\b/i,
  check: /\b(is that right|is that correct|correct\?|right\?|did i get that right)/i,
  affirm: /^\W*(yes|yeah|yep|right|correct|exactly|that's right)\b/i,
  collaborate:
    /\b(my colleague|colleagues?|our (technical|billing|field|engineering|support|network) team|escalat\w+|transfer(red)? you|loop in|coordinate|work together|with your help|specialist|supervisor|(send|book|arrange) (our|a|an) (\w+ )?(technician|engineer|plumber|electrician))\b/i,
  satisfaction:
    /\b(anything else|are you (happy|satisfied)|does (that|this) (solve|resolve|fix|work)|did (that|this) (solve|resolve|fix|help)|is (that|this) ok(ay)? (with|for) you|has (that|this) (solved|resolved)|(check|make sure) (that )?you('re| are) (happy|satisfied))\b/i,
};

/** The cues of a language. */
export function cuesFor(language: TTextLanguage): TFiveCCues {
  return language === 'zh' ? CUES_ZH : CUES_EN;
}
