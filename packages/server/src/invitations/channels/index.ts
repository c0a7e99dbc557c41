/**
 * The channels a survey invitation is sent through (issue #12): a link the company's own systems send, SMS
 * and WeChat template messages through the company's gateways (a signed HTTP request per invitation), e-mail
 * by SMTP, and the phone (a callback task whose script is the survey). Every attempt is recorded in the
 * delivery log. See docs/survey-channels.md.
 */
import { notifyOptions } from '../../notify/deliver.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findCustomer } from '../../storage/find-customer.ts';
import { recordDelivery } from './deliveries.ts';
import type { TDeliveryRecord } from './deliveries.ts';
import { postToGateway, sendSurveyMail } from './gateway.ts';
import type { TAttempt } from './gateway.ts';
import { planPhoneTask, tokenOfUrl } from './phone.ts';
import { countSms, renderEmail, renderSms, renderWechatData } from './render.ts';
import { readChannelSettings } from './settings.ts';
import type {
  TEmailSettings,
  TSettingsOf,
  TSmsSettings,
  TSurveyChannelKind,
  TWechatSettings,
} from './settings.ts';

/** The channels an invitation is sent through. 'link': the company's own systems send the URL. */
export type TInvitationChannel = 'link' | 'sms' | 'wechat' | 'email' | 'phone';

/** One invitation to send: the link is already minted, the customer is the source systems' id. */
export type TInvitationMessage = {
  workspaceId: string;
  invitationId: string;
  idempotencyKey: string;
  channel: TInvitationChannel;
  customer: string;
  language: 'en' | 'zh-CN';
  surveyKey: string;
  surveyTitle: string;
  url: string;
  expiresAt: Date;
  reminder: boolean;
  episode?: string | undefined;
  journey?: string | undefined;
};

/**
 * What became of one send. `retry`: worth trying again later (a gateway's 5xx, 408 or 429, a timeout, an
 * unreachable host); a refusal (another 4xx), a customer without the needed address or a channel not
 * configured is not.
 */
export type TSendOutcome = {
  status: 'sent' | 'failed' | 'not_sendable';
  retry: boolean;
  detail: string;
  response?: unknown;
};

export { SURVEY_CHANNEL_KINDS } from './settings.ts';
export type { TSurveyChannelKind } from './settings.ts';

const ADDRESS_ATTRIBUTE: { [K in TSurveyChannelKind]: (s: TSettingsOf[K]) => string } = {
  sms: (s) => s.phoneAttribute,
  wechat: (s) => s.openidAttribute,
  email: (s) => s.emailAttribute,
  phone: (s) => s.phoneAttribute,
};

/** What a send is about, apart from the channel and the address. */
type TContent = {
  workspaceId: string;
  invitationId: string | null;
  idempotencyKey: string;
  customer: string | null;
  language: 'en' | 'zh-CN';
  surveyTitle: string;
  url: string;
  expiresAt: Date;
  test: boolean;
};

/** The one-click unsubscribe address of a survey link (POST, RFC 8058): /api/public/surveys/<token>/unsubscribe. */
export function unsubscribeUrlOf(url: string): string {
  const token = tokenOfUrl(url);
  if (!token) return url;
  return new URL(`/api/public/surveys/${token}/unsubscribe`, url).toString();
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body === '' ? undefined : body;
  }
}

/** The outcome of an attempt: accepted is sent; retry keeps retry: true; a refusal or a private address is failed. */
function outcomeOf(attempt: TAttempt, what: string): TSendOutcome {
  const response = parsed(attempt.body);
  const extra = response === undefined ? {} : { response };
  if (attempt.status === 'ok') {
    const code = attempt.httpStatus === null ? '' : ` (HTTP ${attempt.httpStatus})`;
    return { status: 'sent', retry: false, detail: `${what} accepted${code}`, ...extra };
  }
  return {
    status: 'failed',
    retry: attempt.status === 'retry',
    detail: attempt.error ?? `${what} refused`,
    ...extra,
  };
}

async function record(
  db: TDatabase,
  kind: string,
  c: TContent,
  address: string | null,
  outcome: TSendOutcome,
  attempt?: TAttempt,
): Promise<number> {
  const row: TDeliveryRecord = {
    workspaceId: c.workspaceId,
    kind,
    invitationId: c.invitationId,
    idempotencyKey: c.idempotencyKey,
    customer: c.customer,
    address,
    test: c.test,
    status: outcome.status,
    retry: outcome.retry,
    httpStatus: attempt?.httpStatus ?? null,
    durationMs: attempt?.durationMs ?? null,
    detail: outcome.detail,
    response: attempt && attempt.body !== '' ? attempt.body : null,
  };
  return recordDelivery(db.orm, row);
}

function gatewayOptions(db: TDatabase) {
  const o = notifyOptions(db);
  return { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs };
}

/** The JSON body sent to the SMS gateway (docs/survey-channels.md). */
export function smsBody(settings: TSmsSettings, c: TContent, phone: string): string {
  const text = renderSms(settings, c);
  const count = countSms(text);
  return JSON.stringify({
    kind: 'sms',
    id: c.idempotencyKey,
    invitation: c.invitationId,
    to: phone,
    language: c.language,
    text,
    encoding: count.encoding,
    units: count.units,
    segments: count.segments,
    link: c.url,
    expiresAt: c.expiresAt.toISOString(),
    test: c.test,
  });
}

/** The JSON body sent to the WeChat template-message gateway (WeChat's own message shape inside). */
export function wechatBody(
  settings: TWechatSettings,
  c: TContent,
  openid: string,
  unsubscribe: string,
): string {
  return JSON.stringify({
    kind: 'wechat',
    id: c.idempotencyKey,
    invitation: c.invitationId,
    language: c.language,
    expiresAt: c.expiresAt.toISOString(),
    test: c.test,
    message: {
      touser: openid,
      template_id: settings.templateId,
      url: c.url,
      data: renderWechatData(settings, { ...c, unsubscribe }),
    },
  });
}

async function sendThrough(
  db: TDatabase,
  kind: Exclude<TSurveyChannelKind, 'phone'>,
  settings: TSmsSettings | TWechatSettings | TEmailSettings,
  c: TContent,
  address: string,
): Promise<TSendOutcome & { deliveryId: number }> {
  let attempt: TAttempt;
  let what: string;
  if (kind === 'email') {
    const s = settings as TEmailSettings;
    const unsubscribeUrl = unsubscribeUrlOf(c.url);
    const mail = renderEmail(s, c);
    const messageId = `<${c.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, '-')}@mot.invalid>`;
    attempt = await sendSurveyMail(
      s,
      { ...mail, to: address, messageId, unsubscribeUrl },
      gatewayOptions(db),
    );
    what = 'the SMTP server';
  } else {
    const body =
      kind === 'sms'
        ? smsBody(settings as TSmsSettings, c, address)
        : wechatBody(settings as TWechatSettings, c, address, (await smsUnsubscribe(db, c)) ?? '');
    const s = settings as TSmsSettings | TWechatSettings;
    attempt = await postToGateway(s.url, s.secret, body, c.idempotencyKey, gatewayOptions(db));
    what = `the ${kind === 'sms' ? 'SMS' : 'WeChat'} gateway`;
  }
  const outcome = outcomeOf(attempt, what);
  const deliveryId = await record(db, kind, c, address, outcome, attempt);
  return { ...outcome, deliveryId };
}

/** The unsubscribe wording of the SMS settings, used in a WeChat field mapped to {unsubscribe}. */
async function smsUnsubscribe(db: TDatabase, c: TContent): Promise<string | undefined> {
  const sms = await readChannelSettings(db.orm, c.workspaceId, 'sms');
  return sms?.settings.unsubscribe[c.language];
}

/** Sends one invitation through its channel and records the outcome in the delivery log. */
export async function sendInvitation(db: TDatabase, message: TInvitationMessage): Promise<TSendOutcome> {
  const kind = message.channel;
  if (kind === 'link') return { status: 'sent', retry: false, detail: 'link returned to the API' };
  const c: TContent = {
    workspaceId: message.workspaceId,
    invitationId: message.invitationId,
    idempotencyKey: message.idempotencyKey,
    customer: message.customer,
    language: message.language,
    surveyTitle: message.surveyTitle,
    url: message.url,
    expiresAt: message.expiresAt,
    test: false,
  };
  const stored = await readChannelSettings(db.orm, message.workspaceId, kind);
  if (!stored || !stored.enabled) {
    const outcome: TSendOutcome = {
      status: 'not_sendable',
      retry: false,
      detail: `the ${kind} channel is ${stored ? 'disabled' : 'not configured'}`,
    };
    await record(db, kind, c, null, outcome);
    return outcome;
  }
  const attribute = (ADDRESS_ATTRIBUTE[kind] as (s: unknown) => string)(stored.settings);
  const customer = await findCustomer(db.orm, message.workspaceId, message.customer);
  const value = customer?.attributes[attribute];
  const address = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (address === '') {
    const outcome: TSendOutcome = {
      status: 'not_sendable',
      retry: false,
      detail: `no ${attribute} attribute`,
    };
    await record(db, kind, c, null, outcome);
    return outcome;
  }
  if (kind === 'phone') {
    const token = tokenOfUrl(message.url);
    if (!token) {
      const outcome: TSendOutcome = {
        status: 'failed',
        retry: false,
        detail: 'the URL is not a survey link',
      };
      await record(db, kind, c, address, outcome);
      return outcome;
    }
    const planned = await planPhoneTask(db, message, stored.settings as TSettingsOf['phone'], token);
    const outcome: TSendOutcome =
      planned.status === 'no_episode'
        ? { status: 'not_sendable', retry: false, detail: 'no episode with a moment to attach a callback to' }
        : {
            status: 'sent',
            retry: false,
            detail: `callback ${planned.callbackId} ${planned.status === 'planned' ? 'planned' : 'already planned'}`,
            response: { callback: planned.callbackId },
          };
    await record(db, kind, c, address, outcome);
    return outcome;
  }
  const settings = stored.settings as TSmsSettings | TWechatSettings | TEmailSettings;
  const { deliveryId: _id, ...outcome } = await sendThrough(db, kind, settings, c, address);
  return outcome;
}

/**
 * Sends a test message through a channel to an address the administrator typed (a mobile number, an
 * openid, an e-mail address), with a sample survey link, recorded in the log as a test.
 */
export async function sendTestMessage(
  db: TDatabase,
  workspaceId: string,
  kind: Exclude<TSurveyChannelKind, 'phone'>,
  input: { address: string; language: 'en' | 'zh-CN'; publicUrl: string; idempotencyKey: string },
): Promise<TSendOutcome & { deliveryId: number | null }> {
  const stored = await readChannelSettings(db.orm, workspaceId, kind);
  const c: TContent = {
    workspaceId,
    invitationId: null,
    idempotencyKey: input.idempotencyKey,
    customer: null,
    language: input.language,
    surveyTitle: input.language === 'zh-CN' ? '测试调查' : 'Test survey',
    url: new URL(`/s/${'T'.repeat(43)}`, input.publicUrl).toString(),
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
    test: true,
  };
  if (!stored) {
    const outcome: TSendOutcome = {
      status: 'not_sendable',
      retry: false,
      detail: `the ${kind} channel is not configured`,
    };
    return { ...outcome, deliveryId: await record(db, kind, c, input.address, outcome) };
  }
  return sendThrough(db, kind, stored.settings, c, input.address);
}
