/** A comment with a reader's label for each clause: its theme (or null) and its polarity. */
export type TLabelledComment = { text: string; clauses: [theme: string | null, polarity: 'pos' | 'neg'][] };

/**
 * Service comments written and labelled after the first version of the theme dictionary and service cues.
 * Their misses then drove the second revision, so they are now a development set; the fair
 * estimate comes from the latest hold-out set, `aspects-holdout-6.fixture.ts`.
 */
export const LABELLED_COMMENTS: TLabelledComment[] = [
  {
    text: '安装师傅迟到了一个多小时，不过装得很仔细，走之前还把地面收拾干净了',
    clauses: [
      ['waiting', 'neg'],
      [null, 'pos'],
      ['cleanliness', 'pos'],
    ],
  },
  {
    text: '客服电话一直打不通，好不容易接通了又让我等',
    clauses: [
      ['communication', 'neg'],
      ['waiting', 'neg'],
    ],
  },
  {
    text: '宽带装好以后网速很稳定，价格也比以前便宜',
    clauses: [
      ['network', 'pos'],
      ['price', 'pos'],
    ],
  },
  {
    text: '物业处理投诉太慢，问题到现在也没解决',
    clauses: [
      ['waiting', 'neg'],
      ['resolution', 'neg'],
    ],
  },
  {
    text: '维修工很有耐心，给我讲得很清楚',
    clauses: [
      ['attitude', 'pos'],
      ['communication', 'pos'],
    ],
  },
  {
    text: '上门收了两百块的检测费，事先也没说，太坑了',
    clauses: [
      ['price', 'neg'],
      ['communication', 'neg'],
      [null, 'neg'],
    ],
  },
  {
    text: '修完第二天又坏了，再打电话就没人理了',
    clauses: [
      ['resolution', 'neg'],
      ['communication', 'neg'],
    ],
  },
  {
    text: '营业厅环境不错，但是排队排了四十分钟',
    clauses: [
      ['environment', 'pos'],
      ['waiting', 'neg'],
    ],
  },
  {
    text: '师傅技术很专业，半小时就修好了',
    clauses: [
      ['professionalism', 'pos'],
      ['resolution', 'pos'],
    ],
  },
  {
    text: '话费账单莫名多扣了三十元，客服态度还很冷漠',
    clauses: [
      ['price', 'neg'],
      ['attitude', 'neg'],
    ],
  },
  {
    text: '外卖送到的时候饭都凉了，包装也洒了',
    clauses: [
      ['quality', 'neg'],
      ['delivery', 'neg'],
    ],
  },
  {
    text: '整体服务很满意，下次还找你们',
    clauses: [
      [null, 'pos'],
      [null, 'pos'],
    ],
  },
  {
    text: 'The engineer arrived on time and was very polite, but the fault came back a day later.',
    clauses: [
      ['waiting', 'pos'],
      ['resolution', 'neg'],
    ],
  },
  {
    text: 'I waited two hours on hold. The agent was friendly though.',
    clauses: [
      ['waiting', 'neg'],
      ['attitude', 'pos'],
    ],
  },
  {
    text: 'Fair price, quick repair, clean work.',
    clauses: [
      ['price', 'pos'],
      ['waiting', 'pos'],
      ['cleanliness', 'pos'],
    ],
  },
  {
    text: 'Nobody called to tell me the visit was cancelled.',
    clauses: [['communication', 'neg']],
  },
  {
    text: 'The technician clearly knew his job, however he left a mess in the kitchen.',
    clauses: [
      ['professionalism', 'pos'],
      ['cleanliness', 'neg'],
    ],
  },
  {
    text: 'My internet has dropped every evening for a week and support keeps giving me the runaround.',
    clauses: [['network', 'neg']],
  },
  {
    text: 'They overcharged me for parts. Still not fixed!',
    clauses: [
      ['price', 'neg'],
      ['resolution', 'neg'],
    ],
  },
  {
    text: 'Excellent communication throughout, they kept me informed at every step.',
    clauses: [
      ['communication', 'pos'],
      ['communication', 'pos'],
    ],
  },
  { text: 'The rep was rude and hung up on me.', clauses: [['attitude', 'neg']] },
  {
    text: 'Delivery was late, but the food was delicious.',
    clauses: [
      ['delivery', 'neg'],
      ['quality', 'pos'],
    ],
  },
  {
    text: 'Problem solved on the first call, great job!',
    clauses: [
      ['resolution', 'pos'],
      [null, 'pos'],
    ],
  },
  {
    text: 'The store was noisy and crowded, and the staff seemed impatient.',
    clauses: [['environment', 'neg']],
  },
];
