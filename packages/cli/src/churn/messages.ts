import type { TReportLocale } from '../analyze/messages.ts';

/**
 * Every user-visible text of the churn report, in English and Chinese, by stable id; `{name}` placeholders
 * are filled by `translateChurn` and escaped by the renderer.
 */
const en = {
  'report.title': 'Customer churn report',
  'report.subtitle': 'Who leaves, how soon, and what drives it',
  'report.generated': 'Generated {date} · mot churn',
  'header.customers': 'Customers',
  'header.churned': 'Churned',
  'header.median': 'Median tenure',
  'header.source': 'Customer table',
  'median.none': 'over {time}',
  'unit.days': 'days',
  'unit.weeks': 'weeks',
  'unit.months': 'months',
  'unit.years': 'years',
  'section.headlines': 'Headline findings',
  'section.survival': 'Retention over time',
  'section.survivalBy': 'Retention over time by {by}',
  'section.hazards': 'What speeds up churn: hazard ratios',
  'section.drivers': 'What explains who churns',
  'section.reasons': 'Churn reasons',
  'section.avoided': 'Churn avoided if each touchpoint met its standard',
  'section.dataQuality': 'Data quality',
  'section.method': 'How to read this report',
  'headline.churn': '{share} of {n} customers have churned; half of all customers are gone after {median}.',
  'headline.churnNoMedian':
    '{share} of {n} customers have churned; more than half are still customers after {time}.',
  'headline.survival':
    'By {by}, retention after {time} ranges from {low} ({lowGroup}) to {high} ({highGroup}); log-rank p {p}.',
  'headline.breach':
    'Customers who hit a tolerance floor keep {exposed} after {time}, against {unexposed} for those who did not (log-rank p {p}).',
  'headline.risk': '{name}: the churn hazard is multiplied by {hr} ({level} CI {lower} to {upper}).',
  'headline.protect': '{name}: the churn hazard is cut by {cut} ({level} CI {lower} to {upper}).',
  'headline.noRisk': 'No factor changes the churn hazard beyond chance at the 5% level.',
  'headline.driver': '{name} explains the most of who churns: {share} of what the model explains.',
  'headline.reason':
    'The most cited reason for leaving: {reason} ({share} of churned customers who gave one).',
  'headline.avoided':
    'If {name} met its standard, about {avoided} churners ({lower} to {upper}) would be kept over {horizon} days.',
  'survival.axis': 'Tenure ({unit})',
  'survival.retained': 'Still customers',
  'survival.note':
    'Kaplan–Meier estimate of the share still customers after each tenure; bands are {level} pointwise intervals.',
  'survival.logRank': 'Log-rank test of equal retention: χ² {chi} on {df} df, p {p}.',
  'survival.group': 'Group',
  'survival.n': 'Customers',
  'survival.events': 'Churned',
  'survival.median': 'Median tenure',
  'survival.at': 'After {time}',
  'survival.all': 'All customers',
  'survival.exposed': 'Hit a tolerance floor',
  'survival.unexposed': 'No breach',
  'survival.none': 'No attribute to compare (map "attributes" or pass --moments).',
  'hazards.note':
    'Hazard ratio per unit (per level against its reference), all factors held fixed: above 1 churn comes sooner. Whiskers: {level} confidence interval. Concordance {c} on {n} customers, {events} churned.',
  'hazards.dropped': 'Left out: {list}.',
  'hazards.reason.constant': 'the same for everyone',
  'hazards.reason.collinear': 'determined by the other factors',
  'hazards.reason.missing': 'never filled in',
  'hazards.ratio': 'HR {hr} ({lower}–{upper}) · p {p}',
  'hazards.references': 'Each category is compared with its reference: {list}.',
  'hazards.versus': '{name} (vs {reference})',
  'hazards.breaches': 'Breaches at {name}',
  'hazards.none': 'No hazard ratios: {why}.',
  'drivers.note':
    'What each factor adds to the explained churn (logistic regression, {method}; its share of the total on the right); whiskers: {level} bootstrap interval over {replicates} resamples.',
  'drivers.dominance': 'dominance analysis on McFadden’s R²',
  'drivers.relative_weights': 'relative weights',
  'drivers.none': 'No driver importance: {why}.',
  'drivers.validation':
    'Fitted on 70% of the customers, these factors rank a churner above a stayer {auc} of the time among the other {n} (AUC {level} CI {lower} to {upper}; 50% is chance).',
  'reasons.note': 'Share of churned customers who gave a reason ({n}); whiskers: 95% Wilson interval.',
  'reasons.none': 'No churn reason recorded (map "reason" to show them).',
  'avoided.touchpoint': 'Touchpoint',
  'avoided.exposed': 'Customers with a breach',
  'avoided.expected': 'Expected churners in {horizon} days',
  'avoided.ifMet': 'If the standard were met',
  'avoided.avoided': 'Churners avoided ({level} CI)',
  'avoided.note':
    'From the Cox model: each breached customer’s risk of churning within {horizon} days as is, and with that touchpoint’s breaches set to zero (standardisation).',
  'avoided.none': 'No touchpoint’s breaches could be modelled.',
  'problem.too_few_events': 'too few customers have churned',
  'problem.too_few_predictors': 'no factor to model (map "attributes" or "counts", or pass --moments)',
  'problem.singular': 'the factors cannot be told apart in these data',
  'problem.other': 'the data cannot support this model',
  'quality.rows': '{read} rows read; {rejected} rejected.',
  'quality.line': '{file}, line {line}: {reason}',
  'quality.clean': 'Every row was read.',
  'quality.moments': '{moments} moments at {touchpoints} touchpoints for {customers} of the customers.',
  'method.text':
    'Retention curves are Kaplan–Meier estimates (Kaplan & Meier 1958) with Greenwood log-log intervals, compared by the log-rank test (Mantel 1966; Peto & Peto 1972). Hazard ratios come from a Cox proportional-hazards model (Cox 1972, Efron ties) of tenure until churn on every factor at once; categories are compared with their most common value. Driver importance is a logistic regression of churned against stayed, split by dominance analysis (Azen & Traxel 2009) or relative weights (Tonidandel & LeBreton 2010), with seeded bootstrap intervals. Churn avoided is the standardised difference in predicted churn with and without the touchpoint’s breaches (Robins 1986), its interval from draws of the model’s coefficients.',
  'p.below': '< {value}',
  'common.na': '—',
} as const;

/** Stable ids of the churn report's texts. */
export type TChurnMessageId = keyof typeof en;

const zhCN: Record<TChurnMessageId, string> = {
  'report.title': '客户流失分析报告',
  'report.subtitle': '谁在流失、多快流失、为什么流失',
  'report.generated': '生成于 {date} · mot churn',
  'header.customers': '客户数',
  'header.churned': '已流失',
  'header.median': '中位在网时长',
  'header.source': '客户表',
  'median.none': '超过 {time}',
  'unit.days': '天',
  'unit.weeks': '周',
  'unit.months': '个月',
  'unit.years': '年',
  'section.headlines': '主要发现',
  'section.survival': '客户留存曲线',
  'section.survivalBy': '按{by}的客户留存曲线',
  'section.hazards': '哪些因素加速流失：风险比',
  'section.drivers': '哪些因素解释了流失',
  'section.reasons': '流失原因',
  'section.avoided': '各接触点达标后可避免的流失',
  'section.dataQuality': '数据质量',
  'section.method': '如何阅读本报告',
  'headline.churn': '{n} 位客户中已有 {share} 流失；在网 {median}后，半数客户已经离开。',
  'headline.churnNoMedian': '{n} 位客户中已有 {share} 流失；在网 {time}后仍有过半客户留存。',
  'headline.survival':
    '按{by}看，在网 {time}后的留存率从 {low}（{lowGroup}）到 {high}（{highGroup}）不等；log-rank 检验 p {p}。',
  'headline.breach':
    '突破过忍耐底线的客户在 {time}后的留存率为 {exposed}，未突破的客户为 {unexposed}（log-rank 检验 p {p}）。',
  'headline.risk': '{name}使流失风险提高到 {hr} 倍（{level} 置信区间 {lower} 至 {upper}）。',
  'headline.protect': '{name}使流失风险降低 {cut}（{level} 置信区间 {lower} 至 {upper}）。',
  'headline.noRisk': '在 5% 的显著性水平下，没有因素显著改变流失风险。',
  'headline.driver': '{name}对流失的解释力最强：占模型可解释部分的 {share}。',
  'headline.reason': '最常见的流失原因：{reason}（占给出原因的流失客户的 {share}）。',
  'headline.avoided': '若{name}达到服务标准，{horizon} 天内约可留住 {avoided} 位客户（{lower} 至 {upper}）。',
  'survival.axis': '在网时长（{unit}）',
  'survival.retained': '留存比例',
  'survival.note': 'Kaplan–Meier 估计的各在网时长下仍为客户的比例；阴影为逐点 {level} 置信区间。',
  'survival.logRank': '留存无差异的 log-rank 检验：χ² {chi}，自由度 {df}，p {p}。',
  'survival.group': '分组',
  'survival.n': '客户数',
  'survival.events': '已流失',
  'survival.median': '中位在网时长',
  'survival.at': '{time}后',
  'survival.all': '全部客户',
  'survival.exposed': '突破过忍耐底线',
  'survival.unexposed': '未突破底线',
  'survival.none': '没有可比较的属性（请在映射中设置 "attributes"，或提供 --moments）。',
  'hazards.note':
    '在其他因素不变时，每增加一个单位（分类属性为相对参照组）的流失风险比：大于 1 表示流失更快。须线为 {level} 置信区间。一致性指数 {c}，{n} 位客户，其中 {events} 位已流失。',
  'hazards.dropped': '未纳入模型：{list}。',
  'hazards.reason.constant': '所有客户取值相同',
  'hazards.reason.collinear': '可由其他因素完全确定',
  'hazards.reason.missing': '从未填写',
  'hazards.ratio': '风险比 {hr}（{lower}–{upper}）· p {p}',
  'hazards.references': '各分类属性的参照组：{list}。',
  'hazards.versus': '{name}（相对于{reference}）',
  'hazards.breaches': '{name}突破底线次数',
  'hazards.none': '无法给出风险比：{why}。',
  'drivers.note':
    '各因素对流失解释度的贡献（逻辑回归，{method}；右侧为占总解释度的份额）；须线为基于 {replicates} 次重抽样的 {level} 自助法区间。',
  'drivers.dominance': '基于 McFadden R² 的优势分析',
  'drivers.relative_weights': '相对权重法',
  'drivers.none': '无法给出驱动因素：{why}。',
  'drivers.validation':
    '用 70% 的客户拟合后，在其余 {n} 位客户中，这些因素有 {auc} 的概率把流失客户排在留存客户之前（AUC 的 {level} 置信区间 {lower} 至 {upper}；50% 相当于随机）。',
  'reasons.note': '给出原因的流失客户（{n} 位）中各原因的占比；须线为 95% Wilson 区间。',
  'reasons.none': '没有记录流失原因（在映射中设置 "reason" 即可显示）。',
  'avoided.touchpoint': '接触点',
  'avoided.exposed': '有突破的客户',
  'avoided.expected': '{horizon} 天内预计流失',
  'avoided.ifMet': '若达到标准',
  'avoided.avoided': '可避免的流失（{level} 置信区间）',
  'avoided.note':
    '基于 Cox 模型：每位有突破的客户在 {horizon} 天内的流失概率，分别按现状与该接触点突破次数为零计算（标准化法）。',
  'avoided.none': '没有可建模的接触点突破数据。',
  'problem.too_few_events': '已流失的客户太少',
  'problem.too_few_predictors':
    '没有可建模的因素（请在映射中设置 "attributes" 或 "counts"，或提供 --moments）',
  'problem.singular': '这些数据无法区分各因素',
  'problem.other': '数据不足以支持该模型',
  'quality.rows': '读取 {read} 行；拒绝 {rejected} 行。',
  'quality.line': '{file} 第 {line} 行：{reason}',
  'quality.clean': '所有行均已读取。',
  'quality.moments': '{customers} 位客户共有 {moments} 个时刻，涉及 {touchpoints} 个接触点。',
  'method.text':
    '留存曲线为 Kaplan–Meier 估计（Kaplan & Meier 1958），区间采用 Greenwood 对数-对数法，组间比较用 log-rank 检验（Mantel 1966；Peto & Peto 1972）。风险比来自以在网时长至流失为结果、同时纳入全部因素的 Cox 比例风险模型（Cox 1972，Efron 结处理）；分类属性与其最常见取值比较。驱动因素重要性为流失与留存的逻辑回归，按优势分析（Azen & Traxel 2009）或相对权重法（Tonidandel & LeBreton 2010）分解，并给出固定种子的自助法区间。可避免的流失为有无该接触点突破时预测流失的标准化差值（Robins 1986），区间由模型系数的抽样分布模拟得到。',
  'p.below': '< {value}',
  'common.na': '—',
};

const CATALOGUE: Record<TReportLocale, Record<TChurnMessageId, string>> = { en, 'zh-CN': zhCN };

/** The text of `id` in `locale` with `{placeholders}` filled from `values`. */
export function translateChurn(
  locale: TReportLocale,
  id: TChurnMessageId,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return CATALOGUE[locale][id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
