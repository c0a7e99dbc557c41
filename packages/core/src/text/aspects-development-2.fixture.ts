import type { TLabelledComment } from './aspects.fixture.ts';

/**
 * A second aspect development set: service comments written and labelled in one pass (a theme or null,
 * and a polarity per clause), before the dictionary was grown from their misses and without reading the
 * hold-out comments of the time (now the third development set, `aspects-development-3.fixture.ts`). Tuned on, like `aspects.fixture.ts`.
 */
export const DEVELOPMENT_2_ASPECT_COMMENTS: TLabelledComment[] = [
  {
    text: '宽带网速很慢，晚上经常断网',
    clauses: [
      ['network', 'neg'],
      ['network', 'neg'],
    ],
  },
  {
    text: '前台办理入住很快，房间也很干净',
    clauses: [
      ['waiting', 'pos'],
      ['cleanliness', 'pos'],
    ],
  },
  {
    text: '服务员态度冷淡，叫了几次都没人过来',
    clauses: [
      ['attitude', 'neg'],
      ['waiting', 'neg'],
    ],
  },
  {
    text: '维修费比说好的贵了一倍，也没提前告知',
    clauses: [
      ['price', 'neg'],
      ['communication', 'neg'],
    ],
  },
  {
    text: '师傅经验丰富，一看就知道是哪里的毛病',
    clauses: [
      ['professionalism', 'pos'],
      ['professionalism', 'pos'],
    ],
  },
  { text: '空调修好没两天又不制冷了', clauses: [['resolution', 'neg']] },
  {
    text: '外卖小哥送得很快，饭菜还是热的',
    clauses: [
      ['delivery', 'pos'],
      ['quality', 'pos'],
    ],
  },
  {
    text: '菜的分量太少，味道也一般',
    clauses: [
      ['quality', 'neg'],
      ['quality', 'neg'],
    ],
  },
  {
    text: '大堂很宽敞，停车也方便',
    clauses: [
      ['environment', 'pos'],
      ['environment', 'pos'],
    ],
  },
  {
    text: '客服回电很及时，把处理进度讲得很清楚',
    clauses: [
      ['communication', 'pos'],
      ['communication', 'pos'],
    ],
  },
  {
    text: '保洁做得不到位，楼道里到处是垃圾',
    clauses: [
      ['cleanliness', 'neg'],
      ['cleanliness', 'neg'],
    ],
  },
  {
    text: '银行柜员业务不熟练，一笔转账办了半个小时',
    clauses: [
      ['professionalism', 'neg'],
      ['waiting', 'neg'],
    ],
  },
  {
    text: '理赔款到账很快，手续费也不高',
    clauses: [
      ['waiting', 'pos'],
      ['price', 'pos'],
    ],
  },
  {
    text: '快递包装破了，里面的杯子也碎了',
    clauses: [
      ['delivery', 'neg'],
      ['quality', 'neg'],
    ],
  },
  {
    text: '护士很有耐心，打针也不疼',
    clauses: [
      ['attitude', 'pos'],
      ['professionalism', 'pos'],
    ],
  },
  {
    text: '手机信号满格，上网也很流畅',
    clauses: [
      ['network', 'pos'],
      ['network', 'pos'],
    ],
  },
  {
    text: '售后电话打了三次才接通，接通后还要等',
    clauses: [
      ['communication', 'neg'],
      ['waiting', 'neg'],
    ],
  },
  {
    text: '房间有股霉味，空调也很吵',
    clauses: [
      ['cleanliness', 'neg'],
      ['environment', 'neg'],
    ],
  },
  {
    text: '价格实惠，师傅干活也利索',
    clauses: [
      ['price', 'pos'],
      ['professionalism', 'pos'],
    ],
  },
  { text: '投诉以后物业当天就派人解决了', clauses: [['resolution', 'pos']] },
  { text: 'The bill was higher than quoted and nobody explained why.', clauses: [['price', 'neg']] },
  {
    text: 'Friendly staff, but the room was dirty.',
    clauses: [
      ['attitude', 'pos'],
      ['cleanliness', 'neg'],
    ],
  },
  { text: 'The engineer fixed the boiler in twenty minutes.', clauses: [['resolution', 'pos']] },
  { text: 'My order arrived two days late and the box was damaged.', clauses: [['delivery', 'neg']] },
  { text: 'The wifi kept dropping all weekend.', clauses: [['network', 'neg']] },
  { text: 'The nurse explained every step clearly.', clauses: [['communication', 'pos']] },
  {
    text: 'Long queue at the counter, only one cashier working.',
    clauses: [
      ['waiting', 'neg'],
      ['waiting', 'neg'],
    ],
  },
  {
    text: 'The food was cold, however the waiter was lovely.',
    clauses: [
      ['quality', 'neg'],
      ['attitude', 'pos'],
    ],
  },
  { text: 'The technician knew exactly what he was doing.', clauses: [['professionalism', 'pos']] },
  { text: 'Great value for money and the lobby is spotless.', clauses: [['price', 'pos']] },
  { text: 'They never called me back about my complaint.', clauses: [['communication', 'neg']] },
  { text: 'The agent was patient and sorted out my billing error.', clauses: [['attitude', 'pos']] },
  { text: 'The restaurant was too noisy to talk.', clauses: [['environment', 'neg']] },
  {
    text: 'Parcel left in the rain, everything soaked.',
    clauses: [
      ['delivery', 'neg'],
      ['quality', 'neg'],
    ],
  },
];
