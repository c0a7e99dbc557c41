import { createHmac } from 'node:crypto';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import nodemailer from 'nodemailer';
import { Webhook } from 'standardwebhooks';

/** The outcome of one attempt. */
export type TSendResult = {
  /** ok: delivered; retry: try again later; failed: retrying cannot help; refused: not sent (address). */
  status: 'ok' | 'retry' | 'failed' | 'refused';
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
  /** A delay the receiver asked for (Retry-After). */
  retryAfterMs?: number | undefined;
};

/** Addresses never reached unless the installation allows private destinations. */
const PRIVATE = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(prefix, bits, 'ipv6');
}

/** Whether an IP address is private, loopback, link-local, unspecified or multicast (IPv4-mapped too). */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return PRIVATE.check(mapped[1], 'ipv4');
    // 64:ff9b::/96 (NAT64) and other embeddings of IPv4 are refused too when they embed a private one.
    const nat64 = /^64:ff9b::(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (nat64?.[1]) return PRIVATE.check(nat64[1], 'ipv4');
    return PRIVATE.check(address, 'ipv6');
  }
  return true;
}

/**
 * Whether a destination host is refused when it is saved (installations without private destinations):
 * localhost names and private, loopback or link-local IP literals. Names are resolved and checked again
 * at every send (resolveChecked).
 */
export function isRefusedHostLiteral(rawHost: string): boolean {
  const host = rawHost.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || (net.isIP(host) !== 0 && isPrivateAddress(host))
  );
}

/** An address the installation does not allow (SSRF). */
export class RefusedAddressError extends Error {
  constructor(host: string, address: string) {
    super(`refused: ${host} resolves to ${address}, a private, loopback or link-local address`);
    this.name = 'RefusedAddressError';
  }
}

/**
 * Resolves a host name and checks every address it resolves to; the connection then uses the checked
 * address (so a DNS answer that changes between check and connect cannot slip through).
 */
export async function resolveChecked(
  host: string,
  allowPrivate: boolean,
): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, '');
  const literal = net.isIP(bare);
  const addresses = literal
    ? [{ address: bare, family: literal }]
    : await dns.promises.lookup(bare, { all: true, verbatim: true });
  const first = addresses[0];
  if (!first) throw new Error(`${host} does not resolve`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) throw new RefusedAddressError(host, bad.address);
  }
  return first;
}

const MAX_ERROR_BODY = 2000;

/** POSTs JSON with a deadline; 2xx within the deadline is success. */
export async function postJson(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  o: { allowPrivate: boolean; timeoutMs: number },
): Promise<TSendResult & { body: string }> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 'failed', httpStatus: null, durationMs: 0, error: 'invalid URL', body: '' };
  }
  let target: { address: string; family: number };
  try {
    target = await resolveChecked(url.hostname, o.allowPrivate);
  } catch (error) {
    const refused = error instanceof RefusedAddressError;
    return {
      status: refused ? 'refused' : 'retry',
      httpStatus: null,
      durationMs: elapsed(),
      error: errorText(error),
      body: '',
    };
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: TSendResult & { body: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(result);
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'mot-notifications', ...headers },
        // Connect to the address checked above, whatever the name resolves to now.
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all) {
            (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [target]);
          } else {
            (callback as (e: null, a: string, f: number) => void)(null, target.address, target.family);
          }
        },
        ...(url.protocol === 'https:' ? { servername: url.hostname } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < MAX_ERROR_BODY * 4) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('error', (error) =>
          finish({
            status: 'retry',
            httpStatus: null,
            durationMs: elapsed(),
            error: errorText(error),
            body: '',
          }),
        );
        response.on('end', () => {
          const code = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          const retryAfter = Number(response.headers['retry-after']);
          const ok = code >= 200 && code < 300;
          const retryable = code === 408 || code === 429 || code >= 500;
          finish({
            status: ok ? 'ok' : retryable ? 'retry' : 'failed',
            httpStatus: code,
            durationMs: elapsed(),
            error: ok ? null : `HTTP ${code}: ${text.slice(0, MAX_ERROR_BODY)}`,
            retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
            body: text.slice(0, MAX_ERROR_BODY * 4),
          });
        });
      },
    );
    const deadline = setTimeout(() => {
      request.destroy(new Error(`no answer within ${o.timeoutMs} ms`));
    }, o.timeoutMs);
    request.on('error', (error) =>
      finish({ status: 'retry', httpStatus: null, durationMs: elapsed(), error: errorText(error), body: '' }),
    );
    request.end(body);
  });
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_BODY);
}

/** Standard Webhooks headers of a body: webhook-id, webhook-timestamp, webhook-signature (v1, HMAC-SHA256). */
export function signWebhook(
  secret: string,
  id: string,
  timestamp: Date,
  body: string,
): Record<string, string> {
  const signature = new Webhook(secret).sign(id, timestamp, body);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

/** A DingTalk robot URL with its timestamp and sign (HMAC-SHA256 of timestamp + "\n" + secret). */
export function signDingTalkUrl(rawUrl: string, secret: string, now: number): string {
  const url = new URL(rawUrl);
  const timestamp = String(now);
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  url.searchParams.set('timestamp', timestamp);
  url.searchParams.set('sign', sign);
  return url.toString();
}

/**
 * WeCom and DingTalk answer HTTP 200 with an error code in the body: 0 is success; their rate limits
 * (WeCom 45009, DingTalk 130101 "send too fast") are retried; anything else (a wrong key, a bad sign) is not.
 */
export function judgeRobotAnswer(result: TSendResult & { body: string }): TSendResult {
  if (result.status !== 'ok') return result;
  let errcode: number | undefined;
  let errmsg = '';
  try {
    const parsed = JSON.parse(result.body) as { errcode?: number; errmsg?: string };
    errcode = parsed.errcode;
    errmsg = parsed.errmsg ?? '';
  } catch {
    return { ...result, status: 'failed', error: `not a robot answer: ${result.body.slice(0, 200)}` };
  }
  if (errcode === 0) return result;
  const throttled = errcode === 45009 || errcode === 130101;
  return { ...result, status: throttled ? 'retry' : 'failed', error: `errcode ${errcode}: ${errmsg}` };
}

/**
 * Sends an e-mail through an SMTP server (the host checked like a webhook's), for notifications and survey
 * invitations alike; `response` is the server's final reply.
 */
export async function sendMail(
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user: string | null;
    password: string | null;
    from: string;
    to: string | string[];
  },
  mail: {
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers?: Record<string, string> | undefined;
  },
  o: { allowPrivate: boolean; timeoutMs: number },
): Promise<TSendResult & { response?: string }> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let target: { address: string };
  try {
    target = await resolveChecked(smtp.host, o.allowPrivate);
  } catch (error) {
    return {
      status: error instanceof RefusedAddressError ? 'refused' : 'retry',
      httpStatus: null,
      durationMs: elapsed(),
      error: errorText(error),
    };
  }
  const transport = nodemailer.createTransport({
    host: target.address,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    tls: { servername: smtp.host },
    name: 'mot',
    connectionTimeout: o.timeoutMs,
    greetingTimeout: o.timeoutMs,
    socketTimeout: o.timeoutMs * 2,
  });
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to: smtp.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
    const response = String(info.response ?? '');
    return { status: 'ok', httpStatus: null, durationMs: elapsed(), error: null, response };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // 5xx SMTP replies are permanent (a refused recipient, bad credentials); the rest is retried.
    return {
      status: code !== undefined && code >= 500 ? 'failed' : 'retry',
      httpStatus: null,
      durationMs: elapsed(),
      error: errorText(error),
    };
  } finally {
    transport.close();
  }
}
