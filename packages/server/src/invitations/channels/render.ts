import type { TEmailSettings, TSmsSettings, TWechatSettings } from './settings.ts';

/** What a text is rendered from. */
export type TRenderInput = {
  language: 'en' | 'zh-CN';
  surveyTitle: string;
  url: string;
  expiresAt: Date;
};

/** The expiry as a customer reads it: the date (UTC), YYYY-MM-DD. */
export function expiryText(expiresAt: Date): string {
  return expiresAt.toISOString().slice(0, 10);
}

/** Fills {survey}, {link}, {expires} and {unsubscribe}; other braces are left as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(
    /\{(survey|link|expires|unsubscribe)\}/g,
    (_all, name: string) => values[name] ?? '',
  );
}

/** The placeholders a template uses that are not among `allowed` (to refuse a template with a typo). */
export function unknownPlaceholders(template: string, allowed: readonly string[]): string[] {
  const found = [...template.matchAll(/\{([A-Za-z_]+)\}/g)].map((m) => m[1] ?? '');
  return found.filter((name) => !allowed.includes(name));
}

/**
 * The characters of GSM 03.38's default alphabet (7-bit) and of its extension table (each of those
 * counts as two septets). A text made only of these is sent in 7-bit segments; anything else (Chinese)
 * makes the whole text UCS-2.
 */
const GSM7 =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

/** How a text is counted on the network: its encoding, its length in that encoding's units and its segments. */
export type TSmsCount = { encoding: 'gsm7' | 'ucs2'; units: number; segments: number };

/**
 * Counts an SMS as the network does (3GPP TS 23.038 and 23.040): a single message holds 160 GSM 7-bit
 * septets or 70 UCS-2 units; a longer text is split into concatenated segments whose user-data header
 * leaves 153 septets or 67 UCS-2 units each. Chinese text is UCS-2: 70 characters in one message, 67 per
 * segment beyond (a character outside the Basic Multilingual Plane, an emoji, takes two units). Chinese
 * carriers bill long messages per segment the same way.
 */
export function countSms(text: string): TSmsCount {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM7.includes(ch)) septets += 1;
    else if (GSM7_EXTENDED.includes(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm)
    return { encoding: 'gsm7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length; // UTF-16 code units are UCS-2 units (a surrogate pair counts two).
  return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** The SMS text: 【signature】, the template filled in the customer's language, the unsubscribe wording. */
export function renderSms(settings: TSmsSettings, input: TRenderInput): string {
  const body = fillTemplate(settings.templates[input.language], {
    survey: input.surveyTitle,
    link: input.url,
    expires: expiryText(input.expiresAt),
    unsubscribe: '',
  }).trim();
  const unsubscribe = settings.unsubscribe[input.language].trim();
  const gap = input.language === 'en' && unsubscribe ? ' ' : '';
  return `【${settings.signature}】${body}${gap}${unsubscribe}`;
}

/** The WeChat template message's data: each mapped field filled in the customer's language. */
export function renderWechatData(
  settings: TWechatSettings,
  input: TRenderInput & { unsubscribe: string },
): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const [field, text] of Object.entries(settings.fields)) {
    data[field] = {
      value: fillTemplate(text[input.language], {
        survey: input.surveyTitle,
        link: input.url,
        expires: expiryText(input.expiresAt),
        unsubscribe: input.unsubscribe,
      }),
    };
  }
  return data;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

const MAIL_LINES: Record<
  'en' | 'zh-CN',
  { intro: string; open: string; until: string; unsubscribe: string }
> = {
  'zh-CN': {
    intro: '您好，诚邀您花一分钟评价“{survey}”。',
    open: '开始填写',
    until: '链接在{expires}前有效，仅可填写一次。',
    unsubscribe: '不想再收到调查？退订',
  },
  en: {
    intro: 'Hello, would you take a minute to rate "{survey}"?',
    open: 'Open the survey',
    until: 'The link is open until {expires} and can be answered once.',
    unsubscribe: 'No more surveys? Unsubscribe',
  },
};

/**
 * The e-mail: subject, plain text and HTML with the link and an unsubscribe link, in the customer's
 * language. The unsubscribe link in the body opens the survey page, whose 退订 button unsubscribes (a
 * GET never unsubscribes: mail scanners follow links); mail clients use the List-Unsubscribe header.
 */
export function renderEmail(
  settings: TEmailSettings,
  input: TRenderInput,
): { subject: string; text: string; html: string } {
  const lines = MAIL_LINES[input.language];
  const values = {
    survey: input.surveyTitle,
    link: input.url,
    expires: expiryText(input.expiresAt),
    unsubscribe: input.url,
  };
  const intro = fillTemplate(lines.intro, values);
  const until = fillTemplate(lines.until, values);
  const subject = fillTemplate(settings.subjects[input.language], values).replace(/[\r\n]+/g, ' ');
  const text = [
    intro,
    '',
    `${lines.open}: ${input.url}`,
    '',
    until,
    '',
    `${lines.unsubscribe}: ${input.url}`,
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${input.language}"><body>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(lines.open)}</a></p>`,
    `<p>${escapeHtml(until)}</p>`,
    `<p style="font-size:12px"><a href="${escapeHtml(input.url)}">${escapeHtml(lines.unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
