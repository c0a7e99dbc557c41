// Third Chinese development comments: 56, 7 per industry (3 negative, 3 positive, 1 neutral), written and
// labelled in one pass after look 7's Chinese cues were frozen, without reading any test comment, to
// measure how those cues read comments they were not written from. Nothing has been changed for them yet.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const ZH: Readonly<Record<string, string>> = {
  telecom: `
- 新办的卡三天了还是无服务
- 客服说帮我登记了，结果根本没有记录
- 合约到期自动续了一年，谁同意的
+ 师傅把路由器换了个位置，现在每个房间都有信号
+ 营业员帮我把用不到的业务都退订了
+ 携号转网一天就办完了，号码一直能用
0 我想查一下这个月的流量用了多少
`,
  'banking-insurance': `
- 提前还款要收违约金，办卡时没人提过
- 网银升级后一直登录不上
- 理赔员说等通知，等了三周也没通知
+ 柜员发现我填错了账号，及时帮我改了
+ 出险后保险公司半小时就派人到了现场
+ 经理把几种存款方式的利息都算给我看了
0 这张卡的年费是多少
`,
  property: `
- 车库漏水半年了，车顶都是水渍
- 楼下占用消防通道，物业视而不见
- 停电也不提前通知，冰箱里的东西全坏了
+ 管家把每次维修的进度都发在群里
+ 夜里水管漏了，值班师傅十几分钟就到了
+ 小区新装了充电桩，方便多了
0 下个月开始物业费改成线上缴纳
`,
  hotel: `
- 订的大床房，到了说只有双床
- 浴室下水道堵了，水漫到了房间
- 隔壁半夜装修，打了三次前台都没人管
+ 前台记得我上次住过，直接给了高楼层
+ 房间送了水果和手写的欢迎卡
+ 退房时忘了充电器，前台追出来送给我
0 需要加一张床，费用怎么算
`,
  'after-sales': `
- 电视换了主板还是黑屏
- 约好上午来，下午四点才打电话说来不了
- 配件要等一个月，期间只能用坏的
+ 师傅顺便帮我清洗了滤网，没收钱
+ 冰箱不制冷，第二天就换了新压缩机
+ 客服每隔两天就打电话告诉我维修进度
0 我的洗衣机还在保修期内吗
`,
  restaurant: `
- 点的微辣，端上来辣得根本吃不了
- 上错了两道菜，还要我们自己去前台说
- 外卖撒了一半，商家说是骑手的事
+ 孩子把饮料打翻了，服务员马上来收拾还送了一杯
+ 排队的时候送了小吃和茶水
+ 菜凉了跟服务员说了一声，马上拿去重新热了
0 明天中午十二点订一个六人桌
`,
  healthcare: `
- 挂了专家号，结果看病的是实习医生
- 化验单打错了名字，又跑了一趟
- 护士站没人，按了半天呼叫铃
+ 医生把手术的风险一条条讲给我们听
+ 护士每隔一小时就来看一次
+ 出院后医院还打电话回访，问恢复情况
0 请问核酸报告在哪里打印
`,
  retail: `
- 买的时候说七天无理由，拆了包装就不给退
- 到货的沙发颜色和样品差很多
- 收银员多扫了一件商品，差点没发现
+ 店员帮我把几个型号对比了一遍，选到了合适的
+ 买回去尺码不对，第二天就给换了
+ 网上下单，当天晚上就送到了
0 这个型号下周还有货吗
`,
};

export const DEVELOPMENT_3_COMMENTS_ZH: readonly TLabelledComment[] = Object.entries(ZH).flatMap(
  ([industry, block]) => parseLabelledComments(industry, block),
);
