import type { TStageKind } from '../../domain/journey.ts';
import { ZThemeDictionary, type TThemeDictionary, type TThemeInput } from './schema.ts';

/** Builds one theme from space-separated synonym lists (keeps the table below readable). */
function theme(
  key: string,
  names: [zh: string, en: string],
  zh: string,
  en: string,
  stageKinds: TStageKind[],
  touchpointHints: string[],
): TThemeInput {
  const words = (s: string): string[] => s.split(' ').map((w) => w.replaceAll('_', ' '));
  return {
    key,
    names: { 'zh-CN': names[0], en: names[1] },
    synonyms: { zh: words(zh), en: words(en) },
    stageKinds,
    touchpointHints,
  };
}

/**
 * The default theme dictionary: themes of service comments across industries, with Chinese and English
 * words (an English phrase is written with `_` for spaces here). A journey pack extends or overrides it
 * with `extendThemeDictionary` and maps themes to its own touchpoints.
 */
export const DEFAULT_THEME_DICTIONARY: TThemeDictionary = ZThemeDictionary.parse({
  key: 'default',
  themes: [
    theme(
      'waiting',
      ['等待与及时性', 'Waiting and timeliness'],
      '等待 等了 等候 排队 才到 才来 才送到 迟到 晚到 来晚 准时 按时 及时 守时 慢 太慢 很慢 很快 速度 效率 半天 好久 很久 拖延 拖了 延误 超时 响应 上门时间 预约时间 小时 分钟 还要等 要等 没人过来 叫了几次',
      'wait waited waiting queue late delay delayed on_time punctual slow quick quickly fast prompt promptly took_forever hours minutes response_time understaffed short_staffed one_cashier',
      ['delivery', 'problem_handling'],
      ['arrival', 'visit', 'wait', 'queue', 'hotline', 'dispatch', 'delivery'],
    ),
    theme(
      'attitude',
      ['服务态度', 'Attitude'],
      '态度 服务态度 热情 耐心 不耐烦 礼貌 客气 冷漠 敷衍 脸色 凶 骂人 微笑 友好 亲切 傲慢 爱理不理 周到 贴心 冷淡 冷冰冰 不理人 没人理',
      'attitude rude rudely polite friendly courteous impatient patient respectful dismissive arrogant smile kind helpful unhelpful lovely caring warm welcoming',
      [],
      ['visit', 'hotline', 'store', 'counter', 'call'],
    ),
    theme(
      'professionalism',
      ['专业能力', 'Professionalism'],
      '专业 不专业 技术 经验 熟练 水平 外行 懂行 手艺 业务 技能 靠谱 不靠谱 仔细 认真 细心 马虎 粗心 一看就知道 一眼就看出 利索 麻利 手法 不熟练 熟悉',
      'professional unprofessional skilled knowledgeable expert competent incompetent experienced trained careful careless thorough sloppy clueless knew_his_job knew_what knows_what knew_exactly knew_what_he_was_doing knew_what_she_was_doing knows_his_stuff',
      ['delivery', 'problem_handling'],
      ['visit', 'repair', 'install', 'diagnosis', 'consult'],
    ),
    theme(
      'price',
      ['价格与收费', 'Price and charges'],
      '价格 收费 费用 价钱 贵 便宜 乱收费 多收 多扣 额外 性价比 账单 扣费 话费 套餐 退款 退费 实惠 划算 检测费 上门费 服务费 材料费 维修费 手续费 押金 坑钱',
      'price prices charge charged charges fee fees cost costs expensive cheap bill billing overcharged refund invoice value_for_money affordable paid payment pricey rip-off ripoff',
      ['pre_contact', 'follow_up'],
      ['bill', 'billing', 'payment', 'quote', 'checkout', 'refund'],
    ),
    theme(
      'resolution',
      ['问题解决', 'Quality of the fix'],
      '解决 修好 修复 搞定 没修好 又坏 复发 彻底 问题依旧 还是不行 没解决 处理好 处理结果 故障 好用了 恢复 又出现 反复 还是坏 根本没修 不制冷 没两天又 又不',
      'fixed fix resolved resolve solved solve sorted repaired broke_again still_broken not_fixed unresolved works_now working_again came_back happened_again keeps_happening recurring',
      ['problem_handling', 'follow_up'],
      ['repair', 'resolution', 'fix', 'complaint', 'claim', 'callback'],
    ),
    theme(
      'communication',
      ['沟通与告知', 'Communication'],
      '沟通 解释 说明 告知 通知 联系 回电 回复 答复 说清楚 听不懂 推诿 踢皮球 打电话 没人接 回访 打不通 接通 客服电话 没说 告诉 提前告知 讲得 讲清楚 讲解 进度',
      'communication communicate explain explained informed inform notify notified call_back called callback reply replied update updates told kept_me_informed answer answered contact contacted email emailed texted message runaround',
      ['pre_contact', 'problem_handling', 'follow_up'],
      ['hotline', 'call', 'callback', 'chat', 'notification', 'sms'],
    ),
    theme(
      'cleanliness',
      ['清洁卫生', 'Cleanliness'],
      '干净 卫生 清洁 脏 垃圾 收拾 整洁 鞋套 清理 打扫 灰尘 异物 头发 保洁 霉味 异味 臭',
      'clean cleaned cleanliness dirty mess messy tidy filthy hygiene spotless dust smell smelly musty',
      ['delivery'],
      ['visit', 'room', 'store', 'install', 'repair'],
    ),
    theme(
      'quality',
      ['产品质量', 'Product quality'],
      '质量 品质 做工 味道 好吃 难吃 口感 新鲜 正品 假货 破损 材质 分量 份量 量少 咸 淡 凉了 饭菜 菜品 碎了 热的',
      'quality taste tasty tasteless fresh stale damaged defective material portion cold food meal delicious soaked',
      ['delivery'],
      ['product', 'meal', 'order', 'delivery', 'device'],
    ),
    theme(
      'delivery',
      ['配送与物流', 'Delivery and logistics'],
      '配送 送餐 快递 物流 送货 骑手 小哥 外卖员 包装 送到 送达 洒了 撒了',
      'delivery delivered courier driver shipping shipped package packaging parcel spilled order box',
      ['delivery'],
      ['delivery', 'shipping', 'dispatch', 'order'],
    ),
    theme(
      'environment',
      ['环境与设施', 'Environment and facilities'],
      '环境 装修 噪音 吵 安静 设施 设备 停车 座位 空调 宽敞 大堂 拥挤',
      'environment noise noisy quiet facility facilities parking seats atmosphere crowded spacious cramped',
      ['delivery'],
      ['store', 'branch', 'room', 'lobby', 'hall'],
    ),
    theme(
      'network',
      ['网络与信号', 'Network and signal'],
      '信号 网速 断网 掉线 网络 宽带 上网 卡顿 没网',
      'signal network connection internet broadband wifi dropped outage coverage lag',
      ['delivery', 'problem_handling'],
      ['broadband', 'network', 'install', 'repair', 'line'],
    ),
  ],
});
