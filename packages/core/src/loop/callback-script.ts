/**
 * The callback script (回访话术) an agent reads to the customer, in Chinese and English, built from the
 * touchpoint, the breach and the owner's resolution. A recovery call (a case's callback) follows the order
 * of service recovery: greeting, an apology that names the problem (the measure, the customer's value and
 * the promised floor, with units), what was done, "is the problem solved?", and a 1-5 satisfaction
 * question. A routine callback (回访清单) apologises only when the episode breached a floor and asks how
 * it went rather than saying what was done; a survey by phone opens and closes the call and leaves the
 * questions to the survey. The script is data the server stores with the callback (the agent reads the one
 * in their language), so it is built here once rather than in each client.
 */
import type { TLocale } from '../domain/journey.ts';

/** A name in the product's languages, with a fallback. */
export type TScriptName = { name: string; names?: Partial<Record<TLocale, string>> | undefined };

/** The breach a case was opened for: a measure beyond its floor, or a rating at the bottom of its scale. */
export type TScriptBreach =
  | {
      kind: 'measure';
      measure: TScriptName & { key: string };
      unit: string;
      value: number;
      floor: number;
    }
  | { kind: 'rating'; value: number; scaleMax: number };

/**
 * Why the customer is called: to check a case's recovery (the default), a routine callback without a case,
 * or a survey read out by phone.
 */
export type TCallbackPurpose = 'recovery' | 'routine' | 'survey';

/** What the script is built from. */
export type TCallbackScriptInput = {
  purpose?: TCallbackPurpose | undefined;
  touchpoint: TScriptName;
  /** The department calling (the touchpoint's owner), when known. */
  department?: TScriptName | undefined;
  breach?: TScriptBreach | undefined;
  /** The owner's resolution, as they wrote it (shown in both scripts as written). */
  resolution?: string | null | undefined;
};

/** The lines of a script in one language, in the order they are read; a call without one skips it. */
export type TCallbackScriptLines = {
  greeting: string;
  /** Why the call, when there is nothing to apologise for (routine callbacks and surveys). */
  opening?: string;
  apology?: string;
  action?: string;
  solvedQuestion?: string;
  satisfactionQuestion?: string;
  closing: string;
};

/** A script in both languages. */
export type TCallbackScript = Record<TLocale, TCallbackScriptLines>;

const UNITS: Record<string, Record<TLocale, [string, string]>> = {
  // [singular, plural]; Chinese has one form.
  seconds: { 'zh-CN': ['秒', '秒'], en: ['second', 'seconds'] },
  minutes: { 'zh-CN': ['分钟', '分钟'], en: ['minute', 'minutes'] },
  hours: { 'zh-CN': ['小时', '小时'], en: ['hour', 'hours'] },
  days: { 'zh-CN': ['天', '天'], en: ['day', 'days'] },
  count: { 'zh-CN': ['次', '次'], en: ['time', 'times'] },
  percent: { 'zh-CN': ['%', '%'], en: ['%', '%'] },
};

const nameIn = (item: TScriptName, locale: TLocale): string => item.names?.[locale] ?? item.name;

/** A number as a customer hears it: at most two decimals, no trailing zeros. */
function spoken(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A measure's value with its unit in a language (`26 hours`, `26小时`, `85%`, yes / no for booleans). */
export function formatMeasureValue(value: number, unit: string, locale: TLocale): string {
  if (unit === 'boolean') {
    const yes = value >= 0.5;
    return locale === 'zh-CN' ? (yes ? '是' : '否') : yes ? 'yes' : 'no';
  }
  const names = UNITS[unit]?.[locale];
  if (!names) return `${spoken(value)} ${unit}`;
  if (unit === 'percent') return `${spoken(value)}%`;
  if (locale === 'zh-CN') return `${spoken(value)}${names[0]}`;
  return `${spoken(value)} ${value === 1 ? names[0] : names[1]}`;
}

function apologyOf(input: TCallbackScriptInput, locale: TLocale): string {
  const tp = nameIn(input.touchpoint, locale);
  const b = input.breach;
  if (locale === 'zh-CN') {
    if (!b) return `很抱歉，您在「${tp}」这一环节的体验没有达到我们的服务标准。`;
    if (b.kind === 'rating') {
      return `很抱歉，您对「${tp}」的评分只有 ${spoken(b.value)} 分（满分 ${spoken(b.scaleMax)} 分），我们没有做到应有的水准。`;
    }
    const m = nameIn(b.measure, locale);
    return `很抱歉，您在「${tp}」这一环节的${m}为${formatMeasureValue(b.value, b.unit, locale)}，超出了我们承诺的底线（${formatMeasureValue(b.floor, b.unit, locale)}）。`;
  }
  if (!b) return `We are sorry that your experience at "${tp}" fell short of our service standard.`;
  if (b.kind === 'rating') {
    return `We are sorry: you rated "${tp}" ${spoken(b.value)} out of ${spoken(b.scaleMax)}, and we did not do as well as we should have.`;
  }
  const m = nameIn(b.measure, locale);
  return `We are sorry: at "${tp}", ${m.toLowerCase()} was ${formatMeasureValue(b.value, b.unit, locale)}, beyond the limit we promise (${formatMeasureValue(b.floor, b.unit, locale)}).`;
}

function actionOf(resolution: string | null | undefined, locale: TLocale): string {
  const text = resolution?.trim();
  if (locale === 'zh-CN') return text ? `我们已经做了处理：${text}` : '我们已经对这个问题做了处理。';
  return text ? `Here is what we did: ${text}` : 'We have dealt with the problem.';
}

/** The lines of one language, by purpose (see the file header). */
function linesOf(input: TCallbackScriptInput, locale: TLocale): TCallbackScriptLines {
  const zh = locale === 'zh-CN';
  const department = input.department
    ? nameIn(input.department, locale)
    : zh
      ? '客户服务'
      : 'customer service';
  const tp = nameIn(input.touchpoint, locale);
  const closing = zh
    ? '感谢您的耐心和反馈，祝您生活愉快！'
    : 'Thank you for your patience and your feedback. Have a good day!';
  // A routine callback and a recovery call open alike: who calls, about what, and may they.
  const callbackGreeting = zh
    ? `您好，我是${department}的工作人员，想就您最近的「${tp}」做一次回访，耽误您一两分钟可以吗？`
    : `Hello, this is ${department}. We are calling about your recent "${tp}"; do you have a minute or two?`;
  switch (input.purpose ?? 'recovery') {
    case 'survey':
      return {
        greeting: zh
          ? `您好，我是${department}的工作人员，想就您最近的「${tp}」请您回答几个问题，大约两三分钟，可以吗？`
          : `Hello, this is ${department}. We would like to ask you a few questions about your recent "${tp}"; it takes two or three minutes. Is now a good time?`,
        opening: zh
          ? '您的回答会帮助我们改进服务，没有对错之分。'
          : 'Your answers help us improve our service; there are no right or wrong answers.',
        closing,
      };
    case 'routine':
      return {
        greeting: callbackGreeting,
        ...(input.breach
          ? { apology: apologyOf(input, locale) }
          : {
              opening: zh
                ? `我们想了解一下您在「${tp}」的体验。`
                : `We would like to hear how "${tp}" went for you.`,
            }),
        solvedQuestion: zh ? '请问您这次的问题都解决了吗？' : 'Was everything you needed taken care of?',
        satisfactionQuestion: zh
          ? `请您为这次「${tp}」的服务打个分：1 到 5 分，5 分表示非常满意。`
          : `How satisfied are you with "${tp}", from 1 to 5, where 5 is very satisfied?`,
        closing,
      };
    case 'recovery':
      return {
        greeting: callbackGreeting,
        apology: apologyOf(input, locale),
        action: actionOf(input.resolution, locale),
        solvedQuestion: zh ? '请问您的问题现在解决了吗？' : 'Is the problem solved now?',
        satisfactionQuestion: zh
          ? '请您为这次处理打个分：1 到 5 分，5 分表示非常满意。'
          : 'How satisfied are you with how we handled it, from 1 to 5, where 5 is very satisfied?',
        closing,
      };
  }
}

/** Builds the script in both languages (see the file header for its order). */
export function buildCallbackScript(input: TCallbackScriptInput): TCallbackScript {
  return { 'zh-CN': linesOf(input, 'zh-CN'), en: linesOf(input, 'en') };
}
