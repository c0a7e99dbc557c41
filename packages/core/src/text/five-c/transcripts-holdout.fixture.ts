import type { TLabelledTranscript } from './transcripts.fixture.ts';
import type { TFiveC } from './rules.ts';

const yes = (...cs: TFiveC[]): Record<TFiveC, boolean> => ({
  commitment: cs.includes('commitment'),
  communication: cs.includes('communication'),
  confirmation: cs.includes('confirmation'),
  collaboration: cs.includes('collaboration'),
  satisfaction: cs.includes('satisfaction'),
});

/**
 * Eight more hand-labelled transcripts, written and labelled after the rules were frozen and never used
 * to change them: the screen's agreement on these is the fairer estimate.
 */
export const HOLDOUT_TRANSCRIPTS: TLabelledTranscript[] = [
  {
    id: 'holdout-zh-1',
    text: `客服：您好，这里是宽带客服。
客户：我家电视机顶盒一直显示无信号。
客服：好的，您家的机顶盒开机后一直提示无信号，我理解得对吗？
客户：对的。
客服：给您带来不便很抱歉。我们后台看到您的线路有告警，我已经提交给装维班组，师傅明天上午会联系您上门。
客户：好，谢谢。`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration'),
  },
  {
    id: 'holdout-zh-2',
    text: `业主：楼道的灯坏了好几天了。
管家：哪一栋？
业主：三栋二单元。
管家：行，我记下了。
业主：什么时候修？
管家：电工有空就去。`,
    labels: yes(),
  },
  {
    id: 'holdout-zh-3',
    text: `客服：您好，请问有什么可以帮您？
客户：我买的冰箱冷藏室不凉。
客服：请问冰箱放置的位置离墙有多远？
客户：差不多贴着墙。
客服：冰箱背面需要留出10厘米左右的散热空间，散热不好会导致制冷变差。您先调整一下位置，观察一天。
客户：好的，我试试。
客服：如果明天还是不凉，您直接回复这条消息，我给您安排售后。请问您对这个处理方式满意吗？
客户：满意。`,
    labels: yes('communication', 'satisfaction'),
  },
  {
    id: 'holdout-zh-4',
    text: `工程师：到达客户家中，检测发现燃气热水器点火针积碳，已清理。告知客户点火失败是积碳导致，建议每年保养一次。下周三回访确认使用情况。`,
    labels: yes('commitment', 'communication'),
  },
  {
    id: 'holdout-en-1',
    text: `Agent: Hello, thanks for holding.
Customer: My mobile data stopped working after I changed plans.
Agent: So the issue is that data stopped after the plan change yesterday, right?
Customer: Yes.
Agent: Apologies for that. When a plan changes the data profile has to be re-sent to your phone, and it looks like that step failed.
Agent: I'm resending it now; you should have data within 15 minutes. If not, I will call you back at 3 pm.
Customer: Great.
Agent: Is there anything else I can do for you?`,
    labels: yes('commitment', 'communication', 'confirmation', 'satisfaction'),
  },
  {
    id: 'holdout-en-2',
    text: `Customer: The repair guy didn't show up this morning.
Agent: Let me check. Yes, the visit was cancelled.
Customer: Why wasn't I told?
Agent: I don't know.
Customer: Can you rebook it?
Agent: You'll need to book online.`,
    labels: yes(),
  },
  {
    id: 'holdout-en-3',
    text: `Agent: Good afternoon, property services.
Customer: Water is coming through my ceiling from the flat above.
Agent: I'm so sorry. I'm contacting our plumber and the resident upstairs at the same time so we can find the source.
Customer: Thank you.
Agent: The plumber will be with you by 6 pm tonight.
Customer: Okay.`,
    labels: yes('commitment', 'collaboration'),
  },
  {
    id: 'holdout-en-4',
    text: `Agent: Hi, you've reached support.
Customer: The dishwasher shows error E24.
Agent: E24 means the water isn't draining, usually because the filter is blocked. Could you clean the filter at the bottom and run a short cycle?
Customer: Done, it's working now.
Agent: Glad to hear it. Is everything working as you'd expect now?
Customer: Yes, thanks.`,
    labels: yes('communication', 'satisfaction'),
  },
];
