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
 * Twenty more hand-labelled transcripts, written and labelled after the rules were frozen and never used
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

  {
    id: 'holdout-zh-5',
    text: `客服：您好，这里是燃气客服中心。
客户：我家燃气表显示欠费，可是我上周刚交过钱。
客服：我核对一下，您是上周通过手机银行缴的费，但燃气表还显示欠费，对吧？
客户：对。
客服：银行缴费一般要一到两个工作日才能同步到表上，所以会有延迟。我已经把您的缴费记录发给营业部同事核实，今天下班前给您回电话。
客户：好，谢谢。
客服：请问还有其他需要帮忙的吗？
客户：没有了。`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration', 'satisfaction'),
  },
  {
    id: 'holdout-zh-6',
    text: `客户：我的手机卡突然停机了。
客服：您欠费了。
客户：我设置了自动扣款啊。
客服：自动扣款失败了，您自己充值吧。
客户：那怎么充？
客服：APP上就可以。`,
    labels: yes(),
  },
  {
    id: 'holdout-zh-7',
    text: `管家：王先生您好，我是小区物业的小李。
业主：你们小区门禁卡又刷不开了。
管家：真不好意思，门禁系统昨晚升级，部分卡需要重新授权。
管家：您方便的话把卡拿到物业前台，我们五分钟就能弄好。
业主：我现在上班，晚上才回来。
管家：没问题，前台晚上八点前都有人，我跟值班的同事打好招呼了。
业主：行。`,
    labels: yes('communication', 'collaboration'),
  },
  {
    id: 'holdout-zh-8',
    text: `客服：您好，售后服务。
客户：我的扫地机器人充不上电。
客服：您说的是机器回到充电座以后指示灯不亮，不能充电，是吗？
客户：是的。
客服：请您先用干布擦一下机器底部和充电座的金属片，灰尘多了会接触不良。
客户：擦了，还是不行。
客服：那我给您登记换一个充电座，预计三天内寄到。您对这个处理满意吗？
客户：可以。`,
    labels: yes('commitment', 'communication', 'confirmation', 'satisfaction'),
  },
  {
    id: 'holdout-zh-9',
    text: `工程师：接到报修后上门，客户反映空调漏水。检查发现排水管堵塞，已疏通并测试正常。临走前询问客户还有没有其他问题，客户表示没有。`,
    labels: yes('satisfaction'),
  },
  {
    id: 'holdout-zh-10',
    text: `客服：您好。
客户：我要投诉，你们的快递员把包裹扔在门口就走了，东西被偷了。
客服：很抱歉发生这样的事。我马上把情况转给配送站的负责人调查，并帮您申请补发。
客户：什么时候能有结果？
客服：两个工作日内给您结果。
客户：好吧。`,
    labels: yes('commitment', 'collaboration'),
  },
  {
    id: 'holdout-en-5',
    text: `Agent: Good evening, thanks for calling the water company.
Customer: There's no water pressure in my street since this afternoon.
Agent: I'm sorry about that. Just to confirm, is the pressure low or is there no water at all?
Customer: Very low, just a trickle.
Agent: Thanks. There's a burst main on the next road, which is why the pressure dropped; our repair crew is on site.
Agent: We expect normal pressure by 10 pm tonight, and I'll text you when it's restored.
Customer: Okay, thanks.`,
    labels: yes('commitment', 'communication', 'collaboration'),
  },
  {
    id: 'holdout-en-6',
    text: `Customer: I want to cancel my gym membership.
Agent: You need to give one month's notice.
Customer: Fine, please process it.
Agent: Done.`,
    labels: yes(),
  },
  {
    id: 'holdout-en-7',
    text: `Agent: Hello, you're through to the repairs desk.
Customer: My washing machine won't drain.
Agent: So the drum fills and washes but the water stays in at the end, is that right?
Customer: Yes, exactly.
Agent: Thanks. That's usually a blocked pump filter. Could you check the small door at the bottom front and clear it? I'll stay on the line.
Customer: There was a sock in there! It's draining now.
Agent: Great. Is there anything else I can help with?
Customer: No, thanks a lot.`,
    labels: yes('communication', 'confirmation', 'satisfaction'),
  },
  {
    id: 'holdout-en-8',
    text: `Agent: Hi, this is Sam from the energy company returning your call.
Customer: I got a bill for a meter I don't have.
Agent: Oh dear. Let me look. Yes, there's a second meter wrongly linked to your account.
Agent: I've asked the metering team to remove it, and your corrected bill will be emailed within three working days.
Customer: Good.
Agent: Have a nice day.`,
    labels: yes('commitment', 'collaboration'),
  },
  {
    id: 'holdout-en-9',
    text: `Technician: Attended for no hot water. Found the immersion heater fuse blown; replaced it and tested. Showed the customer how to reset the switch and asked whether she was happy with the work; she said yes.`,
    labels: yes('communication', 'satisfaction'),
  },
  {
    id: 'holdout-en-10',
    text: `Agent: Hello, customer care.
Customer: My parcel says delivered but I never got it.
Agent: Sorry to hear that. I'll open a claim with the courier and a colleague from our claims team will contact you tomorrow morning.
Customer: Fine.
Agent: Anything else?
Customer: No.`,
    labels: yes('commitment', 'collaboration', 'satisfaction'),
  },
];
