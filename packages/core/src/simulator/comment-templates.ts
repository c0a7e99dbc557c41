import type { TCommentTheme } from '../packs/simulation-schema.ts';

/** Tone of a simulated comment, which follows the moment's perceived experience. */
export type TCommentTone = 'positive' | 'neutral' | 'negative';

type TByTone = Record<TCommentTone, { 'zh-CN': readonly string[]; en: readonly string[] }>;

/**
 * Short comment templates per theme and tone, in the two product languages. They are simulated customer
 * text (data), not interface messages. Kept plain so that a text analytics module can be tested on them.
 */
export const COMMENT_TEMPLATES: Record<TCommentTheme, TByTone> = {
  waiting: {
    positive: {
      'zh-CN': ['速度很快,没让我久等。', '响应非常及时,赞。'],
      en: ['Very quick, I hardly waited.', 'Fast response, thank you.'],
    },
    neutral: {
      'zh-CN': ['等了一会儿,还可以接受。', '时间上还行吧。'],
      en: ['Waited a while, acceptable.', 'Timing was okay.'],
    },
    negative: {
      'zh-CN': ['等太久了,完全没人管。', '说好的时间一拖再拖,非常失望。'],
      en: ['Waited far too long, nobody cared.', 'They kept missing the promised time. Very disappointed.'],
    },
  },
  attitude: {
    positive: {
      'zh-CN': ['服务态度特别好,很热情。', '工作人员很耐心,很有礼貌。'],
      en: ['Really friendly and warm service.', 'The staff were patient and polite.'],
    },
    neutral: {
      'zh-CN': ['态度一般,中规中矩。', '服务还算客气。'],
      en: ['Attitude was average.', 'Polite enough.'],
    },
    negative: {
      'zh-CN': ['态度很差,爱理不理。', '工作人员很不耐烦,说话很冲。'],
      en: ['Rude and dismissive staff.', 'The staff were impatient and curt.'],
    },
  },
  professionalism: {
    positive: {
      'zh-CN': ['非常专业,一下就找到了问题。', '业务很熟练,讲解清楚。'],
      en: ['Very professional, found the problem at once.', 'Knew the job well and explained it clearly.'],
    },
    neutral: {
      'zh-CN': ['专业水平一般。', '基本能处理,谈不上专业。'],
      en: ['Average expertise.', 'Got it done, not especially expert.'],
    },
    negative: {
      'zh-CN': ['一问三不知,很不专业。', '业务不熟,来回折腾。'],
      en: ['Clueless, very unprofessional.', 'Did not know the job; lots of back and forth.'],
    },
  },
  price: {
    positive: {
      'zh-CN': ['价格透明,很实惠。', '收费合理,没有乱收费。'],
      en: ['Transparent and good value.', 'Fair price, no hidden charges.'],
    },
    neutral: {
      'zh-CN': ['价格一般,不算便宜。', '收费还算正常。'],
      en: ['Price is so-so.', 'Charges were about normal.'],
    },
    negative: {
      'zh-CN': ['收费太贵了,还有莫名其妙的费用。', '乱收费,账单看不懂。'],
      en: ['Far too expensive, with charges I never agreed to.', 'Overcharged and the bill makes no sense.'],
    },
  },
  resolution: {
    positive: {
      'zh-CN': ['一次就解决了,很满意。', '问题彻底解决了,效果很好。'],
      en: ['Fixed in one go, very happy.', 'Problem completely solved.'],
    },
    neutral: {
      'zh-CN': ['问题基本解决了,再观察看看。', '暂时好了。'],
      en: ['Mostly fixed, will keep an eye on it.', 'Works for now.'],
    },
    negative: {
      'zh-CN': ['修了好几次还是没好。', '问题根本没解决,又坏了。'],
      en: ['Several visits and it is still not fixed.', 'Not solved at all, it broke again.'],
    },
  },
  communication: {
    positive: {
      'zh-CN': ['沟通很顺畅,进度随时告知。', '解释得很清楚,心里有数。'],
      en: ['Clear communication, kept me updated.', 'Explained everything clearly.'],
    },
    neutral: {
      'zh-CN': ['沟通还行。', '有通知,但不太详细。'],
      en: ['Communication was fine.', 'I was told, but not in much detail.'],
    },
    negative: {
      'zh-CN': ['没人通知我进度,打电话也说不清。', '答复前后矛盾,沟通很差。'],
      en: ['Nobody told me what was happening.', 'Contradictory answers, poor communication.'],
    },
  },
  cleanliness: {
    positive: {
      'zh-CN': ['环境干净整洁。', '收拾得很干净,很舒服。'],
      en: ['Clean and tidy.', 'Left everything spotless.'],
    },
    neutral: {
      'zh-CN': ['卫生还可以。', '环境一般。'],
      en: ['Cleanliness was okay.', 'The place was average.'],
    },
    negative: {
      'zh-CN': ['到处脏乱,没人打扫。', '留下一地垃圾,太不讲究了。'],
      en: ['Dirty and untidy.', 'Left a mess behind.'],
    },
  },
};
