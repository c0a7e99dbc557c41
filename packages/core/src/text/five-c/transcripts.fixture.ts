import type { TFiveC } from './rules.ts';

/** A hand-labelled transcript: did the agent show each C (judged by a reader, not by the rules)? */
export type TLabelledTranscript = { id: string; text: string; labels: Record<TFiveC, boolean> };

const yes = (...cs: TFiveC[]): Record<TFiveC, boolean> => ({
  commitment: cs.includes('commitment'),
  communication: cs.includes('communication'),
  confirmation: cs.includes('confirmation'),
  collaboration: cs.includes('collaboration'),
  satisfaction: cs.includes('satisfaction'),
});

/**
 * Twenty short transcripts (telecom, property management, after-sales; Chinese and English) written for
 * the tests and labelled by hand against the 5C definitions. Some are written so that a keyword screen
 * misses or over-reads them; the measured agreement is what the docs report.
 */
export const LABELLED_TRANSCRIPTS: TLabelledTranscript[] = [
  {
    id: 'zh-broadband-1',
    text: `客服：您好，请问有什么可以帮您？
客户：我家宽带从昨天晚上开始就上不了网。
客服：您是说从昨晚开始宽带完全连不上，对吗？
客户：对，灯一直是红的。
客服：非常抱歉给您带来不便。这是因为您所在小区的光缆昨晚被施工挖断了，我已经给网络维护部门派单。
客服：维修师傅会在今天下午5点前上门处理。
客户：好的。
客服：请问还有其他问题需要我帮您吗？
客户：没有了，谢谢。`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration', 'satisfaction'),
  },
  {
    id: 'zh-broadband-2',
    text: `客服：你好。
客户：我的网速特别慢，看视频一直卡。
客服：那你重启一下路由器试试。
客户：重启过了，没用。
客服：那我们会尽快处理的。
客户：尽快是多快？
客服：这个说不好，等通知吧。`,
    labels: yes(),
  },
  {
    id: 'zh-property-repair-1',
    text: `管家：您好，这里是物业服务中心。
业主：我家卫生间漏水，楼下邻居都来敲门了。
管家：我确认一下，是您家卫生间地面往楼下渗水，是吗？
业主：是的。
管家：理解您着急。我马上联系工程部的同事，维修师傅半小时内到您家。
管家：漏水一般是防水层老化或者管道接口松了，师傅到了会先关阀门再检查。
业主：好，麻烦快点。
管家：师傅修好以后我再给您回个电话，看看您对处理结果满意吗。`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration', 'satisfaction'),
  },
  {
    id: 'zh-property-repair-2',
    text: `业主：电梯又坏了，这周第三次了。
管家：知道了，我们会处理。
业主：什么时候能修好？
管家：要看维保公司什么时候来。
业主：你们能不能催一下？
管家：我跟主管说一下。`,
    labels: yes('collaboration'),
  },
  {
    id: 'zh-appliance-1',
    text: `客服：您好，很高兴为您服务。
客户：我上个月买的洗衣机，脱水的时候响声特别大。
客服：您的意思是洗衣机在脱水时有很大的异响，对吧？
客户：没错。
客服：不好意思给您添麻烦了。可能是运输时固定螺栓没拆，需要先检查一下。
客服：我帮您预约了工程师，明天上午10点上门检测，费用全免。
客户：可以。
客服：好的，那今天就先这样，再见。`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration'),
  },
  {
    id: 'zh-appliance-2',
    text: `客户：空调不制冷了。
客服：型号多少？
客户：KFR-35GW。
客服：登记了，等通知。`,
    labels: yes(),
  },
  {
    id: 'zh-billing-1',
    text: `客服：您好，请问您需要办理什么业务？
客户：我这个月话费怎么多扣了三十块钱？
客服：跟您核实一下，您是说本月账单比平时多了三十元，对吗？
客户：对。
客服：我查到是因为您上个月订了一个视频会员包，自动续订产生的费用。
客户：我没订过啊。
客服：明白，我把情况转给计费部门核查，三个工作日内给您答复，如果确实不是您订的会全额退还。
客服：这样处理您看可以吗？
客户：行吧。`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration', 'satisfaction'),
  },
  {
    id: 'zh-billing-2',
    text: `客户：我想取消这个套餐。
客服：取消需要到营业厅办理。
客户：为什么不能电话办？
客服：规定就是这样。
客户：那好吧。
客服：还有别的问题吗？`,
    labels: yes('satisfaction'),
  },
  {
    id: 'zh-visit-note-1',
    text: `工程师：上门检查路由器，发现光猫电源适配器损坏，已更换。向客户解释了故障原因是电源老化。测试网速正常，客户确认可以上网，询问客户是否满意，客户表示满意。`,
    labels: yes('communication', 'satisfaction'),
  },
  {
    id: 'zh-hotline-1',
    text: `客服：您好，请讲。
客户：我昨天报修的热水器到现在还没人来。
客服：抱歉让您久等了。我查一下……工单已经派给了售后网点。
客服：我这边和网点的师傅一起协调一下，争取尽快上门。
客户：争取？到底什么时候？
客服：我一会儿再联系您。
客户：好吧。`,
    labels: yes('collaboration'),
  },
  {
    id: 'en-broadband-1',
    text: `Agent: Good morning, thanks for calling. How can I help?
Customer: My internet keeps dropping every few minutes since Monday.
Agent: Just to confirm, your connection drops every few minutes, and it started on Monday, is that right?
Customer: Yes, exactly.
Agent: I'm sorry about that. The reason is likely a faulty line card at the street cabinet; our network team is already working on that area.
Agent: I will call you back by 4 pm today with an update.
Customer: Okay.
Agent: Is there anything else I can help you with today?
Customer: No, that's all.`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration', 'satisfaction'),
  },
  {
    id: 'en-broadband-2',
    text: `Agent: Hi.
Customer: The wifi is really slow.
Agent: Did you restart the router?
Customer: Yes, twice.
Agent: OK. Someone will look into it.
Customer: When?
Agent: Soon.`,
    labels: yes(),
  },
  {
    id: 'en-property-1',
    text: `Agent: Building management, how can I help?
Customer: The heating in my flat has been off since last night.
Agent: So you're saying there is no heating at all in your flat since last night?
Customer: That's right.
Agent: I understand, that's really uncomfortable. I'll send our maintenance technician; he will be there within two hours.
Agent: The boiler in your block had a pressure fault, so he will first check the pressure and then restart it.
Customer: Thank you.
Agent: Once it's working I'll call to check you're happy with the repair.`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration', 'satisfaction'),
  },
  {
    id: 'en-property-2',
    text: `Customer: There's a leak in the car park again.
Agent: We know.
Customer: It's been three weeks.
Agent: The contractor is busy.
Customer: Can you chase them?
Agent: I'll see what I can do.`,
    labels: yes(),
  },
  {
    id: 'en-aftersales-1',
    text: `Agent: Thank you for contacting support. What seems to be the problem?
Customer: My new laptop won't charge.
Agent: Let me make sure I have this right: the laptop doesn't charge with the original charger, correct?
Customer: Correct.
Agent: Sorry for the trouble. First, please try a different socket; if that doesn't work, the charger is probably faulty.
Customer: Tried that already.
Agent: Then I'll send a replacement charger today by express, and it will arrive tomorrow.
Agent: Does that solve it for you, or is there anything else?
Customer: That works, thanks.`,
    labels: yes('commitment', 'communication', 'confirmation', 'satisfaction'),
  },
  {
    id: 'en-aftersales-2',
    text: `Agent: Hello, support.
Customer: My phone screen is flickering.
Agent: Is it still under warranty?
Customer: Yes.
Agent: Bring it to a store.
Customer: Which one?
Agent: Any store. Anything else?
Customer: No.`,
    labels: yes('satisfaction'),
  },
  {
    id: 'en-billing-1',
    text: `Agent: Hello, you're through to billing.
Customer: I was charged twice for my October bill.
Agent: If I understand correctly, the October payment was taken twice from your card?
Customer: Yes.
Agent: Thanks for flagging this. I've escalated it to our billing team and the duplicate will be refunded within five business days.
Agent: This happened because the payment retried after a timeout.
Customer: Okay, good.
Agent: Are you satisfied with that solution?
Customer: Yes.`,
    labels: yes('commitment', 'communication', 'confirmation', 'collaboration', 'satisfaction'),
  },
  {
    id: 'en-billing-2',
    text: `Customer: Why is my bill higher this month?
Agent: Prices went up.
Customer: Nobody told me.
Agent: It was on the website.
Customer: Fine.`,
    labels: yes(),
  },
  {
    id: 'en-visit-note-1',
    text: `Technician: Replaced the faulty thermostat. Explained to the customer that the old unit had a worn relay, which is why the boiler kept cycling. Will return on Friday to check the settings. Customer confirmed the heating works.`,
    labels: yes('commitment', 'communication'),
  },
  {
    id: 'en-chat-1',
    text: `Agent: Hi! Thanks for your message.
Customer: My order hasn't arrived and tracking hasn't moved for a week.
Agent: Sorry to hear that. I'm checking with our courier partner together with my colleague in logistics.
Customer: OK.
Agent: We'll get back to you as soon as we hear something.
Customer: Please do.`,
    labels: yes('collaboration'),
  },
];
