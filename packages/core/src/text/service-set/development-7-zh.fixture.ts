// Seventh Chinese development comments: 56, 7 per industry (3 negative, 3 positive, 1 neutral), written and
// labelled in one pass after look 13, before anything was changed for them and without reading any test
// comment, to measure fairly a Chinese model that trains on the first six development sets.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const ZH: Readonly<Record<string, string>> = {
  telecom: `
- 套餐里的流量明明还剩一半，却提示我已经用完了
- 装宽带约了三次，师傅每次都临时改时间
- 国际漫游开了也用不了，在机场干着急
+ 换号的时候营业员把所有绑定的账号都帮我列了出来
+ 家里信号弱，第二天就派人来装了放大器
+ 话费多扣的二十块，打一个电话就退回来了
0 想把副卡的流量共享给主卡
`,
  'banking-insurance': `
- 信用卡年费说好免的，这个月又扣了
- 车险出险三个星期了，定损员还没来
- 柜台只开一个窗口，前面二十多个人
+ 卡被盗刷，银行当天就冻结了并且垫付了损失
+ 理财经理把每个产品的风险讲得清清楚楚，没有硬推
+ 住院的理赔材料交上去，五天就到账了
0 请问境外取现的手续费怎么算
`,
  property: `
- 地下车库的灯坏了半个月，晚上黑漆漆的
- 投诉楼上漏水，物业只说让我们自己协商
- 快递柜被占满了，物业一直不处理
+ 暴雨那天保安连夜在车库口堆了沙袋
+ 门禁卡丢了，管家半小时就给我补了一张新的
+ 小区绿化修剪得整整齐齐，看着就舒服
0 下个月的物业费可以用支付宝交吗
`,
  hotel: `
- 隔壁房间吵到凌晨两点，前台打了三次电话也没人管
- 浴室的下水道堵了，洗完澡一地水
- 订的是大床房，到了却说只剩双床
+ 知道我们是来度蜜月的，房间里还放了花和蛋糕
+ 退房时把落下的充电器追到停车场还给我
+ 早餐品种多，每样都很新鲜
0 酒店离地铁站步行要多久
`,
  'after-sales': `
- 冰箱修了两次，还是不制冷，现在又让我等配件
- 师傅上门把地板划了一道，也不认账
- 电话里说保修期内免费，来了却要收检测费
+ 洗衣机异响，师傅一来就找到了原因，换了个零件就安静了
+ 配件没货，他们直接给我换了一台新的
+ 修完还教我怎么清理滤网，以后自己就能弄
0 空调移机要提前几天预约
`,
  restaurant: `
- 菜上齐已经是一个小时以后了，汤都凉了
- 鱼不新鲜，吃到一半闻到一股腥味
- 订好的包间被别人占了，让我们坐大厅
+ 孩子把饮料打翻了，服务员马上来收拾还送了一杯新的
+ 分量足，价格也实在，下次还来
+ 我说不吃辣，厨房每道菜都单独做了
0 周六晚上还有六个人的位子吗
`,
  healthcare: `
- 挂了号等了三个小时，医生看了不到两分钟
- 化验单拿错了别人的，差点开错药
- 护士扎了三次才扎进去，一点都不道歉
+ 医生把片子一张张指给我看，讲得很明白
+ 夜里按铃，护士一分钟就到了
+ 复诊不用再排队，手机上就能预约
0 体检报告什么时候能出来
`,
  retail: `
- 衣服洗了一次就缩水了，店里说不能退
- 网上显示有货，跑过去说卖完了
- 收银员找错钱，还说是我自己数错了
+ 尺码不合适，店员主动帮我调了货，第二天就到
+ 买的榴莲不好，拍个照片就给我全额退款了
+ 会员积分直接抵了五十块，结账很方便
0 这款鞋有没有三十九码
`,
};

export const DEVELOPMENT_7_COMMENTS_ZH: readonly TLabelledComment[] = Object.entries(ZH).flatMap(
  ([industry, block]) => parseLabelledComments(industry, block),
);
