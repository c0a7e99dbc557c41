/**
 * The public survey page's own strings, in both languages (the page does not load the app's i18n: it is a
 * separate, small entry a customer opens from a text message).
 */
export type TPageLanguage = 'en' | 'zh-CN';

const STRINGS = {
  en: {
    loading: 'Loading the survey…',
    thanksTitle: 'Thank you!',
    thanksText: 'Your answer was received. It helps us serve you better.',
    answeredTitle: 'Already answered',
    answeredText: 'Thank you, your answer was already received.',
    expiredTitle: 'This link has expired',
    expiredText: 'The survey is closed. Thank you for your time.',
    unknownTitle: 'Survey not found',
    unknownText: 'This link is not valid. Please check that it was copied completely.',
    errorTitle: 'Something went wrong',
    errorText: 'The survey could not be loaded. Please try again later.',
    refusedTitle: 'Some answers could not be accepted',
    back: 'Back to the survey',
    retry: 'Try again',
    saved: 'Your answers so far are saved.',
    unsubscribe: 'Unsubscribe: never send me surveys',
    unsubscribeConfirm: 'Stop all surveys from us? This cannot be undone here.',
    unsubscribeYes: 'Yes, unsubscribe',
    unsubscribeNo: 'Cancel',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribedText: 'We will not send you surveys anymore.',
  },
  'zh-CN': {
    loading: '问卷加载中…',
    thanksTitle: '感谢您的反馈！',
    thanksText: '我们已收到您的回答，这将帮助我们为您提供更好的服务。',
    answeredTitle: '您已作答',
    answeredText: '感谢您，我们已收到您的回答。',
    expiredTitle: '链接已过期',
    expiredText: '本次问卷已结束，感谢您抽出时间。',
    unknownTitle: '未找到问卷',
    unknownText: '链接无效，请确认链接已完整复制。',
    errorTitle: '出了点问题',
    errorText: '问卷暂时无法加载，请稍后再试。',
    refusedTitle: '部分回答未被接受',
    back: '返回问卷',
    retry: '重试',
    saved: '您已填写的内容已自动保存。',
    unsubscribe: '退订：不再接收问卷',
    unsubscribeConfirm: '确定不再接收我们的任何问卷吗？',
    unsubscribeYes: '确定退订',
    unsubscribeNo: '取消',
    unsubscribedTitle: '您已退订',
    unsubscribedText: '我们将不再向您发送问卷。',
  },
} as const;

/** A string key of the page. */
export type TPageString = keyof (typeof STRINGS)['en'];

/** The page's strings in a language. */
export const stringsOf = (language: TPageLanguage): Record<TPageString, string> => STRINGS[language];

/** The browser's language as one the page speaks (before the survey says which). */
export function browserLanguage(): TPageLanguage {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
