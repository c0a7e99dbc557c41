// Second development comments: 200 English and 104 Chinese, 25 (English) and 13 (Chinese) per industry,
// written and labelled together, before any rule was changed for them and without reading any comment of
// the test set (comments-*.fixture.ts), whose individual misses were never read. Aimed at what the first
// development comments showed weak: complaints and praise with no sentiment word, statements of fact and
// requests, negation, contrast, litotes, resolution and sarcasm in the product's eight industries. Tuned on,
// like development.fixture.ts; the test set is only scored. Same marks as the test set.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const EN: Readonly<Record<string, string>> = {
  telecom: `
- I've called four times about the same outage and each time I'm told it's being looked at.
- The engineer was supposed to come between 8 and 12, he turned up at 4.
- My bill doubled this month and nobody can tell me why.
- Internet drops every evening around seven, has done for two weeks.
- Great, my contract renewed itself without asking me.
- Switched plans in the shop and lost my number for three days.
- They promised a callback within the hour. That was yesterday.
- The chat agent kept pasting the same script instead of reading my question.
- Not once has the speed come close to what I'm paying for.
- Cancelling took five calls and a letter.
+ The technician found the loose cable in minutes and the line has been perfect since.
+ Signal at home is finally strong enough for video calls.
+ The agent noticed I was on the wrong tariff and moved me to a cheaper one.
+ No dropouts since the new router went in.
+ Ported my number over in one afternoon with no hassle.
+ She stayed on the line until the phone was working again.
+ Honestly can't fault the support this time.
+ The roaming add-on was set up before I reached the airport.
+ Not the cheapest plan, but the coverage is worth every penny.
+ The outage was fixed overnight and they credited the day.
0 How do I transfer my plan to my daughter?
0 I'd like to change the billing date to the 15th.
0 The router is a model TP-4200, bought last year.
0 Please send me the contract terms by email.
0 What time does the shop on High Street open on Sundays?
`,
  'banking-insurance': `
- The claim has been "under review" for seven weeks.
- My card was blocked abroad and the hotline was closed.
- Paid the premium twice and the refund still hasn't appeared.
- Every time I call I have to repeat my whole story from scratch.
- They approved the loan, then changed the rate at signing.
- Lovely, another letter asking for documents I sent in March.
- The app logs me out every time I switch screens.
- Branch closed at 3 and the queue was turned away.
- The adjuster never looked at the damage, just the photos, and offered half.
- Nobody told me the account had a monthly fee until it went overdrawn.
+ The claim was paid within a week of the accident, no fuss.
+ My advisor explained every clause of the policy before I signed.
+ Reported the fraud at midnight and had a new card two days later.
+ The fee was refunded without me even asking twice.
+ Opening the account took ten minutes on the app.
+ I was nervous about the mortgage but the adviser walked me through everything.
+ They sorted the duplicate payment in one call.
+ Not a single problem with the transfer, the money arrived the same day.
+ The assessor came out the next morning and was very fair.
+ Clear answers, no jargon, no pressure to buy anything.
0 Can I add my spouse to the travel policy?
0 I need a statement for the last six months.
0 My policy number is ending 4471.
0 Is the branch on Park Road still doing cash deposits?
0 I'm moving house next month and need to update my address.
`,
  property: `
- The lift has been out of order for nine days.
- We pay a service charge and the bins overflow every weekend.
- I reported the leak in the ceiling three times before anyone looked.
- The car park gate is broken again and security just shrugs.
- The management office never answers the phone after lunch.
- Workers started drilling at 7 am on a Sunday.
- The corridor lights have been flickering since autumn.
- Oh wonderful, the water's off again with no notice.
- They painted over the damp instead of fixing it.
- Parcels keep disappearing from the lobby and nothing is done.
+ The caretaker had the blocked drain cleared within the hour.
+ The gardens have never looked better.
+ They replaced the broken intercom the same week I reported it.
+ Security helped me carry my shopping up when the lift was down.
+ The new manager actually replies to emails, and quickly.
+ The plumber cleaned up after himself and left no mess.
+ The heating came back on before the cold snap, good planning.
+ Rent increase was explained clearly and kept small.
+ Hallways are cleaned every day and it shows.
+ Not bad at all for the price, repairs get done.
0 When is the next residents' meeting?
0 The visitor parking permits are in the office.
0 Please book the maintenance check for flat 12B.
0 Who do I contact about a new key fob?
0 The water will be off on Tuesday between 10 and 2 for the tank cleaning.
`,
  hotel: `
- The room smelled of smoke although we booked non-smoking.
- Checked in at 3, the room wasn't ready until 6.
- Breakfast ran out of eggs by 8 o'clock.
- The air conditioning rattled all night and nobody came to look at it.
- We were charged for the minibar we never opened.
- The shower was lukewarm at best.
- Paper-thin walls, we heard every word next door.
- Housekeeping skipped our room two days running.
- Great stay if you like waking up to a building site outside.
- The "sea view" was a car park with a glimpse of water.
+ The staff remembered our names from the first day.
+ They upgraded us without being asked because it was our anniversary.
+ Spotless room and a really comfortable bed.
+ Late checkout was no problem at all.
+ The concierge booked us a table at a place we'd never have found.
+ We left a charger behind and they posted it home the next day.
+ Quiet room, even though it faced the street.
+ Breakfast was fresh and plentiful.
+ The night porter made us tea when we arrived after midnight.
+ Couldn't have asked for a better location.
0 Do you have a shuttle from the station?
0 We'll arrive around 10 pm, is that okay?
0 Booking reference 88123, two nights from Friday.
0 Is parking included in the room rate?
0 I'd like a room on a higher floor if possible.
`,
  'after-sales': `
- The washing machine broke again a week after the repair.
- The engineer came without the part and had to book another visit.
- Three weeks waiting for a replacement screen.
- They said the warranty doesn't cover it because of "misuse", which is nonsense.
- The fridge still isn't cooling after two visits.
- He left oil stains all over the kitchen floor.
- The helpline hangs up after twenty minutes in the queue.
- Fixed, they said. It stopped working the next morning.
- Brilliant, a 4 hour appointment window and then a no-show.
- They charged a call-out fee for a fault that was theirs.
+ The engineer fixed the dishwasher on the first visit.
+ Replacement arrived the next day and they collected the faulty one.
+ He explained what had gone wrong and how to avoid it.
+ Boiler is running perfectly since the service.
+ They honoured the warranty even though it had just expired.
+ Booked online at 9, technician here by 2.
+ The laptop came back from repair like new.
+ No more leaks since they replaced the seal.
+ The technician wore shoe covers and tidied up afterwards.
+ Quick diagnosis, fair price, job done.
0 What's the warranty period on the dryer?
0 The serial number is on the back panel.
0 I've been asked to bring the receipt to the service centre.
0 Can the technician come on Saturday?
0 The model is a 2021 front loader.
`,
  restaurant: `
- Waited forty minutes for two pizzas.
- The steak was ordered medium and came out grey.
- They forgot half the order and charged for all of it.
- Our waiter vanished after taking the order.
- Soup came cold and the bread was stale.
- Found a hair in the salad, the manager just shrugged.
- The delivery arrived an hour late and soggy.
- Fantastic, the table we booked was given away.
- Tiny portions for what they charge.
- The music was so loud we couldn't talk.
+ Food came out quickly and piping hot.
+ The waiter recommended a wine that was perfect with the fish.
+ They made a special dish for my son's allergy without any fuss.
+ Every plate was cleaned, we'll definitely be back.
+ Best curry I've had in years.
+ The delivery driver called ahead and it arrived right on time.
+ They noticed the dessert was late and took it off the bill.
+ Generous portions and friendly staff.
+ Not a single complaint from our group of twelve.
+ The kitchen stayed open for us even though we were late.
0 Do you have vegan options?
0 Table for four at 7.30 please.
0 Is there a corkage fee?
0 We ordered the set menu and two extra sides.
0 Can I pick up the order instead of delivery?
`,
  healthcare: `
- Two hours past my appointment time and still in the waiting room.
- The receptionist talked over me and didn't listen.
- The results were lost and I had to repeat the blood test.
- No one explained what the medication was for.
- The ward was short-staffed and call bells went unanswered.
- Appointment cancelled by text the night before, next slot in six weeks.
- The doctor barely looked up from the screen.
- They billed my insurance for a procedure I didn't have.
- Sure, very caring, left me in a gown in the corridor for an hour.
- Parking at the clinic is impossible and costs a fortune.
+ The nurse was gentle and talked me through every step.
+ Seen within fifteen minutes of arriving.
+ The doctor took time to answer all my questions.
+ Results came back the next day with a clear explanation.
+ The physio exercises have made a real difference to my back.
+ The surgeon called personally after the operation to check on me.
+ Pain-free injection, I didn't even feel it.
+ My prescription was ready when I got to the pharmacy.
+ They squeezed me in on the same day when my son had a fever.
+ Not a long wait at all and very clear advice.
0 Do I need to fast before the blood test?
0 My appointment is at 10.40 with Dr Patel.
0 Can I get a copy of my vaccination record?
0 I'm calling to reschedule next week's check-up.
0 The clinic moved to the second floor last month.
`,
  retail: `
- The jacket's zip broke on the second wear.
- Ordered a blue one and received grey.
- The refund took a month and three emails.
- Staff were chatting and ignored the queue.
- Website said in stock, store said it hadn't been for weeks.
- The box was crushed and the vase inside was in pieces.
- Perfect, they sent the same wrong size twice.
- Click and collect wasn't ready when the text said it was.
- Nobody on the shop floor could tell me where anything was.
- The price on the shelf wasn't the price at the till.
+ The assistant found my size in the stockroom and held it for me.
+ Exchange done in two minutes, no receipt needed.
+ Delivered a day earlier than promised.
+ The shoes fit perfectly and are really comfortable.
+ Packaging was neat and everything arrived intact.
+ The cashier noticed I'd been overcharged and fixed it.
+ Great value and the quality is better than I expected.
+ The staff helped me pick a gift and even wrapped it.
+ Returns were painless, money back in two days.
+ Not cheap, but it has lasted for years.
0 Do you price match other stores?
0 Is this available in a larger size?
0 I'm returning the kettle ordered on the 3rd.
0 The store closes at 8 on weekdays.
0 Please let me know when the grey one is back in stock.
`,
};

const ZH: Readonly<Record<string, string>> = {
  telecom: `
- 宽带每天晚上都卡，看个视频都转圈
- 套餐被莫名其妙改了，问了三个客服都说不清楚
- 说好两小时内回电话，到现在也没人打过来
- 真棒，又被扣了十块钱的增值业务费
- 营业厅只开了一个窗口，排了一个小时
+ 装维师傅准时上门，半小时就装好了
+ 客服主动帮我换了更便宜的套餐
+ 信号一直很稳定，从来没掉过线
+ 故障报修当天就恢复了，还给补偿了流量
+ 虽然排了会儿队，但是业务员办得很仔细
0 请问副卡怎么办理？
0 我想把宽带移机到新家
0 这个月话费是八十九元
`,
  'banking-insurance': `
- 理赔材料补了又补，拖了两个月还没结案
- 信用卡年费说免就免，结果还是扣了
- 柜台人员一直在推销理财，正事不办
- 车险出险后定损员两天都没来
- 转账显示成功，钱却一直没到账
+ 理赔款三天就到账了，流程很简单
+ 大堂经理很热情，帮我在手机上开通了网银
+ 保单条款讲得明明白白，没有隐藏费用
+ 卡被盗刷后银行很快就把钱追回来了
+ 办房贷挺顺利的，没出什么问题
0 请问网点周六营业吗
0 我想查询一下保单的缴费记录
0 需要带身份证原件吗？
`,
  property: `
- 楼道的灯坏了一个月没人修
- 物业费年年涨，服务一点没变
- 小区门禁形同虚设，谁都能进
- 投诉楼上噪音，物业说管不了
- 垃圾站臭气熏天，夏天根本没法开窗
+ 水管爆了，物业十分钟就赶到了
+ 保安大叔帮我把快递搬上楼，很贴心
+ 绿化修剪得很整齐，小区环境越来越好
+ 报修的门锁当天就换好了，一点不拖
+ 管家每次都及时回复消息
0 下周三停水检修
0 请问车位月租怎么续费
0 装修需要提前去物业登记吗
`,
  hotel: `
- 房间隔音太差，隔壁说话听得一清二楚
- 床单上有污渍，换了一次还是不干净
- 热水时有时无，洗个澡忽冷忽热
- 入住等了四十分钟，前台只有一个人
- 照片上的海景房，实际只能看到一角
+ 前台小姐姐帮我免费升级了房型
+ 早餐种类丰富，味道也不错
+ 房间打扫得一尘不染，枕头也软硬合适
+ 行李落在房间，酒店第二天就帮我寄回来了
+ 挑不出毛病，下次出差还住这里
0 可以帮我叫一辆明早六点的车吗
0 请问含早餐吗？
0 我们大概晚上十点到
`,
  'after-sales': `
- 洗衣机修完没几天又漏水了
- 师傅上门没带配件，白跑一趟
- 保修期内还要收上门费，说不过去
- 寄修一个月了，进度查不到
- 说是换新，结果寄来的是翻新机
+ 师傅检查得很仔细，一次就修好了
+ 空调加氟后制冷效果恢复正常了
+ 售后态度很好，主动延长了保修
+ 换货很快，第二天新机器就到了
+ 修完还帮我把地拖干净了
0 请问保修卡丢了还能保修吗
0 机器型号是KFR-35GW
0 师傅约的是明天下午两点
`,
  restaurant: `
- 等了五十分钟菜还没上齐
- 菜太咸了，根本吃不下去
- 外卖少送了一份米饭，商家也不回复
- 服务员态度很冲，加个水都不耐烦
- 牛肉分量少得可怜，价格还不便宜
+ 菜上得很快，味道也很地道
+ 服务员看到孩子在，主动拿了宝宝椅
+ 外卖送得比预计还早，饭菜都是热的
+ 老板送了我们一份甜品，很暖心
+ 分量足，价格实惠，会再来的
0 请问有包间吗
0 外卖麻烦放在门口
0 我们一共六个人，七点到
`,
  healthcare: `
- 挂号排了两个小时，看病五分钟
- 护士扎了三次针才扎进去
- 检查结果丢了，只能重新抽血
- 医生全程看电脑，问什么都不耐烦
- 收费处算错钱，退费又要排队
+ 医生讲得很清楚，还写了注意事项
+ 抽血的护士手法很好，一下就抽完了
+ 预约很方便，到了直接就看上了
+ 手术很成功，恢复得也快
+ 药房拿药很快，没怎么等
0 请问周末有专家门诊吗
0 明天上午九点复诊
0 体检报告什么时候能出来？
`,
  retail: `
- 衣服洗了一次就缩水了
- 买的是新款，收到的却是旧款
- 退货审核了两个星期还没退款
- 店员在聊天，叫了半天没人理
- 标价和结账时的价格不一样
+ 店员很耐心，帮我试了好几个尺码
+ 质量很好，穿了一年还跟新的一样
+ 退换货很方便，当天就退款了
+ 包装很用心，东西完好无损
+ 不贵，质量也不差
0 请问这款有黑色的吗
0 我要退一件上周买的外套
0 会员积分可以抵现吗
`,
};

const parseAll = (blocks: Readonly<Record<string, string>>): TLabelledComment[] =>
  Object.entries(blocks).flatMap(([industry, block]) => parseLabelledComments(industry, block));

export const DEVELOPMENT_2_COMMENTS_EN: readonly TLabelledComment[] = parseAll(EN);
export const DEVELOPMENT_2_COMMENTS_ZH: readonly TLabelledComment[] = parseAll(ZH);
