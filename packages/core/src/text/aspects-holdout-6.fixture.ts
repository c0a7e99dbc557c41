import type { TLabelledComment } from './aspects.fixture.ts';

/**
 * The sixth aspect hold-out set: 48 service comments, six in each of the eight industries (telecom,
 * banking and insurance, property, hotel, after-sales, restaurant, healthcare, retail), four Chinese and
 * two English in each, written and labelled in one pass after the fifth hold-out set was scored and
 * committed before any change to how themes or clause polarity are read. Each clause carries the theme a
 * reader gives it (null when it names none) and its polarity (a clause with no verdict of its own takes
 * the verdict it serves in the comment).
 */
export const HOLDOUT_6_ASPECT_COMMENTS: TLabelledComment[] = [
  // telecom
  {
    text: '营业厅的小姑娘帮我把套餐换成了便宜的，一个月省四十块',
    clauses: [
      ['price', 'pos'],
      ['price', 'pos'],
    ],
  },
  {
    text: '家里wifi一到晚上就掉线，报修两次都没弄好',
    clauses: [
      ['network', 'neg'],
      ['resolution', 'neg'],
    ],
  },
  {
    text: '打客服热线转了三次人工，每次都要从头讲一遍',
    clauses: [
      ['communication', 'neg'],
      ['communication', 'neg'],
    ],
  },
  {
    text: '办卡时没人说有最低消费，第一个月就多扣了六十',
    clauses: [
      ['communication', 'neg'],
      ['price', 'neg'],
    ],
  },
  { text: "Since the upgrade the broadband hasn't dropped once.", clauses: [['network', 'pos']] },
  {
    text: 'I was on hold for forty minutes, then the line went dead.',
    clauses: [
      ['waiting', 'neg'],
      ['communication', 'neg'],
    ],
  },
  // banking and insurance
  {
    text: '柜员办业务很熟练，几分钟就办完了',
    clauses: [
      ['professionalism', 'pos'],
      ['waiting', 'pos'],
    ],
  },
  { text: '车险出险后定损员当天就到了现场', clauses: [['waiting', 'pos']] },
  {
    text: '信用卡年费说好免的，结果还是扣了',
    clauses: [
      ['price', 'neg'],
      ['price', 'neg'],
    ],
  },
  {
    text: '理赔员态度很好，一步步教我填材料',
    clauses: [
      ['attitude', 'pos'],
      ['communication', 'pos'],
    ],
  },
  {
    text: 'The adviser explained every clause of the policy without rushing me.',
    clauses: [['communication', 'pos']],
  },
  {
    text: 'Nobody picked up the emergency line when my card was blocked abroad.',
    clauses: [['communication', 'neg']],
  },
  // property
  {
    text: '电梯坏了一个礼拜，到现在还没修好',
    clauses: [
      ['resolution', 'neg'],
      ['resolution', 'neg'],
    ],
  },
  { text: '保安大叔每天都笑眯眯地打招呼', clauses: [['attitude', 'pos']] },
  {
    text: '楼道里堆满了杂物，也没人来清',
    clauses: [
      ['cleanliness', 'neg'],
      ['cleanliness', 'neg'],
    ],
  },
  {
    text: '物业费一年比一年贵，小区却越来越脏',
    clauses: [
      ['price', 'neg'],
      ['cleanliness', 'neg'],
    ],
  },
  {
    text: "The night porter let me in at 2am when I'd locked myself out.",
    clauses: [['attitude', 'pos']],
  },
  { text: 'Maintenance requests just disappear into a black hole.', clauses: [['resolution', 'neg']] },
  // hotel
  {
    text: '房间隔音太差，隔壁说话都听得见',
    clauses: [
      ['environment', 'neg'],
      ['environment', 'neg'],
    ],
  },
  { text: '前台办入住只用了两分钟', clauses: [['waiting', 'pos']] },
  {
    text: '床单上有头发，浴缸边还有黄渍',
    clauses: [
      ['cleanliness', 'neg'],
      ['cleanliness', 'neg'],
    ],
  },
  {
    text: '早餐太单调，连着三天都是一样的',
    clauses: [
      ['quality', 'neg'],
      ['quality', 'neg'],
    ],
  },
  {
    text: 'The pool was closed all week. Nobody told us when we booked.',
    clauses: [
      ['environment', 'neg'],
      ['communication', 'neg'],
    ],
  },
  {
    text: 'Spotless room, very comfy bed.',
    clauses: [
      ['cleanliness', 'pos'],
      ['environment', 'pos'],
    ],
  },
  // after-sales repair
  { text: '洗衣机修完第二天又漏水了', clauses: [['resolution', 'neg']] },
  {
    text: '师傅来之前打了电话确认地址，很准时',
    clauses: [
      ['communication', 'pos'],
      ['waiting', 'pos'],
    ],
  },
  {
    text: '换个屏幕要九百，比外面贵一倍',
    clauses: [
      ['price', 'neg'],
      ['price', 'neg'],
    ],
  },
  {
    text: '师傅一眼就看出是主板的问题，半小时搞定',
    clauses: [
      ['professionalism', 'pos'],
      ['waiting', 'pos'],
    ],
  },
  {
    text: 'They replaced the whole unit under warranty, no questions asked.',
    clauses: [
      ['resolution', 'pos'],
      ['resolution', 'pos'],
    ],
  },
  { text: 'The technician left muddy marks all over the hallway.', clauses: [['cleanliness', 'neg']] },
  // restaurant
  {
    text: '等位等了一个小时，服务员还一直催我们点菜',
    clauses: [
      ['waiting', 'neg'],
      ['attitude', 'neg'],
    ],
  },
  {
    text: '鱼不新鲜，有股腥味',
    clauses: [
      ['quality', 'neg'],
      ['quality', 'neg'],
    ],
  },
  { text: '外卖送到的时候汤全洒了', clauses: [['delivery', 'neg']] },
  {
    text: '老板人很实在，价格也公道',
    clauses: [
      ['attitude', 'pos'],
      ['price', 'pos'],
    ],
  },
  { text: 'The waiter brought the wrong order twice.', clauses: [['professionalism', 'neg']] },
  { text: 'Toilets were filthy and there was no soap.', clauses: [['cleanliness', 'neg']] },
  // healthcare
  {
    text: '挂号排了两个小时，腿都站麻了',
    clauses: [
      ['waiting', 'neg'],
      ['waiting', 'neg'],
    ],
  },
  {
    text: '上周带孩子打疫苗，护士扎针又稳又快',
    clauses: [
      [null, 'pos'],
      ['professionalism', 'pos'],
    ],
  },
  {
    text: '医生说话很冲，问两句就不耐烦',
    clauses: [
      ['attitude', 'neg'],
      ['attitude', 'neg'],
    ],
  },
  { text: '出院结账的时候多收了两天床位费', clauses: [['price', 'neg']] },
  {
    text: 'The receptionist was lovely and found me a slot the same day.',
    clauses: [['attitude', 'pos']],
  },
  {
    text: 'Results took three weeks and I had to ring four times to get them.',
    clauses: [['waiting', 'neg']],
  },
  // retail
  {
    text: '收银台只开一个，后面排了十几个人',
    clauses: [
      ['waiting', 'neg'],
      ['waiting', 'neg'],
    ],
  },
  { text: '买的鞋穿了一周就开胶了', clauses: [['quality', 'neg']] },
  {
    text: '店员很热情，但是一直推销会员卡',
    clauses: [
      ['attitude', 'pos'],
      ['attitude', 'neg'],
    ],
  },
  {
    text: '快递包装得很严实，里面的杯子一个没碎',
    clauses: [
      ['delivery', 'pos'],
      ['delivery', 'pos'],
    ],
  },
  { text: 'The refund came back to my card the next day.', clauses: [['waiting', 'pos']] },
  {
    text: 'The assistant knew nothing about the product and just read the box.',
    clauses: [['professionalism', 'neg']],
  },
];
