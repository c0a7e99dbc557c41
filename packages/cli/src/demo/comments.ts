import type { TRandom } from './random.ts';

/** The tone a comment takes, from the moment's experience value. */
export type TTone = 'positive' | 'neutral' | 'negative';

type TPool = Record<TTone, Array<[zh: string, en: string]>>;

const GENERIC: TPool = {
  positive: [
    ['服务很好，谢谢', 'Great service, thanks'],
    ['很满意', 'Very satisfied'],
  ],
  neutral: [
    ['还行吧', 'It was fine'],
    ['一般', 'Average'],
  ],
  negative: [
    ['太慢了，很不满意', 'Far too slow, not happy'],
    ['体验很差', 'A poor experience'],
  ],
};

/** A few short comments per touchpoint, in Chinese and English, so comments read like what customers write. */
const BY_TOUCHPOINT: Record<string, Partial<TPool>> = {
  hotline_report: {
    positive: [['客服很快接通，态度好', 'Got through quickly, friendly agent']],
    negative: [['打了好几次热线都没人接', 'Called the hotline several times, nobody answered']],
  },
  repair_acknowledged: {
    negative: [['报修后很久都没收到确认短信', 'No confirmation text for ages after reporting']],
  },
  visit_booked: {
    positive: [['师傅主动打电话约时间', 'The technician called to book a time']],
    negative: [['一直没人联系我约时间', 'Nobody called to book the visit']],
  },
  technician_on_site: {
    positive: [['师傅准时上门，很专业', 'Technician on time and professional']],
    negative: [
      ['等了两天才上门，影响上班', 'Waited two days for a visit, could not work from home'],
      ['约好的时间没来，也没通知', 'Missed the booked slot without telling me'],
    ],
  },
  fault_fixed: {
    positive: [['一次就修好了，网速恢复正常', 'Fixed in one visit, speed back to normal']],
    negative: [['修完第二天又断网了', 'The line dropped again the next day']],
  },
  repeat_visit: {
    negative: [['又要请假等师傅，太麻烦', 'Had to take time off again for a second visit']],
  },
  complaint: {
    positive: [['投诉后处理得很及时', 'Complaint handled promptly']],
    negative: [['投诉了也没人管', 'Complained and nothing happened']],
  },
  callback: {
    positive: [['回访很贴心，问题已解决', 'Thoughtful callback, problem solved']],
    negative: [['问题都没解决还来问满意度', 'Asked about satisfaction while the problem is not solved']],
  },
};

/** Tone of an experience value on -1..+1. */
export function toneOf(experience: number): TTone {
  if (experience >= 0.25) return 'positive';
  if (experience <= -0.25) return 'negative';
  return 'neutral';
}

/** A short comment for a moment at a touchpoint, in Chinese three times out of four. */
export function pickComment(random: TRandom, touchpoint: string, tone: TTone): string {
  const specific = BY_TOUCHPOINT[touchpoint]?.[tone] ?? [];
  const pool = specific.length > 0 && random.chance(0.7) ? specific : GENERIC[tone];
  const [zh, en] = random.pick(pool);
  return random.chance(0.75) ? zh : en;
}
