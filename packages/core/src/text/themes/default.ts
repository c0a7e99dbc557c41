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
  weak: [zh: string, en: string] = ['', ''],
): TThemeInput {
  const words = (s: string): string[] => (s === '' ? [] : s.split(' ').map((w) => w.replaceAll('_', ' ')));
  return {
    key,
    names: { 'zh-CN': names[0], en: names[1] },
    synonyms: { zh: words(zh), en: words(en) },
    weakSynonyms: { zh: words(weak[0]), en: words(weak[1]) },
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
      '等待 等了 等候 排队 才到 才来 才送到 迟到 晚到 来晚 准时 按时 守时 拖延 拖了 延误 超时 响应 上门时间 预约时间 还要等 要等 让我等 没人过来 叫了几次 排了 排号 叫号 等号 等位 等餐 久等 迟迟 磨蹭 拖拖拉拉 慢吞吞 耽误 耽搁 还没来 一直没来 还没到 没来 不用等 预约 约的 约好 点到 没人来 天了 个月了 周了 星期了 年了 菜上得 上菜 只有一个人 人手不够 缺人 排长队 长队 催了 催单 还没出来 迟迟没 才拿到 才办好 一拖再拖 神速 立马 准点 早到 提前到 专家号 挂号 号源 挂不上 只开了 队排 排到',
      'wait waited waiting queue delay delayed on_time punctual took_forever response_time understaffed short_staffed one_cashier waits queued queues long_line lateness delays on_hold kept_waiting kept_me_waiting no-show never_showed showed_up turned_up arrived arrival appointment overdue still_waiting backlog within_the_hour next_morning staffed in_no_time took_ages wait_time waiting_time chased chasing hours_later within',
      ['delivery', 'problem_handling'],
      ['arrival', 'visit', 'wait', 'queue', 'hotline', 'dispatch', 'delivery'],
      [
        '慢 太慢 很慢 很快 速度 效率 半天 好久 很久 小时 分钟 及时 迅速 马上 立刻 立即 第一时间 当天 没多久 一会儿 钟头 提前',
        'late slow quick quickly fast prompt promptly hours minutes slowly speedy swift swiftly immediately right_away straight_away instantly ages forever same_day days weeks months',
      ],
    ),
    theme(
      'attitude',
      ['服务态度', 'Attitude'],
      '态度 服务态度 热情 耐心 不耐烦 礼貌 客气 冷漠 敷衍 脸色 凶 骂人 微笑 友好 亲切 傲慢 爱理不理 周到 贴心 冷淡 冷冰冰 不理人 没人理 温柔 和气 和蔼 热心 体贴 暖心 笑脸 笑容 有礼貌 没礼貌 态度好 态度差 摆脸 甩脸 白眼 爱答不理 爱搭不理 恶劣 嫌弃 凶巴巴 吼 训人 嘲笑 看不起 冷脸 冷言冷语 不客气 蛮横 语气 口气 好说话 尊重 客客气气 不承认 死不承认 狡辩 甩锅 打发 主动 推销 硬推 强推 道歉 赔礼 加水 倒水 照顾 关心 关照 体谅 服务意识 冷眼 翻白眼 嫌麻烦 怼 吵架 说话冲 口气冲 语气冲 记得 特意 聊天',
      'attitude rude rudely polite friendly courteous impatient patient respectful dismissive arrogant smile kind helpful unhelpful lovely caring warm welcoming disrespectful condescending patronising patronizing smiled smiling cheerful pleasant attentive grumpy hostile abrupt curt snappy shouted yelled sarcastic indifferent manner manners gentle empathetic sympathetic understanding courtesy talked_down short_with apologised apologized apology apologetic pushy hard_sell upsell upselling shrugged thoughtful considerate accommodating out_of_their_way above_and_beyond extra_mile welcomed greeted hospitality remembered',
      [],
      ['visit', 'hotline', 'store', 'counter', 'call'],
    ),
    theme(
      'professionalism',
      ['专业能力', 'Professionalism'],
      '专业 不专业 技术 经验 熟练 水平 外行 懂行 手艺 业务 技能 靠谱 不靠谱 仔细 认真 细心 马虎 粗心 一看就知道 一眼就看出 利索 麻利 手法 不熟练 熟悉 内行 专家 资深 老练 娴熟 规范 操作 诊断 判断 找到原因 找出原因 不懂 一问三不知 新手 实习 负责 尽责 用心 敬业 不负责 医术 技师 手脚麻利 打针 扎针 抽血 端错 上错 弄错 搞错 出错 手很轻 手轻 轻柔 一步一步 调试 经验丰富 老手 新来的 不懂行 业务不熟',
      'professional unprofessional skilled knowledgeable expert competent incompetent experienced trained careful careless thorough sloppy clueless knew_his_job knew_what knows_what knew_exactly knew_what_he_was_doing knew_what_she_was_doing knows_his_stuff expertise inexperienced untrained meticulous diligent workmanship craftsmanship diagnosed diagnosis know-how capable qualified amateur amateurish thoroughly knew_the_products product_knowledge configured neatly set_it_up',
      ['delivery', 'problem_handling'],
      ['visit', 'repair', 'install', 'diagnosis', 'consult'],
    ),
    theme(
      'price',
      ['价格与收费', 'Price and charges'],
      '价格 收费 费用 价钱 贵 便宜 乱收费 多收 多扣 额外 性价比 账单 扣费 话费 套餐 退款 退费 实惠 划算 检测费 上门费 服务费 材料费 维修费 手续费 押金 坑钱 钱 块钱 百块 元 多出 多花 多付 收了 报价 价位 涨价 太贵 优惠 折扣 打折 免费 不收费 明码标价 不透明 隐形消费 乱扣 扣钱 扣了 返现 利息 利率 年费 月租 资费 保费 物业费 房费 退钱 差价 结账 买单 续费 自动续 扣款 省钱 省了 加价 溢价 免单 会员价 优惠券 满减',
      'price prices charge charged charges fee fees cost costs expensive cheap bill billing overcharged refund invoice value_for_money affordable paid payment pricey rip-off ripoff pricing cheaper billed refunded quote quoted quotation extra_charges hidden_charges hidden_fees discount bargain money interest_rate premium premiums deposit surcharge tariff subscription overpriced reasonable renewal auto-renewed direct_debit discounted voucher coupon cashback free_of_charge cheapest pricier pounds dollars quid bucks euros value good_value',
      ['pre_contact', 'follow_up'],
      ['bill', 'billing', 'payment', 'quote', 'checkout', 'refund'],
    ),
    theme(
      'resolution',
      ['问题解决', 'Quality of the fix'],
      '解决 修好 修复 搞定 没修好 又坏 复发 彻底 问题依旧 还是不行 没解决 处理好 处理结果 故障 好用了 恢复 又出现 反复 还是坏 根本没修 不制冷 没两天又 又不 修了 修不好 没修 修理 返修 再修 漏水 不漏了 治好 处理了 处理完 办好 办妥 办完 搞好 弄好 没结果 赔付 换了新 换新 更换 退换 换货 老毛病 毛病 坏了 用不了 不能用 正常了 管用 没效果 一次到位 排查 查清楚 查明 没人处理 退货 老是坏 修了好几回 修了几次 还是停 不出水 漏电 跳闸 死机 黑屏 开不了机 返厂 寄修 当场换 调换 弄好了 治标不治本 不凉',
      'fixed fix resolved resolve solved solve sorted repaired broke_again still_broken not_fixed unresolved works_now working_again came_back happened_again keeps_happening recurring fixing sorted_out broke broken leak leaking leaks stopped_working outcome replaced replacement solution handled dealt_with first_visit swapped swap exchanged on_the_spot sorted_it vanished went_missing glitch crashed crash keeps_crashing logged_me_out not_working working_fine works_perfectly broken_down been_off been_out claim claims',
      ['problem_handling', 'follow_up'],
      ['repair', 'resolution', 'fix', 'complaint', 'claim', 'callback'],
      ['理赔', ''],
    ),
    theme(
      'communication',
      ['沟通与告知', 'Communication'],
      '沟通 解释 说明 告知 通知 联系 回电 回复 答复 说清楚 听不懂 推诿 踢皮球 没人接 回访 打不通 客服电话 没说 告诉 提前告知 讲得 讲清楚 讲解 进度 推来推去 推脱 推卸 扯皮 不回 没回复 没回音 没消息 没动静 石沉大海 来电 短信 微信 留言 反馈 跟进 提醒 说一声 没告诉 交代 说不清 答非所问 解答 回答 咨询 转接 人工 热线 说明白 消息 教我 没下文 下文 说明了 拿给我看 演示 指导 介绍 标识 指示牌 公告 回个电话 联系不上 找不到人 转来转去 兑现 说会 打电话',
      'communication communicate explain explained informed inform notify notified call_back called callback reply replied update updates told kept_me_informed answer answered contact contacted email emailed texted message runaround explanation phoned replies updated answers emails text messages voicemail heard_back hear_back letter chat ignored confusing jargon transferred passed_around put_through labels signage signposted rang_me_back rang_back called_back phoned_back got_back_to_me follow_up followed_up kept_us_posted in_the_loop let_us_know let_me_know helpline hotline call_centre call_center instructions misinformed misleading mixed_messages cutting_off cut_off hung_up went_dead made_no_sense mentioned mention show_me showed_me diagram',
      ['pre_contact', 'problem_handling', 'follow_up'],
      ['hotline', 'call', 'callback', 'chat', 'notification', 'sms'],
      ['接通 电话', 'phone tell support calls'],
    ),
    theme(
      'cleanliness',
      ['清洁卫生', 'Cleanliness'],
      '干净 卫生 清洁 脏 垃圾 整洁 鞋套 清理 打扫 灰尘 异物 头发 保洁 霉味 异味 臭 干干净净 脏乱 乱七八糟 一尘不染 污渍 油渍 蟑螂 虫子 老鼠 床单 马桶 卫生间 厕所 地面 地板 消毒 发霉 苍蝇 带走 清扫 脚印 毛巾 浴巾 床品 被套 枕套 浴缸 浴室 洗手间 油污 新换的 拖地 没人拖 油乎乎 残渣',
      'clean cleaned cleanliness dirty mess messy tidy filthy hygiene spotless dust smell smelly musty cleaning tidied hygienic dusty stain stains stained sticky grime grimy mould mold mouldy cockroach cockroaches bugs footprints muddy mud rubbish trash litter debris sheets towels dust_sheets hoovered hoover vacuumed swept wiped mopped grubby smelled stank stink odour odor mice rats bins housekeeping washed_their_hands wash_their_hands',
      ['delivery'],
      ['visit', 'room', 'store', 'install', 'repair'],
      ['收拾', ''],
    ),
    theme(
      'quality',
      ['产品质量', 'Product quality'],
      '质量 品质 做工 味道 好吃 难吃 口感 新鲜 正品 假货 破损 材质 分量 份量 量少 咸 淡 凉了 饭菜 菜品 碎了 热的 商品 产品 东西 手感 口味 不新鲜 变质 过期 馊 没熟 汤 米饭 次品 瑕疵 划痕 尺码 色差 起球 掉色 耐用 难用 早餐 午餐 晚餐 自助餐 褪色 夹生 温的 开胶 掉底 缩水 变形 起毛 咖啡 奶茶 饮料 面包 吃得',
      'quality taste tasty tasteless fresh stale damaged defective material portion cold food meal delicious soaked bland salty greasy undercooked overcooked burnt flavour flavor dish dishes soup product item faulty durable flimsy scratched genuine fake coffee breakfast lunch dinner fell_apart came_apart worn_out ripped cheaply_made well_made sturdy shrank shrunk',
      ['delivery'],
      ['product', 'meal', 'order', 'delivery', 'device'],
      ['菜 热水器', ''],
    ),
    theme(
      'delivery',
      ['配送与物流', 'Delivery and logistics'],
      '配送 送餐 快递 物流 送货 骑手 小哥 外卖员 包装 送到 送达 洒了 撒了 送来 送错 漏送 少送 发货 到货 快递员 司机 运费 驿站 快递柜 送上门 没洒 下单 送货上门 自提 取货 外卖 少了一份',
      'delivery delivered courier driver shipping shipped package packaging parcel spilled order box deliver dispatch dispatched tracking postage doorstep parcels left_in_the_rain left_outside signed_for click_and_collect pickup arrived_early',
      ['delivery'],
      ['delivery', 'shipping', 'dispatch', 'order'],
    ),
    theme(
      'environment',
      ['环境与设施', 'Environment and facilities'],
      '环境 装修 噪音 吵 安静 设施 停车 座位 宽敞 拥挤 隔音 车位 暖气 热水 枕头 窗户 视野 挤 狭小 光线 采光 通风 绿化 温馨 隔壁 吵闹 音乐 灯光 温度 太冷 太热 闷 露台 景色 风景 睡得',
      'environment noise noisy quiet facility facilities parking seats atmosphere crowded spacious cramped seating beds pillow air_conditioning aircon lift elevator lighting decor waiting_room chilly stuffy self-checkout waiting_area calm terrace music too_loud loud furniture temperature freezing draughty drafty cosy cozy comfortable comfy garden gardens chairs',
      ['delivery'],
      ['store', 'branch', 'room', 'lobby', 'hall'],
      ['位置 大堂 大厅 营业厅 网点 房间 楼道 小区 电梯 空调 床', 'lobby view heating'],
    ),
    theme(
      'network',
      ['网络与信号', 'Network and signal'],
      '信号 网速 断网 掉线 网络 宽带 上网 卡顿 没网 无线 4G 5G 流量 通话 满格 光猫 路由器 机顶盒 延迟 时有时无 断断续续 打不出去 连不上 上不了网',
      'signal network connection internet broadband wifi dropped outage coverage lag wi-fi drops outages bandwidth router 4g 5g bars buffering reception reboot cutting_out cuts_out cut_out dropped_calls calls_drop',
      ['delivery', 'problem_handling'],
      ['broadband', 'network', 'install', 'repair', 'line'],
    ),
  ],
});
