import { createHmac } from 'node:crypto';
import { postJson, sendMail } from '../../notify/send.ts';

/** What one request to a gateway or SMTP server came to. */
export type TAttempt = {
  /** ok: accepted; retry: worth trying later (5xx, 408, 429, timeout, unreachable); failed: not; refused: a private address. */
  status: 'ok' | 'retry' | 'failed' | 'refused';
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
  body: string;
};

/** Header names of a gateway request (docs/survey-channels.md). */
export const HEADERS = {
  timestamp: 'x-mot-timestamp',
  signature: 'x-mot-signature',
  idempotencyKey: 'idempotency-key',
} as const;

/**
 * The signature of a gateway request: `v1=` + hex HMAC-SHA256, keyed with the channel's secret, of the
 * Unix timestamp (seconds, as sent in X-Mot-Timestamp), a full stop, and the exact body bytes.
 */
export function signGatewayRequest(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** POSTs a signed JSON body to a gateway (the host checked as notifications check theirs). */
export async function postToGateway(
  url: string,
  secret: string,
  body: string,
  idempotencyKey: string,
  o: { allowPrivate: boolean; timeoutMs: number; now?: Date | undefined },
): Promise<TAttempt> {
  const timestamp = Math.floor((o.now ?? new Date()).getTime() / 1000);
  const result = await postJson(
    url,
    body,
    {
      'user-agent': 'mot-survey-channels',
      [HEADERS.timestamp]: String(timestamp),
      [HEADERS.signature]: signGatewayRequest(secret, timestamp, body),
      [HEADERS.idempotencyKey]: idempotencyKey,
    },
    { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs },
  );
  return {
    status: result.status,
    httpStatus: result.httpStatus,
    durationMs: result.durationMs,
    error: result.error,
    body: result.body,
  };
}

/** An SMTP server as the e-mail channel's settings name it. */
export type TSmtp = {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
};

/**
 * Sends one e-mail through the channel's SMTP server, the host checked and connected to like a
 * notification's (send.ts): a multipart text and HTML message with List-Unsubscribe (RFC 2369) and
 * one-click List-Unsubscribe-Post (RFC 8058). A 5xx SMTP reply is permanent; anything else is retried.
 */
export async function sendSurveyMail(
  smtp: TSmtp,
  mail: {
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    unsubscribeUrl: string;
  },
  o: { allowPrivate: boolean; timeoutMs: number },
): Promise<TAttempt> {
  const sent = await sendMail(
    { ...smtp, to: mail.to },
    {
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: {
        'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    },
    o,
  );
  return {
    status: sent.status,
    httpStatus: null,
    durationMs: sent.durationMs,
    error: sent.error,
    body: sent.response ?? '',
  };
}
