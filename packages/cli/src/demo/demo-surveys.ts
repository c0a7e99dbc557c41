import {
  createRule,
  createStudy,
  createSurvey,
  listRules,
  listSurveys,
  mintLinks,
  submitAnswers,
} from '@mot/server';
import type { TDatabase } from '@mot/server';
import type { TSimEpisodeOutcome } from '@mot/core';
import { mulberry32 } from '@mot/core';

/** The demo's post-repair survey: NPS with its reason, about the repair visit (上门修复). */
export const DEMO_SURVEY = {
  key: 'repair-nps',
  name: '修复后 NPS 调查 Post-repair NPS',
  journey: 'broadband_repair',
  touchpoint: 'repair_visit',
} as const;

/** How many of the simulated episodes of the last weeks the demo's customers answer (at most). */
const ANSWERS = 240;
/** Weeks of answers before `now`: enough for the results page's weekly trend. */
const WEEKS = 12;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The channels the demo's links went out by, in the shares a Chinese operator sends them. */
const CHANNELS = [
  ['sms', 0.5],
  ['wechat', 0.3],
  ['email', 0.1],
  ['link', 0.1],
] as const;

/** Reasons customers give, by how likely they are to recommend (Chinese mostly, some English). */
const REASONS: Record<'detractor' | 'passive' | 'promoter', { zh: string[]; en: string[] }> = {
  detractor: {
    zh: [
      '等了三天才有人上门，师傅来了还说没带光猫，又约了第二次。',
      '报修电话一直打不通，好不容易接通了又让我重复说了三遍。',
      '修完第二天又断网了，问题根本没有解决。',
      '约好上午来，下午四点才到，也没有提前打电话说一声。',
      '师傅态度很差，弄完就走了，地上的线头都没收拾。',
    ],
    en: [
      'Waited three days for a visit and the engineer had no spare router.',
      'The line dropped again the next morning. Not fixed at all.',
    ],
  },
  passive: {
    zh: [
      '修好了，就是等的时间有点长。',
      '师傅还可以，不过预约的时间段太宽了，只能在家等一整天。',
      '问题解决了，但是中间沟通不太顺畅。',
    ],
    en: ['Fixed in the end, but the appointment window was far too wide.'],
  },
  promoter: {
    zh: [
      '师傅很专业，半个小时就修好了，还帮我把路由器位置调了一下。',
      '当天就上门了，速度很快，点赞！',
      '一次就修好了，走之前还测了网速，很放心。',
      '客服很耐心，师傅准时到，没毛病。',
    ],
    en: ['Same-day visit, fixed on the first try, and the engineer tested the speed before leaving.'],
  },
};

const band = (nps: number) => (nps >= 9 ? 'promoter' : nps <= 6 ? 'detractor' : 'passive');

/** What `seedDemoSurveys` stored. */
export type TDemoSurveys = { survey: string; links: number; answers: number };

/**
 * The demo's survey and its answers: the post-repair NPS survey, and for simulated episodes that ended in the
 * last weeks and were surveyed, a link sent by SMS, WeChat, e-mail or the company's own app, answered by
 * about two in three with the simulated likelihood to recommend and a reason in the customer's words,
 * dated a few hours after the episode ended. The answers go through the product's own answer path, so they
 * become the repair visit's comments, the episodes' outcomes and, for detractors, cases. Nothing is written
 * when the survey is already there.
 */
export async function seedDemoSurveys(
  db: TDatabase,
  workspaceId: string,
  outcomes: readonly TSimEpisodeOutcome[],
  now: Date,
  publicBase = 'http://127.0.0.1:8080',
): Promise<TDemoSurveys> {
  if ((await listSurveys(db.orm, workspaceId)).some((s) => s.key === DEMO_SURVEY.key)) {
    return { survey: DEMO_SURVEY.key, links: 0, answers: 0 };
  }
  await createSurvey(db, workspaceId, {
    key: DEMO_SURVEY.key,
    name: DEMO_SURVEY.name,
    journey: DEMO_SURVEY.journey,
    status: 'active',
    template: { template: 'post_repair_nps', touchpoint: DEMO_SURVEY.touchpoint },
  });
  const since = now.getTime() - WEEKS * 7 * DAY_MS;
  const chosen = outcomes
    .filter((o) => o.journey === DEMO_SURVEY.journey && o.surveyed && o.nps !== null)
    .filter((o) => Date.parse(o.endedAt) >= since && Date.parse(o.endedAt) < now.getTime() - 6 * HOUR_MS)
    .slice(-Math.round(ANSWERS * 1.5));
  const random = mulberry32(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const channelOf = () => {
    let u = random();
    for (const [channel, share] of CHANNELS) {
      if ((u -= share) < 0) return channel;
    }
    return 'link' as const;
  };
  const requests = chosen.map((o) => ({
    customer: o.customer,
    episode: o.episode,
    journey: o.journey,
    language: random() < 0.85 ? ('zh-CN' as const) : ('en' as const),
    channel: channelOf(),
  }));
  let links = 0;
  let answers = 0;
  for (let start = 0; start < requests.length; start += 500) {
    const batch = requests.slice(start, start + 500);
    const minted = await mintLinks(db, workspaceId, DEMO_SURVEY.key, batch, publicBase);
    for (const link of minted.links) {
      if (link.status !== 'created') continue;
      links += 1;
      const outcome = chosen[start + link.index];
      const request = batch[link.index];
      if (!outcome || !request || outcome.nps === null || random() > 2 / 3 || answers >= ANSWERS) continue;
      const token = new URL(link.url).pathname.split('/').pop() ?? '';
      const reasons = REASONS[band(outcome.nps)];
      const why = request.language === 'en' ? pick(reasons.en) : pick(reasons.zh);
      const at = new Date(
        Math.min(Date.parse(outcome.endedAt) + (2 + random() * 20) * HOUR_MS, now.getTime()),
      );
      await submitAnswers(
        db,
        token,
        { nps: outcome.nps, ...(random() < 0.8 ? { why } : {}) },
        { at, ingestNow: true },
      );
      answers += 1;
    }
  }
  return { survey: DEMO_SURVEY.key, links, answers };
}

/** The demo's KANO study: what broadband-repair customers think of five features the team considers. */
export const DEMO_KANO = {
  key: 'repair-kano',
  name: '上门维修功能 KANO 调查 Repair features (KANO)',
} as const;

/**
 * The features and how the demo's customers answer (functional, dysfunctional) per answer pattern, with the
 * pattern's share: answers valued 1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike (Berger et al. 1993).
 * Spare parts are expected (must-be), a two-hour window is wanted the more the better (one-dimensional),
 * progress on WeChat delights (attractive), the speed test splits customers, shoe covers barely matter.
 */
const KANO_FEATURES: Array<{
  key: string;
  name: { en: string; 'zh-CN': string };
  answers: Array<[functional: number, dysfunctional: number, share: number]>;
}> = [
  {
    key: 'spare_parts',
    name: { en: 'spare parts in every van', 'zh-CN': '维修车常备光猫等备件' },
    answers: [
      [2, 5, 0.45],
      [3, 5, 0.25],
      [1, 5, 0.15],
      [3, 3, 0.15],
    ],
  },
  {
    key: 'two_hour_window',
    name: { en: 'a two-hour appointment window', 'zh-CN': '两小时上门预约时段' },
    answers: [
      [1, 5, 0.5],
      [1, 4, 0.15],
      [2, 5, 0.15],
      [3, 3, 0.2],
    ],
  },
  {
    key: 'wechat_progress',
    name: { en: 'repair progress on WeChat', 'zh-CN': '微信实时推送维修进度' },
    answers: [
      [1, 3, 0.45],
      [1, 4, 0.2],
      [1, 5, 0.1],
      [3, 3, 0.25],
    ],
  },
  {
    key: 'speed_test',
    name: { en: 'a speed test before the engineer leaves', 'zh-CN': '修复后当场测速' },
    answers: [
      [1, 3, 0.35],
      [3, 3, 0.35],
      [1, 5, 0.15],
      [2, 5, 0.15],
    ],
  },
  {
    key: 'shoe_covers',
    name: { en: 'shoe covers in the home', 'zh-CN': '入户穿鞋套' },
    answers: [
      [3, 3, 0.5],
      [2, 5, 0.25],
      [3, 4, 0.15],
      [1, 3, 0.1],
    ],
  },
];

/** Respondents of the demo's KANO study. */
const KANO_RESPONDENTS = 80;

/**
 * The demo's KANO study with its answers: made through the study store, sent to customers of the repair
 * journey, and answered over the last four weeks through the answer path. Nothing is written when it is
 * already there.
 */
export async function seedDemoKano(
  db: TDatabase,
  workspaceId: string,
  customers: readonly string[],
  now: Date,
  publicBase = 'http://127.0.0.1:8080',
): Promise<number> {
  if ((await listSurveys(db.orm, workspaceId)).some((s) => s.key === DEMO_KANO.key)) return 0;
  await createStudy(db, workspaceId, {
    kind: 'kano',
    key: DEMO_KANO.key,
    name: DEMO_KANO.name,
    status: 'active',
    features: KANO_FEATURES.map((f) => ({ key: f.key, name: f.name })),
  });
  const random = mulberry32(11);
  const answerOf = (feature: (typeof KANO_FEATURES)[number]) => {
    let u = random();
    for (const [functional, dysfunctional, share] of feature.answers) {
      if ((u -= share) < 0) return { functional, dysfunctional };
    }
    const [functional, dysfunctional] = feature.answers[0] ?? [3, 3];
    return { functional, dysfunctional };
  };
  const asked = customers.slice(0, KANO_RESPONDENTS).map((customer) => ({
    customer,
    language: random() < 0.9 ? ('zh-CN' as const) : ('en' as const),
    channel: 'wechat' as const,
  }));
  const minted = await mintLinks(db, workspaceId, DEMO_KANO.key, asked, publicBase);
  let answered = 0;
  for (const link of minted.links) {
    if (link.status !== 'created') continue;
    const token = new URL(link.url).pathname.split('/').pop() ?? '';
    const answers = Object.fromEntries(KANO_FEATURES.map((f) => [f.key, answerOf(f)]));
    const at = new Date(now.getTime() - random() * 28 * DAY_MS);
    await submitAnswers(db, token, answers, { at, ingestNow: true });
    answered += 1;
  }
  return answered;
}

/**
 * The demo's distribution rules, switched on: the post-repair NPS sent by SMS two hours after the repair
 * visit to one customer in three (outside quiet hours, not twice in 30 days), and a recovery check after a
 * service-recovery case closes, which outranks it. They plan from the moments that arrive after they were
 * switched on; the rules page's dry run shows what they would have planned over the last day.
 */
export async function seedDemoRules(db: TDatabase, workspaceId: string): Promise<number> {
  const existing = new Set((await listRules(db.orm, workspaceId)).map((r) => r.key));
  const rules = [
    {
      key: 'after-repair-nps',
      name: '上门修复后 NPS After the repair visit',
      survey: DEMO_SURVEY.key,
      enabled: true,
      trigger: { kind: 'moment' as const, journey: DEMO_SURVEY.journey, touchpoint: DEMO_SURVEY.touchpoint },
      sampling: 0.33,
      delayMinutes: 120,
      recontactDays: 30,
      channel: 'sms' as const,
      priority: 50,
    },
    {
      key: 'after-recovery',
      name: '补救结案后回访 After a case closes',
      survey: DEMO_SURVEY.key,
      enabled: true,
      trigger: { kind: 'case_closed' as const, journey: DEMO_SURVEY.journey },
      delayMinutes: 60,
      recontactDays: 7,
      channel: 'wechat' as const,
      priority: 80,
    },
  ].filter((r) => !existing.has(r.key));
  for (const rule of rules) await createRule(db, workspaceId, rule);
  return rules.length;
}
